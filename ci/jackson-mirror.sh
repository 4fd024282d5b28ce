#!/usr/bin/env bash
# The Jackson 2 and Jackson 3 modules mirror each other: the same classes, the same logic, differing
# where the two Jacksons differ (package names, the names of a few types and methods, checked
# exceptions). This step normalises both trees (package names to one spelling, imports sorted) and
# diffs them file by file, printing only the lines that differ, without line numbers; the result must
# be ci/jackson-mirror.expected exactly. A fix made to one module and not to the other changes the
# diff and fails here; a deliberate difference is written into the expected file with --update.
#
# Usage: ci/jackson-mirror.sh [--update]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXPECTED="$ROOT/ci/jackson-mirror.expected"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-mirror.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# normalise MODULE PACKAGE: copies MODULE's src/ to $WORK/MODULE with one spelling of every name
# that differs only by package, and each file's imports sorted at its top.
normalise() {
  local module="$1" package="$2" file
  (cd "$ROOT/$module" && find src -type f \( -name '*.java' -o -path '*/META-INF/services/*' \) | sort) |
  while IFS= read -r file; do
    local out="$WORK/$module/${file//\/$package\//\/MODULE\/}"
    out="${out//$package.StructSeqModule/MODULE.StructSeqModule}"
    mkdir -p "$(dirname "$out")"
    sed -e "s/io\.structseq\.$package\b/io.structseq.MODULE/g" \
        -e 's/\btools\.jackson\./JACKSON./g' \
        -e 's/\bcom\.fasterxml\.jackson\.\(core\|databind\)\./JACKSON.\1./g' \
        "$ROOT/$module/$file" >"$out.tmp"
    # The imports, sorted, first; then the file without them.
    { grep '^import ' "$out.tmp" | LC_ALL=C sort || true; grep -v '^import ' "$out.tmp" || true; } >"$out"
    rm "$out.tmp"
  done
}

normalise jackson jackson
normalise jackson2 jackson2

actual="$WORK/actual"
(cd "$WORK" && { find jackson jackson2 -type f | sed 's:^[^/]*/::' | sort -u; }) |
while IFS= read -r file; do
  left="$WORK/jackson/$file" right="$WORK/jackson2/$file"
  if [[ ! -f "$left" ]]; then
    echo "=== $file: only in jackson2"
  elif [[ ! -f "$right" ]]; then
    echo "=== $file: only in jackson"
  elif ! cmp -s "$left" "$right"; then
    echo "=== $file"
    diff --unchanged-line-format='' --old-line-format='3 %L' --new-line-format='2 %L' \
      "$left" "$right" || true
  fi
done >"$actual"

if [[ "${1:-}" == "--update" ]]; then
  cp "$actual" "$EXPECTED"
  echo "jackson-mirror: wrote $EXPECTED ($(grep -c '^[23] ' "$EXPECTED") differing lines)"
  exit 0
fi
if ! diff -u "$EXPECTED" "$actual"; then
  echo "jackson-mirror: FAILED: jackson/ and jackson2/ differ otherwise than ci/jackson-mirror.expected" \
    "says (above: - expected, + actual; lines start 3 for Jackson 3, 2 for Jackson 2). Make the same" \
    "change on both sides, or, for a deliberate difference, run ci/jackson-mirror.sh --update." >&2
  exit 1
fi
echo "jackson-mirror: jackson/ and jackson2/ differ only as ci/jackson-mirror.expected says" \
  "($(grep -c '^[23] ' "$EXPECTED") lines)"
