#!/usr/bin/env bash
# Builds ci/consumer-strict/ against the structseq artifacts installed in the local Maven repository,
# as a team with a strict build would: JDK 25, Error Prone 2.52.0 (every default check), NullAway
# 0.14.3 in JSpecify mode over the project's package, javac's lint, warnings as errors, the generated
# records not excluded. Its interfaces take every shape the processor accepts (generic, nested,
# @Unnamed, @Hidden, @Check, Comparable, nullable fields by a type-use and by a declaration
# annotation, the builder), so the build passes only if the generated code draws no diagnostic.
#
# Then the same project with -Pnegative, which adds a dereference of a nullable field through its
# record: the build must fail on exactly that NullAway diagnostic, which proves that the record's
# nullness reaches NullAway (a record without it would compile).
#
# Usage: ci/consumer-strict.sh [extra mvn args...]   (the artifacts must be installed: mvn install)
# Environment: JDK25_HOME (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

CONSUMER=consumer-strict
. "$(dirname "${BASH_SOURCE[0]}")/consumers.sh"
MVN_EXTRA=("$@")

[[ -x "$JDK25_HOME/bin/javac" ]] || fail "Error Prone needs JDK 21 or later; no JDK 25 at $JDK25_HOME"
require_installed annotations processor

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-strict.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp -R "$ROOT/ci/consumer-strict" "$WORK/project"
rm -rf "$WORK/project/target"

# build LOG [mvn args...]: mvn compile on JDK 25; returns mvn's status, output in LOG.
build() {
  local log="$1"
  shift
  use_jdk "$JDK25_HOME"
  (cd "$WORK/project" && env "${jdk_env[@]}" mvn -B -Dstyle.color=never compile -Dstructseq.version="$VERSION" \
      ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} "$@") >"$log" 2>&1
}

# The diagnostics javac printed: maven-compiler-plugin lists each as "[WARNING|ERROR] /path:[l,c] text".
diagnostics() { grep -E '^\[(WARNING|ERROR)\] /.*\.java:\[[0-9]+,[0-9]+\]' "$1" || true; }

# The README's setup is this project's, as a user copies it: its compiler arguments (for the user's
# package) and its .mvn/jvm.config.
readme="$ROOT/README.md"
while IFS= read -r line; do
  grep -qxF -- "$line" "$readme" || fail "README.md lacks the line of .mvn/jvm.config: $line"
done <"$ROOT/ci/consumer-strict/.mvn/jvm.config"
sed -n 's:^ *<arg>\(.*\)</arg>$:\1:p' "$ROOT/ci/consumer-strict/pom.xml" | sed 's/=example\.strict/=com.example/' \
  | while IFS= read -r arg; do
    grep -qF -- "<arg>$arg</arg>" "$readme" || fail "README.md lacks the compiler argument $arg"
  done

echo "consumer-strict: structseq $VERSION, JDK 25, Error Prone + NullAway + -Werror"
if ! build "$WORK/strict.log"; then
  cat "$WORK/strict.log" >&2
  fail "the strict build of every shape failed (diagnostics above)"
fi
[[ -z "$(diagnostics "$WORK/strict.log")" ]] || { diagnostics "$WORK/strict.log" >&2; fail "diagnostics"; }
generated="$WORK/project/target/generated-sources/annotations/example/strict"
for record in ReadingRecord PairRecord Outer_PointRecord VersionRecord RangeRecord legacy/EntryRecord; do
  [[ -f "$generated/$record.java" ]] || fail "the processor generated no $record.java"
done
# That Error Prone and NullAway ran at all is what the negative build below proves.
echo "consumer-strict: every shape compiled with no diagnostic"

# The same classes run: null goes where the fields allow it.
jspecify="$(sed -n 's:.*<jspecify.version>\([^<]*\)</jspecify.version>.*:\1:p' "$WORK/project/pom.xml")"
cp="$WORK/project/target/classes"
cp+=":$M2_REPO/io/structseq/structseq-annotations/$VERSION/structseq-annotations-$VERSION.jar"
cp+=":$M2_REPO/org/jspecify/jspecify/$jspecify/jspecify-$jspecify.jar"
"$JDK25_HOME/bin/java" -cp "$cp" example.strict.Main >"$WORK/run.txt" 2>&1 \
  || { cat "$WORK/run.txt" >&2; fail "example.strict.Main"; }
grep -q '^\[strict.reading(count=1, ' "$WORK/run.txt" || { cat "$WORK/run.txt" >&2; fail "unexpected output"; }
echo "consumer-strict: $(head -c 120 "$WORK/run.txt")..."

expected="src/negative/java/example/strict/Unchecked.java:[8,27] [NullAway] dereferenced expression 'reading.ratio()' is @Nullable"
if build "$WORK/negative.log" -Pnegative; then
  fail "the build with a dereference of the nullable ratio() passed; NullAway must reject it"
fi
got="$(diagnostics "$WORK/negative.log" | sed "s:^\[[A-Z]*\] $WORK/project/::")"
if [[ "$got" != "$expected" ]]; then
  cat "$WORK/negative.log" >&2
  fail "expected exactly the diagnostic: $expected; got: ${got:-none}"
fi
echo "consumer-strict: NullAway reports the dereference: $expected"
echo "consumer-strict: OK"
