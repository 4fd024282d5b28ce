#!/usr/bin/env bash
# Builds ci/consumer-kotlin/ (Kotlin 2.4.21, kotlin-maven-plugin) against the structseq artifacts
# installed in the local Maven repository, on the default JDK (17) and on JDK 25, as a Kotlin user's
# project:
#
#   - kapt/ declares struct sequences in Kotlin (with functions and with properties) and runs the
#     processor through kapt; its Kotlin tests check repr, names, docs, nullability, fromSequence with
#     hidden names and destructuring;
#   - app/ runs the runtime (Os.lstat, Pwd.getpwuid, Sys.versionInfo) and the user's records of
#     records/ (declared in Java), through typed accessors, T? for nullable fields and destructuring;
#     its answers are compared with stat(1), getent and the running JDK.
#
# The README's Maven setup for kapt, as a user copies it: its XML block, in a POM of its own around
# kapt/'s Kotlin sources, must run the processor and compile the records it generates.
#
# Then two builds that must fail, each with the one error a user must see: app's negative sources
# (profile "negative") assign nullable fields to non-null types, and each of those lines must draw
# Kotlin's type-mismatch error (JSpecify's @Nullable is what Kotlin reads); and kapt/ with one more
# interface that declares a var, which must draw the processor's error on the Kotlin line of the var
# (kapt's mapDiagnosticLocations).
#
# Usage: ci/consumer-kotlin.sh [extra mvn args...]   (the artifacts must be installed: mvn install)
# Environment: JDK25_HOME (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

CONSUMER=consumer-kotlin
. "$(dirname "${BASH_SOURCE[0]}")/consumers.sh"
MVN_EXTRA=("$@")
require_installed annotations processor runtime

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-kotlin.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# maven DIR LOG JAVA_HOME_OR_EMPTY [mvn args...]: runs Maven in DIR with that JDK, output in LOG.
maven() {
  local dir="$1" log="$2"
  use_jdk "$3"
  shift 3
  (cd "$dir" && env ${jdk_env[@]+"${jdk_env[@]}"} mvn -B -Dstyle.color=never -Dstructseq.version="$VERSION" \
    ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} "$@") >"$log" 2>&1
}

# copy ID: a fresh copy of the project in $WORK/ID.
copy() {
  cp -R "$ROOT/ci/consumer-kotlin" "$WORK/$1"
  find "$WORK/$1" -name target -type d -prune -exec rm -rf {} +
}

# run_kotlin ID LABEL JAVA_HOME_OR_EMPTY
run_kotlin() {
  local id="$1" label="$2" java_home="$3"
  local dir="$WORK/$id" feature
  copy "$id"
  use_jdk "$java_home"
  local java="$jdk_java"
  feature="$(java_feature "$java")"

  echo "$CONSUMER: $label: mvn package"
  maven "$dir" "$WORK/$id.log" "$java_home" package -Dconsumer.expected.jdk="$feature" \
    || { cat "$WORK/$id.log" >&2; fail "$label: build"; }
  [[ -f "$dir/records/target/generated-sources/annotations/example/kotlin/records/ReadingRecord.java" ]] \
    || fail "$label: the processor generated no ReadingRecord.java"
  local record
  for record in PointRecord FileStatRecord; do
    # kapt can end a build successfully without having run the processor: the records prove it ran.
    [[ -f "$dir/kapt/target/generated-sources/kapt/compile/example/kapt/$record.java" ]] \
      || fail "$label: kapt generated no $record.java"
  done
  grep -q 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0' "$dir"/kapt/target/surefire-reports/*.txt \
    || { cat "$dir"/kapt/target/surefire-reports/*.txt >&2; fail "$label: the kapt module's tests did not all run"; }
  echo "$CONSUMER: $label: kapt: $(grep -h 'Tests run' "$dir"/kapt/target/surefire-reports/*.txt)"

  local file="$ROOT/pom.xml" cp stdlib m
  stdlib="$M2_REPO/org/jetbrains/kotlin/kotlin-stdlib/2.4.21/kotlin-stdlib-2.4.21.jar"
  cp="$dir/app/target/classes:$dir/records/target/classes"
  for m in annotations runtime; do
    cp+=":$M2_REPO/io/structseq/structseq-$m/$VERSION/structseq-$m-$VERSION.jar"
  done
  cp+=":$stdlib"
  # What the runtime calls of jnr-ffi: jffi and its native library (the app depends on jnr-ffi).
  cp+=":$M2_REPO/com/github/jnr/jffi/1.3.13/jffi-1.3.13.jar:$M2_REPO/com/github/jnr/jffi/1.3.13/jffi-1.3.13-native.jar"
  local access=()
  (( feature >= 22 )) && access=(--enable-native-access=ALL-UNNAMED)
  local out
  out="$("$java" ${access[@]+"${access[@]}"} -cp "$cp" example.kotlin.app.MainKt "$file")" \
    || fail "$label: the app failed: $out"
  echo "$out" | sed "s/^/$CONSUMER: $label: /"
  # The values are the file's, as stat(1) reports them.
  grep -qx "lstat: mode=$(stat -c %f "$file" | xargs -I{} printf '%o' 0x{}) ino=$(stat -c %i "$file") dev=$(stat -c %d "$file") blocks=.*" <<<"$out" \
    || fail "$label: lstat's mode, ino or dev differ from stat(1) for $file"
  # FFM on JDK 22+, jnr-ffi (which the app carries) before: the C library's answer on both.
  grep -qx "getpwuid: uid=0 name=$(getent passwd 0 | cut -d: -f1) gecos=.*" <<<"$out" \
    || fail "$label: getpwuid(0) differs from getent passwd 0"
  grep -q "^versionInfo: major=$feature sys.version_info(major=$feature, " <<<"$out" \
    || fail "$label: Sys.versionInfo is not the running JDK $feature"
  grep -q "^reading: example.reading(sensor='thermo', value=21.5, unit=None) unit=none note=calibrated$" <<<"$out" \
    || fail "$label: the user's record"

  echo "$CONSUMER: $label: the negative sources must not compile"
  local log="$dir/negative.log"
  if maven "$dir" "$log" "$java_home" -Pnegative package -pl records,app; then
    fail "$label: Kotlin compiled code that assigns a nullable field to a non-null type"
  fi
  local source="$dir/app/src/negative/kotlin/example/kotlin/app/NullIntoNonNull.kt" line expected
  for expected in "pw_gecos()" "st_blocks()" "reading.unit()"; do
    line="$(grep -nF "$expected" "$source" | cut -d: -f1)"
    grep -qE "^\[ERROR\] .*NullIntoNonNull\.kt:${line}:[0-9]+ .*[Tt]ype mismatch" "$log" \
      || { cat "$log" >&2; fail "$label: no type-mismatch error on line $line ($expected)"; }
  done
  echo "$CONSUMER: $label: passed"
}

# The XML block after the README's "**Maven.** The setup CI runs" as the body of a user's POM.
run_readme_setup() {
  local dir="$WORK/readme" xml
  mkdir -p "$dir/src/main"
  cp -R "$ROOT/ci/consumer-kotlin/kapt/src/main/kotlin" "$dir/src/main/"
  xml="$(awk '/^\*\*Maven\.\*\* The setup CI runs/ { found = 1 }
    found && /^```xml$/ { inside = 1; next }
    inside && /^```$/ { exit }
    inside' "$ROOT/README.md")"
  [[ -n "$xml" ]] || fail "no XML block after the README's \"**Maven.** The setup CI runs\""
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example.readme</groupId>
  <artifactId>readme-kapt</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <kotlin.compiler.daemon>false</kotlin.compiler.daemon>
  </properties>
$xml
</project>
POM
  echo "$CONSUMER: the README's kapt setup: mvn compile"
  maven "$dir" "$WORK/readme.log" "" compile || { cat "$WORK/readme.log" >&2; fail "the README's kapt setup does not build"; }
  local record
  for record in PointRecord FileStatRecord; do
    [[ -f "$dir/target/classes/example/kapt/$record.class" ]] \
      || fail "the README's kapt setup compiled no $record (did kapt run the processor?)"
  done
  echo "$CONSUMER: the README's kapt setup: the records are generated and compiled"
}

# A var cannot be a field: the error names it, on its line of the Kotlin source.
run_var_error() {
  local id=var-error
  copy "$id"
  cat >"$WORK/$id/kapt/src/main/kotlin/example/kapt/Counter.kt" <<'KOTLIN'
package example.kapt

import io.structseq.StructSeq
import io.structseq.StructSequence

@StructSeq
interface Counter : StructSequence {
  val count: Int
  var label: String
}
KOTLIN
  echo "$CONSUMER: a var property: mvn compile must fail"
  if maven "$WORK/$id" "$WORK/$id.log" "" compile -pl kapt; then
    fail "a var property compiled"
  fi
  local expected="Counter.kt:9: error: [StructSeqKotlinVar] property label is a var"
  grep -qF "$expected" "$WORK/$id.log" || { cat "$WORK/$id.log" >&2; fail "no '$expected' in the build's output"; }
  echo "$CONSUMER: a var property: $(grep -m1 -oF "$expected" "$WORK/$id.log")"
}

run_kotlin jdk-default "the default JDK" ""
[[ -x "$JDK25_HOME/bin/java" ]] || fail "no JDK 25 at $JDK25_HOME (CI runs this on JDK 17 and 25)"
run_kotlin jdk25 "JDK 25" "$JDK25_HOME"
run_readme_setup
run_var_error
echo "$CONSUMER: OK"
