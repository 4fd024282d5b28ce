#!/usr/bin/env bash
# The runtime's calls that mirror CPython's struct sequences, each against CPython's same call, in one
# run (see BENCHMARKS.md, "The os calls against CPython"):
#
#   benchmarks/oscalls.sh            build the benchmarks JAR, run OsCallsBenchmark and timeit (~8 min)
#   QUICK=1 benchmarks/oscalls.sh    one short iteration, to check the script (numbers are noise)
#   SKIP_BUILD=1 ...                 reuse benchmarks/target/benchmarks.jar
#
#   OSCALLS_JDK=17 benchmarks/oscalls.sh   the same on JDK 17 (JAVA17, default the java on the PATH),
#                                    where the jnr backends (jnr-ffi) are checked, with Os.stat against
#                                    jnr-posix's stat in the same JMH run (JnrPosixBenchmark)
#
# Environment: JAVA25 (default $JDK25_HOME/bin/java, see ci/locations.sh; the FFM backends are checked),
# PYTHON (default STRUCTSEQ_PYTHON, else the CPython testing's PythonLookup finds), STAT_PATH (default
# /etc/hosts).
# CPython's timeit runs before and after JMH; the faster pass is kept, so a burst of load from elsewhere
# does not land on one side only. Results: benchmarks/target/results-oscalls (JMH JSON and log, the two
# timeit passes, table.md). It is separate from run.sh and can run alone.
set -euo pipefail

started=$(date +%s)
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/target/results-oscalls"
. "$root/ci/locations.sh"
JAVA25="${JAVA25:-$JDK25_HOME/bin/java}"
# The JDK measured, the backend it must use and the benchmarks it runs.
if [[ "${OSCALLS_JDK:-25}" == 17 ]]; then
  java="${JAVA17:-$(command -v java)}"; backend=jnr; jdk=jdk17; results="$results-jdk17"
  benchmarks='io\.structseq\.benchmarks\.(OsCalls|Posix|Nss|JnrPosix)Benchmark\.'
else
  java="$JAVA25"; backend=ffm; jdk=jdk25
  benchmarks='io\.structseq\.benchmarks\.(OsCalls|Posix|Nss)Benchmark\.'
fi
if [[ -z "${PYTHON:-}" ]]; then
  structseq_python
  PYTHON="$STRUCTSEQ_PYTHON"
fi
STAT_PATH="${STAT_PATH:-/etc/hosts}"
timeit="$here/src/main/python/oscalls_timeit.py"
# Both sides get ten measured windows of about 0.2 s and keep the best: JMH ten 200 ms iterations,
# CPython two passes of timeit's five repeats (each at least 0.2 s, as `python -m timeit` picks them).
if [[ "${QUICK:-0}" == 1 ]]; then
  jmh_opts=(-f 1 -wi 1 -i 1 -w 1s -r 200ms)
else
  jmh_opts=(-f 1 -wi 3 -i 10 -w 1s -r 200ms)
fi

# The forks' flags, as in the @Fork annotation (a command-line -jvmArgsAppend replaces it).
fork_args="-Xms1g -Xmx1g -XX:+AlwaysPreTouch --enable-native-access=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"

step() { printf '\n=== %s (t+%ds)\n' "$*" $(( $(date +%s) - started )); }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  step "build: mvn package -pl benchmarks -am (tests skipped)"
  (cd "$root" && mvn -B -q package -DskipTests -pl benchmarks -am)
fi
[[ -f "$jar" ]] || { echo "oscalls.sh: $jar is missing; run without SKIP_BUILD=1" >&2; exit 2; }
rm -rf "$results"
mkdir -p "$results"

step "machine"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$jdk: $("$java" -version 2>&1 | head -2 | tail -1)"
  echo "python: $("$PYTHON" --version 2>&1) ($("$PYTHON" -c 'import sys; print(sys.executable)'))"
} | tee "$results/machine.txt"

step "CPython timeit, first pass"
"$PYTHON" "$timeit" time "$STAT_PATH" > "$results/timeit-1.json"

step "JMH: $benchmarks on $jdk ($backend backend expected)"
"$java" -Djmh.ignoreLock=true -jar "$jar" "$benchmarks" "${jmh_opts[@]}" -jvm "$java" \
  -jvmArgsAppend "$fork_args -Dbench.expect.backend=$backend -Dbench.stat.path=$STAT_PATH" \
  -rf json -rff "$results/oscalls-$jdk.json" > "$results/oscalls-$jdk.log" 2>&1 \
  || { tail -30 "$results/oscalls-$jdk.log"; exit 1; }
grep -m1 'Os.backend()' "$results/oscalls-$jdk.log"

step "CPython timeit, second pass"
"$PYTHON" "$timeit" time "$STAT_PATH" > "$results/timeit-2.json"

step "table (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
"$PYTHON" "$timeit" report "$results/oscalls-$jdk.json" "$results/timeit-1.json" "$results/timeit-2.json" \
  | tee "$results/table.md"
