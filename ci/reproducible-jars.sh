#!/usr/bin/env bash
# Reproducible builds: two clean builds of the same sources give byte-identical JARs. The sources are
# copied twice, to two different folders, and each copy is built from scratch (`mvn package`), some
# seconds apart; then every JAR the modules make (main, sources, Javadoc; the runtime's multi-release
# JAR with its generated records) is compared byte for byte. Differences are named, with the entries
# that differ, and fail the step. project.build.outputTimestamp in the parent POM is what makes the
# entries' times equal.
#
# Usage: ci/reproducible-jars.sh [MODULES] [extra mvn args...]
#   MODULES   comma-separated, built with -am (default: runtime, which brings testing, annotations
#             and processor)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULES="${1:-runtime}"
shift || true
MVN_EXTRA=("$@")

fail() {
  echo "reproducible-jars: FAILED: $*" >&2
  exit 1
}

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-reproducible.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

build() {
  local dir="$WORK/$1"
  mkdir -p "$dir"
  # The sources as a clean clone has them: no target/ folders, no .git.
  tar -C "$ROOT" --exclude=./.git --exclude='target' -cf - . | tar -C "$dir" -xf -
  echo "reproducible-jars: build $1: mvn package -pl $MODULES -am"
  mvn -B -q -Dstyle.color=never -f "$dir/pom.xml" package -DskipTests -pl "$MODULES" -am \
    ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} || fail "mvn package in $dir"
}

build first
sleep 2
build second

compared=0
differ=()
while IFS= read -r jar; do
  other="$WORK/second/${jar#"$WORK/first/"}"
  [[ -f "$other" ]] || fail "${jar#"$WORK/first/"} is made by the first build only"
  if ! cmp -s "$jar" "$other"; then
    differ+=("${jar#"$WORK/first/"}")
    echo "reproducible-jars: ${jar#"$WORK/first/"} differs; entries that differ:" >&2
    diff <(unzip -v "$jar" | awk 'NF >= 8 {print $7, $8}' | sort) \
      <(unzip -v "$other" | awk 'NF >= 8 {print $7, $8}' | sort) >&2 || true
    diff <(unzip -Z -T "$jar" 2>/dev/null | awk '{print $7, $NF}') \
      <(unzip -Z -T "$other" 2>/dev/null | awk '{print $7, $NF}') | head -n 10 >&2 || true
  fi
  compared=$((compared + 1))
done < <(find "$WORK/first" -path '*/target/*.jar' -not -path '*/target/*/*' | sort)

(( compared > 0 )) || fail "the builds made no JAR"
(( ${#differ[@]} == 0 )) || fail "${#differ[@]} of $compared JARs differ between two clean builds: ${differ[*]}"
echo "reproducible-jars: $compared JARs byte-identical across two clean builds"
