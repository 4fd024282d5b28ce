#!/usr/bin/env bash
# Builds ci/consumer-kapt/, a Kotlin project that declares struct sequences in Kotlin (with functions
# and with properties) and runs the processor through kapt (kotlin-maven-plugin's kapt goal), against
# the structseq artifacts installed in the local Maven repository: its Kotlin tests check repr, names,
# docs, nullability, fromSequence with hidden names and destructuring. On the default JDK (17) and on
# JDK 25.
#
# Then the same project with one more interface that declares a var: the build must fail with the
# processor's error on the Kotlin line of the var (kapt's mapDiagnosticLocations), as a user sees it.
#
# Usage: ci/consumer-kapt.sh [extra mvn args...]
# Environment: JDK25_HOME (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/ci/locations.sh"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"
MVN_EXTRA=("$@")

fail() {
  echo "consumer-kapt: FAILED: $*" >&2
  exit 1
}

# The reactor's version: the parent POM has no <parent>, so its first <version> is its own.
VERSION="$(sed -n 's:^[[:space:]]*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
[[ -n "$VERSION" ]] || fail "no <version> in $ROOT/pom.xml"
for m in annotations processor; do
  jar="$M2_REPO/io/structseq/structseq-$m/$VERSION/structseq-$m-$VERSION.jar"
  if [[ ! -f "$jar" ]]; then
    echo "consumer-kapt: $jar missing: mvn install -DskipTests of annotations and processor"
    mvn -B -q -Dstyle.color=never -f "$ROOT/pom.xml" install -DskipTests -pl annotations,processor -am \
      ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} || fail "mvn install of the reactor"
    break
  fi
done
echo "consumer-kapt: structseq $VERSION from $M2_REPO"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-consumer-kapt.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# maven ID JAVA_HOME_OR_EMPTY GOAL [args...]: runs Maven in $WORK/ID with that JDK; output in $WORK/ID.log.
maven() {
  local id="$1" java_home="$2" goal="$3"
  shift 3
  local env=()
  if [[ -n "$java_home" ]]; then
    # Maven 3.8's Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every run (JEP 471/498).
    env=(JAVA_HOME="$java_home" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow")
  fi
  (cd "$WORK/$id" && env ${env[@]+"${env[@]}"} mvn -B -Dstyle.color=never "$goal" -Dstructseq.version="$VERSION" \
    ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} "$@") >"$WORK/$id.log" 2>&1
}

copy() {
  cp -R "$ROOT/ci/consumer-kapt" "$WORK/$1"
  rm -rf "$WORK/$1/target"
}

# run ID LABEL JAVA_HOME_OR_EMPTY EXPECTED_FEATURE_OR_EMPTY
run() {
  local id="$1" label="$2" java_home="$3" expected="$4"
  copy "$id"
  echo "consumer-kapt: on $label: mvn verify"
  maven "$id" "$java_home" verify -Dconsumer.expected.jdk="$expected" || { cat "$WORK/$id.log" >&2; fail "on $label"; }
  local generated="$WORK/$id/target/generated-sources/kapt/compile/example/kapt"
  for record in PointRecord FileStatRecord; do
    # kapt can end a build successfully without having run the processor: the records prove it ran.
    [[ -f "$generated/$record.java" ]] || fail "on $label: kapt generated no $record.java"
  done
  grep -q 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0' "$WORK/$id"/target/surefire-reports/*.txt \
    || { cat "$WORK/$id"/target/surefire-reports/*.txt >&2; fail "on $label: the Kotlin tests did not all run"; }
  echo "consumer-kapt: on $label: $(grep -h 'Tests run' "$WORK/$id"/target/surefire-reports/*.txt)"
}

# A var cannot be a field: the error names it, on its line of the Kotlin source.
run_var_error() {
  local id=var-error
  copy "$id"
  cat >"$WORK/$id/src/main/kotlin/example/kapt/Counter.kt" <<'KOTLIN'
package example.kapt

import io.structseq.StructSeq
import io.structseq.StructSequence

@StructSeq
interface Counter : StructSequence {
  val count: Int
  var label: String
}
KOTLIN
  echo "consumer-kapt: a var property: mvn compile must fail"
  if maven "$id" "" compile; then
    fail "a var property compiled"
  fi
  local expected="Counter.kt:9: error: [StructSeqKotlinVar] property label is a var"
  grep -qF "$expected" "$WORK/$id.log" || { cat "$WORK/$id.log" >&2; fail "no '$expected' in the build's output"; }
  echo "consumer-kapt: a var property: $(grep -m1 -oF "$expected" "$WORK/$id.log")"
}

default_feature="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
run jdk-default "the default JDK ($default_feature)" "" "$default_feature"
[[ -x "$JDK25_HOME/bin/javac" ]] || fail "no JDK 25 at $JDK25_HOME (JDK25_HOME, ci/locations.sh)"
run jdk25 "JDK 25" "$JDK25_HOME" 25
run_var_error
echo "consumer-kapt: OK"
