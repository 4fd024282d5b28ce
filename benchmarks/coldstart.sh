#!/usr/bin/env bash
# Cold start of the samples' launchers as a new user meets them: right after the README's Quick start
# build, with no warm-up run of any tool (see BENCHMARKS.md, "Cold start"):
#
#   benchmarks/coldstart.sh              mvn -q -DskipTests package, then RUNS rounds (about a minute)
#   SKIP_BUILD=1 benchmarks/coldstart.sh  measure what samples/target holds now
#
# Each round runs every command once, interleaved: java Hello on JDK 17 and 25 (the same class),
# samples/pystat and samples/pyos with JAVA_HOME set to each JDK (so each with the start-up cache the
# build made for it), CPython's os.lstat, and the launcher of before the AOT work on JDK 25. Medians of
# wall and CPU time, one "key value unit note" line each, on stdout.
# Environment: RUNS (default 10), WARMUPS (default 0: the first run after the build counts), JAVA17
# (default the java on the PATH), JAVA25 (default $JDK25_HOME/bin/java, ci/locations.sh), STAT_PATH
# (default /etc/hosts), PYTHON (default STRUCTSEQ_PYTHON, else PythonLookup's), PYOS_ARGS (default
# os.lstat STAT_PATH), RESULTS (default benchmarks/target/results-coldstart).
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
. "$root/ci/locations.sh"
JAVA17="${JAVA17:-$(command -v java)}"
JAVA25="${JAVA25:-$JDK25_HOME/bin/java}"
STAT_PATH="${STAT_PATH:-/etc/hosts}"
if [[ -z "${PYTHON:-}" ]]; then
  structseq_python
  PYTHON="$STRUCTSEQ_PYTHON"
fi
RESULTS="${RESULTS:-$here/target/results-coldstart}"
runs="${RUNS:-10}"
warmups="${WARMUPS:-0}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$root" && mvn -q -DskipTests package)
fi
pystat="$root/samples/target/pystat.jar"
[[ -f "$pystat" ]] || { echo "coldstart.sh: $pystat is missing; run without SKIP_BUILD=1" >&2; exit 2; }

mkdir -p "$RESULTS/hello"
# The interpreter itself, not a pyenv shim: a shim adds a shell script to every cold start.
python_bin="$("$PYTHON" -c 'import sys; print(sys.executable)')"
printf 'public class Hello {\n  public static void main(String[] a) {\n    System.out.println("Hello");\n  }\n}\n' \
  > "$RESULTS/hello/Hello.java"
"$(dirname "$(readlink -f "$JAVA17")")/javac" --release 17 -d "$RESULTS/hello" "$RESULTS/hello/Hello.java"
java17_home="$(dirname "$(dirname "$(readlink -f "$JAVA17")")")"
java25_home="$(dirname "$(dirname "$(readlink -f "$JAVA25")")")"
cp "$root/samples/target/start-up-caches.log" "$RESULTS/" 2> /dev/null || true
pyos_args="${PYOS_ARGS:-os.lstat $STAT_PATH}"
# What the jnr backend costs pyos on JDK 17: the launcher's own command line (its flags, its CDS
# archive, jffi's library from target/cache/jffi), once as it runs and once forced to the java.nio
# fallback, which loads no jffi class.
pyos_jsa17="$(ls "$root"/samples/target/cache/17*/pyos.jsa 2> /dev/null | head -1)"
pyos17_flags="-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=10 -XX:+UseG1GC -XX:-UsePerfData -Xint \
-Djffi.boot.library.path=$root/samples/target/cache/jffi -XX:SharedArchiveFile=$pyos_jsa17 -Xlog:cds=off,cds+dynamic=off"
"$python_bin" "$here/src/main/python/coldstart.py" "$runs" "$warmups" \
  "python=$python_bin -c 'import os; print(os.lstat(\"$STAT_PATH\"))'" \
  "hello17=$JAVA17 -cp $RESULTS/hello Hello" \
  "hello25=$JAVA25 -cp $RESULTS/hello Hello" \
  "pystat17=env JAVA_HOME=$java17_home $root/samples/pystat $STAT_PATH" \
  "pystat25=env JAVA_HOME=$java25_home $root/samples/pystat $STAT_PATH" \
  "pyos17=env JAVA_HOME=$java17_home $root/samples/pyos $pyos_args" \
  "pyos25=env JAVA_HOME=$java25_home $root/samples/pyos $pyos_args" \
  "before25=$JAVA25 -XX:TieredStopAtLevel=1 -jar $pystat $STAT_PATH" \
  "pyos17jnr=$JAVA17 $pyos17_flags -jar $root/samples/target/pyos.jar $pyos_args" \
  "pyos17nio=$JAVA17 $pyos17_flags -Dio.structseq.runtime.backend=nio -jar $root/samples/target/pyos.jar $pyos_args" \
  2> "$RESULTS/coldstart.log" | tee "$RESULTS/coldstart.txt"
echo "coldstart.tool	-	-	median of $runs runs after $warmups warm-ups, right after the build, commands interleaved" \
  | tee -a "$RESULTS/coldstart.txt"
