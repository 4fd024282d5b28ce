#!/usr/bin/env bash
# Builds ci/consumer-kotlin/ (Kotlin 2.4.21, kotlin-maven-plugin) against the structseq artifacts
# installed in the local Maven repository, on the default JDK (17) and on JDK 25, and runs it: the
# runtime (Os.lstat, Pwd.getpwuid, Sys.versionInfo) and the user's records declared in Java, through
# typed accessors, T? for nullable fields and destructuring. Then compiles the app's negative sources
# (profile "negative"), which assign nullable fields to non-null types, and requires Kotlin's
# type-mismatch error on each of those lines: JSpecify's @Nullable is what Kotlin reads.
#
# Usage: ci/consumer-kotlin.sh [extra mvn args...]   (the artifacts must be installed: mvn install)
# Environment: JDK25_HOME (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/ci/locations.sh"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"
MVN_EXTRA=("$@")

fail() {
  echo "consumer-kotlin: FAILED: $*" >&2
  exit 1
}

VERSION="$(sed -n 's:^[[:space:]]*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
for m in annotations processor runtime; do
  [[ -f "$M2_REPO/io/structseq/structseq-$m/$VERSION/structseq-$m-$VERSION.jar" ]] \
    || fail "structseq-$m $VERSION is not installed in $M2_REPO: run mvn install first"
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-kotlin.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# run_kotlin ID LABEL JAVA_HOME_OR_EMPTY
run_kotlin() {
  local id="$1" label="$2" java_home="$3"
  local dir="$WORK/$id"
  cp -R "$ROOT/ci/consumer-kotlin" "$dir"
  local env=() java=java
  if [[ -n "$java_home" ]]; then
    # Maven 3.8's Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every run.
    env=(JAVA_HOME="$java_home" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow")
    java="$java_home/bin/java"
  fi
  local mvn=(mvn -B -Dstyle.color=never -Dstructseq.version="$VERSION" ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"})

  echo "consumer-kotlin: $label: mvn package"
  (cd "$dir" && env ${env[@]+"${env[@]}"} "${mvn[@]}" -q package) || fail "$label: build"
  [[ -f "$dir/records/target/generated-sources/annotations/example/kotlin/records/ReadingRecord.java" ]] \
    || fail "$label: the processor generated no ReadingRecord.java"

  local file="$ROOT/pom.xml" cp stdlib
  stdlib="$M2_REPO/org/jetbrains/kotlin/kotlin-stdlib/2.4.21/kotlin-stdlib-2.4.21.jar"
  cp="$dir/app/target/classes:$dir/records/target/classes"
  for m in annotations runtime; do
    cp+=":$M2_REPO/io/structseq/structseq-$m/$VERSION/structseq-$m-$VERSION.jar"
  done
  cp+=":$stdlib"
  # What the runtime calls of jnr-ffi: jffi and its native library (the app depends on jnr-ffi).
  cp+=":$M2_REPO/com/github/jnr/jffi/1.3.13/jffi-1.3.13.jar:$M2_REPO/com/github/jnr/jffi/1.3.13/jffi-1.3.13-native.jar"
  local feature access=()
  feature="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  (( feature >= 22 )) && access=(--enable-native-access=ALL-UNNAMED)
  local out
  out="$("$java" ${access[@]+"${access[@]}"} -cp "$cp" example.kotlin.app.MainKt "$file")" \
    || fail "$label: the app failed: $out"
  echo "$out" | sed "s/^/consumer-kotlin: $label: /"
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

  echo "consumer-kotlin: $label: the negative sources must not compile"
  local log="$dir/negative.log"
  if (cd "$dir" && env ${env[@]+"${env[@]}"} "${mvn[@]}" -Pnegative package) >"$log" 2>&1; then
    fail "$label: Kotlin compiled code that assigns a nullable field to a non-null type"
  fi
  local source="$dir/app/src/negative/kotlin/example/kotlin/app/NullIntoNonNull.kt" line expected
  for expected in "pw_gecos()" "st_blocks()" "reading.unit()"; do
    line="$(grep -nF "$expected" "$source" | cut -d: -f1)"
    grep -qE "^\[ERROR\] .*NullIntoNonNull\.kt:${line}:[0-9]+ .*[Tt]ype mismatch" "$log" \
      || { cat "$log" >&2; fail "$label: no type-mismatch error on line $line ($expected)"; }
  done
  echo "consumer-kotlin: $label: passed"
}

run_kotlin jdk-default "the default JDK" ""
[[ -x "$JDK25_HOME/bin/java" ]] || fail "no JDK 25 at $JDK25_HOME (CI runs this on JDK 17 and 25)"
run_kotlin jdk25 "JDK 25" "$JDK25_HOME"
echo "consumer-kotlin: OK"
