#!/usr/bin/env bash
# Builds a throwaway consumer project (ci/consumer/) against the structseq artifacts installed in the
# local Maven repository, as a new user would: the libraries as dependencies, the processor only on
# annotationProcessorPaths. Once on the default JDK (17) and once on JDK 25 when it is installed, where
# javac runs no annotation processor that is merely found on the class path.
#
# Then a consumer that is a named module (ci/consumer-modular/), run with `java --module-path`: on
# JDK 25 with --enable-native-access=io.structseq.runtime it must use the FFM backend and print
# nothing on stderr (no restricted-method warning); without the flag it must fall back to nio, again
# silently. The same classes also run on the class path (ALL-UNNAMED).
#
# Then a consumer of the JSON modules (ci/consumer-json/), also a named module, that adds only the
# artifacts, registers each module as its library's users do (findAndAddModules, findAndRegisterModules,
# a Gson TypeAdapterFactory) and round-trips its own struct sequence and Os.stat's result: on the
# module path and on the class path, on the default JDK and on JDK 25.
#
# And the same consumer compiled by Eclipse's compiler (ECJ 3.42.0, batch, processor from
# -processorpath) instead of javac, whose records the same tests then check (ci/consumer's -Pecj).
#
# The JSON consumer takes its structseq versions from structseq-bom, which it imports; the BOM must
# list every artifact the reactor publishes (every module whose POM does not skip deploy).
#
# Also checks that what `mvn install` published is complete: main, sources and Javadoc JARs, the
# module descriptors (io.structseq, io.structseq.runtime, the JSON and pickle modules; the processor keeps an
# Automatic-Module-Name), and the POM metadata a repository such as Maven Central requires.
#
# Usage: ci/consumer-test.sh [--install] [extra mvn args...]
#   --install   run `mvn install -DskipTests` on the reactor first (done anyway when artifacts are
#               missing from the local repository)
# Environment: JDK25_HOME (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

CONSUMER=consumer-test
. "$(dirname "${BASH_SOURCE[0]}")/consumers.sh"
TEMPLATE="$ROOT/ci/consumer"
MODULES=(annotations processor runtime jackson jackson2 gson pickle)

install=false
if [[ "${1:-}" == "--install" ]]; then
  install=true
  shift
fi
MVN_EXTRA=("$@")

echo "consumer-test: structseq $VERSION from $M2_REPO"

artifact_dir() { echo "$M2_REPO/io/structseq/structseq-$1/$VERSION"; }
# The jffi that jnr-ffi (the runtime's optional dependency) brings.
JFFI_VERSION=1.3.13

missing=false
for m in "${MODULES[@]}"; do
  [[ -f "$(artifact_dir "$m")/structseq-$m-$VERSION.jar" ]] || missing=true
done
[[ -f "$(artifact_dir bom)/structseq-bom-$VERSION.pom" ]] || missing=true
if $install || $missing; then
  echo "consumer-test: mvn install -DskipTests on the reactor"
  mvn -B -q -Dstyle.color=never -f "$ROOT/pom.xml" install -DskipTests -pl annotations,processor,runtime,jackson,jackson2,gson,pickle,bom -am \
    ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} || fail "mvn install of the reactor"
fi

# ---- What install published -----------------------------------------------------------------
command -v unzip >/dev/null || fail "unzip is needed to inspect the installed JARs"
# Not `unzip | grep -q`: under pipefail, grep's early exit fails the pipeline with SIGPIPE.
jar_has() { local list; list="$(unzip -Z1 "$1" 2>/dev/null)" && grep -q -- "$2" <<<"$list"; }
manifest_value() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -n "s/^$2: //p"
}
for m in "${MODULES[@]}"; do
  dir="$(artifact_dir "$m")"
  base="$dir/structseq-$m-$VERSION"
  for f in "$base.jar" "$base-sources.jar" "$base-javadoc.jar" "$base.pom"; do
    [[ -s "$f" ]] || fail "not installed: $f"
  done
  jar_has "$base-sources.jar" '\.java$' || fail "no .java in $base-sources.jar"
  jar_has "$base-javadoc.jar" '^index\.html$' || fail "no index.html in $base-javadoc.jar"
  case "$m" in
    annotations) module=io.structseq ;;
    *) module="io.structseq.$m" ;;
  esac
  if [[ "$m" == processor ]]; then
    # The processor runs from the processor path, not the module path: no module-info.
    got="$(manifest_value "$base.jar" Automatic-Module-Name)"
    [[ "$got" == "$module" ]] || fail "$base.jar: Automatic-Module-Name is '$got', expected '$module'"
  else
    # `jar --describe-module` prints "name@version jar:file:...!/module-info.class" for an explicit
    # module, "No module descriptor found. Derived automatic module." otherwise.
    got="$(jar --describe-module --file "$base.jar" | head -n 1)"
    [[ "$got" == "$module@$VERSION "*"module-info.class" ]] \
      || fail "$base.jar: not the explicit module $module: $got"
    [[ -z "$(manifest_value "$base.jar" Automatic-Module-Name)" ]] \
      || fail "$base.jar: an Automatic-Module-Name next to its module-info"
  fi
  for tag in name description; do
    grep -q "<$tag>" "$base.pom" || fail "$base.pom has no <$tag>"
  done
done
parent_pom="$M2_REPO/io/structseq/structseq-parent/$VERSION/structseq-parent-$VERSION.pom"
[[ -s "$parent_pom" ]] || fail "not installed: $parent_pom"
for tag in url licenses developers scm; do
  grep -Eq "<$tag[ >]" "$parent_pom" || fail "$parent_pom has no <$tag>"
done
bom_pom="$(artifact_dir bom)/structseq-bom-$VERSION.pom"
[[ -s "$bom_pom" ]] || fail "not installed: $bom_pom"
for tag in name description url licenses developers scm; do
  grep -Eq "<$tag[ >]" "$bom_pom" || fail "$bom_pom has no <$tag>"
done
for module in $(sed -n 's:^[[:space:]]*<module>\([^<]*\)</module>.*:\1:p' "$ROOT/pom.xml"); do
  [[ "$module" == bom ]] && continue
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$ROOT/$module/pom.xml" && continue
  artifact="$(sed -n '/<\/parent>/,$ s:^[[:space:]]*<artifactId>\([^<]*\)</artifactId>.*:\1:p' \
    "$ROOT/$module/pom.xml" | head -n 1)"
  grep -q "<artifactId>$artifact</artifactId>" "$bom_pom" \
    || fail "$bom_pom does not list $artifact, which the reactor publishes ($module/)"
done
echo "consumer-test: structseq-bom lists every published artifact"
runtime_jar="$(artifact_dir runtime)/structseq-runtime-$VERSION.jar"
[[ "$(manifest_value "$runtime_jar" Multi-Release)" == "true" ]] \
  || fail "$runtime_jar is not Multi-Release"
echo "consumer-test: artifacts OK (jar, sources, javadoc, module descriptors, POM metadata)"

# ---- The consumer, per JDK ------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-consumer.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# run_consumer ID LABEL JAVA_HOME_OR_EMPTY EXPECTED_FEATURE_OR_EMPTY [extra mvn args...]
run_consumer() {
  local id="$1" label="$2" java_home="$3" expected="$4"
  shift 4
  local dir="$WORK/$id"
  cp -R "$TEMPLATE" "$dir"
  rm -rf "$dir/target"
  use_jdk "$java_home"
  echo "consumer-test: consumer on $label: mvn verify"
  if ! (cd "$dir" && env ${jdk_env[@]+"${jdk_env[@]}"} mvn -B -q -Dstyle.color=never verify -Dstructseq.version="$VERSION" \
      -Dconsumer.expected.jdk="$expected" ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} "$@"); then
    fail "consumer on $label"
  fi
  # The generated record must come from the processor run by this build, not from anywhere else.
  [[ -f "$dir/target/generated-sources/annotations/example/consumer/ReadingRecord.java" ]] \
    || fail "consumer on $label: the processor generated no ReadingRecord.java"
  grep -q 'Tests run: [1-9]' "$dir"/target/surefire-reports/*.txt \
    || fail "consumer on $label: no test ran"
  echo "consumer-test: consumer on $label: passed"
}

# run_modular ID LABEL JAVA_HOME_OR_EMPTY: builds ci/consumer-modular with that JDK, then runs it.
run_modular() {
  local id="$1" label="$2" java_home="$3"
  local dir="$WORK/$id"
  build_copy consumer-modular "$dir" "modular consumer on $label" "$java_home"
  local java="$jdk_java"
  [[ -f "$dir/target/generated-sources/annotations/example/modular/SampleRecord.java" ]] \
    || fail "modular consumer on $label: the processor generated no SampleRecord.java"
  local jars="$(artifact_dir annotations)/structseq-annotations-$VERSION.jar"
  jars+=":$(artifact_dir runtime)/structseq-runtime-$VERSION.jar"
  local feature="$jdk_feature"
  if (( feature >= 22 )); then
    modular_run "$label, module path, native access" "$dir" ffm \
      "$java" --enable-native-access=io.structseq.runtime --module-path "$dir/target/classes:$jars" \
      -m example.modular/example.modular.Main
    modular_run "$label, module path, no native access" "$dir" nio \
      "$java" --module-path "$dir/target/classes:$jars" -m example.modular/example.modular.Main
    modular_run "$label, class path, native access" "$dir" ffm \
      "$java" --enable-native-access=ALL-UNNAMED -cp "$dir/target/classes:$jars" example.modular.Main
  else
    modular_run "$label, module path" "$dir" nio \
      "$java" --module-path "$dir/target/classes:$jars" -m example.modular/example.modular.Main
    modular_run "$label, class path" "$dir" nio \
      "$java" -cp "$dir/target/classes:$jars" example.modular.Main
    # With jnr-ffi's jffi (the runtime requires it static): the jnr backend on both paths.
    local jffi="$M2_REPO/com/github/jnr/jffi/$JFFI_VERSION/jffi-$JFFI_VERSION"
    [[ -f "$jffi.jar" && -f "$jffi-native.jar" ]] || fail "no jffi $JFFI_VERSION in $M2_REPO (mvn install resolves it)"
    modular_run "$label, module path, jnr-ffi" "$dir" jnr \
      "$java" --module-path "$dir/target/classes:$jars:$jffi.jar:$jffi-native.jar" \
      --add-modules org.jnrproject.jffi -m example.modular/example.modular.Main
    modular_run "$label, class path, jnr-ffi" "$dir" jnr \
      "$java" -cp "$dir/target/classes:$jars:$jffi.jar:$jffi-native.jar" example.modular.Main
  fi
}

# run_json ID LABEL JAVA_HOME_OR_EMPTY: builds ci/consumer-json with that JDK, then runs it on the
# module path and on the class path, with native access where the JDK has FFM.
run_json() {
  local id="$1" label="$2" java_home="$3"
  local dir="$WORK/$id"
  build_copy consumer-json "$dir" "JSON consumer on $label" "$java_home"
  local java="$jdk_java" feature="$jdk_feature" access=()
  if (( feature >= 22 )); then
    access=(--enable-native-access=io.structseq.runtime)
  fi
  json_run "$label, module path" "$dir" "$java" ${access[@]+"${access[@]}"} \
    --module-path "$dir/target/classes:$dir/target/lib" -m example.json/example.json.Main "$dir/pom.xml"
  (( feature >= 22 )) && access=(--enable-native-access=ALL-UNNAMED)
  json_run "$label, class path" "$dir" "$java" ${access[@]+"${access[@]}"} \
    -cp "$dir/target/classes:$dir/target/lib/*" example.json.Main "$dir/pom.xml"
}

# json_run LABEL DIR JAVA_COMMAND...: runs it; it must print a line per library and nothing on stderr.
json_run() {
  local label="$1" dir="$2"
  shift 2
  if ! "$@" >"$dir/out.txt" 2>"$dir/err.txt"; then
    cat "$dir/out.txt" "$dir/err.txt" >&2
    fail "JSON consumer on $label"
  fi
  [[ ! -s "$dir/err.txt" ]] || { cat "$dir/err.txt" >&2; fail "JSON consumer on $label: output on stderr"; }
  [[ "$(cut -d: -f1 "$dir/out.txt" | tr '\n' ' ')" == "jackson3 jackson2 gson " ]] \
    || { cat "$dir/out.txt" >&2; fail "JSON consumer on $label: not one line per library"; }
  echo "consumer-test: JSON consumer on $label: $(head -n 1 "$dir/out.txt")"
}

# modular_run LABEL DIR EXPECTED_BACKEND JAVA_COMMAND...: runs it; stderr must stay empty.
modular_run() {
  local label="$1" dir="$2" backend="$3"
  shift 3
  if ! "$@" "$backend" >"$dir/out.txt" 2>"$dir/err.txt"; then
    cat "$dir/out.txt" "$dir/err.txt" >&2
    fail "modular consumer on $label"
  fi
  [[ ! -s "$dir/err.txt" ]] || { cat "$dir/err.txt" >&2; fail "modular consumer on $label: output on stderr"; }
  echo "consumer-test: $(head -c 160 "$dir/out.txt")..."
}

run_consumer jdk-default "the default JDK ($(mvn -v 2>/dev/null | sed -n 's/^Java version: \([^,]*\).*/\1/p'))" "" ""
if [[ -x "$JDK25_HOME/bin/javac" ]]; then
  run_consumer jdk25 "JDK 25" "$JDK25_HOME" 25
fi
# The consumer compiled by Eclipse's compiler (ECJ) instead of javac, on the default JDK.
ECJ_VERSION=3.42.0
ecj_jar="$M2_REPO/org/eclipse/jdt/ecj/$ECJ_VERSION/ecj-$ECJ_VERSION.jar"
if [[ ! -s "$ecj_jar" ]]; then
  mvn -B -q -Dstyle.color=never dependency:get -Dartifact="org.eclipse.jdt:ecj:$ECJ_VERSION" -Dtransitive=false \
    ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} || fail "could not fetch ECJ $ECJ_VERSION"
fi
javapoet_version="$(sed -n 's:.*<javapoet.version>\([^<]*\)</javapoet.version>.*:\1:p' "$ROOT/pom.xml")"
processor_path="$(artifact_dir processor)/structseq-processor-$VERSION.jar"
processor_path+=":$M2_REPO/com/palantir/javapoet/javapoet/$javapoet_version/javapoet-$javapoet_version.jar"
run_consumer ecj "ECJ $ECJ_VERSION (default JDK)" "" "" -Pecj -Decj.jar="$ecj_jar" \
  -Dstructseq.processorpath="$processor_path"

run_modular modular-default "the default JDK" ""
run_json json-default "the default JDK" ""
if [[ -x "$JDK25_HOME/bin/javac" ]]; then
  run_modular modular-jdk25 "JDK 25" "$JDK25_HOME"
  run_json json-jdk25 "JDK 25" "$JDK25_HOME"
else
  echo "consumer-test: consumer on JDK 25: skipped, no JDK at $JDK25_HOME"
fi
echo "consumer-test: OK"
