#!/usr/bin/env bash
# Runs every structseq benchmark side by side and prints one table of ratios (see BENCHMARKS.md).
#
#   benchmarks/run.sh            build the benchmarks JAR, run everything (about 10 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh    one short iteration of everything, to check the script (numbers are noise)
#   SKIP_BUILD=1 ...             reuse benchmarks/target/benchmarks.jar
#
# Environment: JAVA17 (default: the java on the PATH, which must be 17), JAVA25 (default
# $JDK25_HOME/bin/java, see ci/locations.sh), STAT_PATH (default /etc/hosts), PYTHON (default
# STRUCTSEQ_PYTHON, else the CPython that testing's PythonLookup finds), PYOS_ARGS (the arguments of the samples/pyos cold-start run,
# default os.lstat STAT_PATH).
# Results go to benchmarks/target/results: JMH JSON files, results.txt (one "key value unit note" line per
# non-JMH measurement), logs, and table.md, the table printed at the end.
set -euo pipefail

started=$(date +%s)
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/target/results"
JAVA17="${JAVA17:-$(command -v java)}"
. "$root/ci/locations.sh"
JAVA25="${JAVA25:-$JDK25_HOME/bin/java}"
STAT_PATH="${STAT_PATH:-/etc/hosts}"
# CPython as the tests find it (3.13, the reference, when installed).
if [[ -z "${PYTHON:-}" ]]; then
  structseq_python
  PYTHON="$STRUCTSEQ_PYTHON"
fi
# The interpreter itself, not a pyenv shim: a shim adds a shell script to every cold start.
python_bin="$("$PYTHON" -c 'import sys; print(sys.executable)')"

if [[ "${QUICK:-0}" == 1 ]]; then
  jmh_opts=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
  compile_args=(50,100,200 1 2 60)
  raw_calls=20000; raw_rounds=2; cold_runs=3
else
  # Same as the annotations on the benchmark classes; spelled out so the table says what ran.
  jmh_opts=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
  compile_args=(100,500,1000 1 5 150)
  raw_calls=100000; raw_rounds=10; cold_runs=10
fi

# -Djmh.ignoreLock=true: JMH takes a machine-wide lock (/tmp/jmh.lock); on a shared machine another
# user's JMH run would stop this one at its first benchmark.
# The forks' heap, as in the @Fork annotations (a command-line -jvmArgsAppend replaces theirs).
heap="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"

step() { printf '\n=== %s (t+%ds)\n' "$*" $(( $(date +%s) - started )); }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  step "build: mvn package -pl benchmarks,samples -am (tests skipped)"
  (cd "$root" && mvn -B -q package -DskipTests -pl benchmarks,samples -am)
fi
[[ -f "$jar" ]] || { echo "run.sh: $jar is missing; run without SKIP_BUILD=1" >&2; exit 2; }

rm -rf "$results"
mkdir -p "$results"
out="$results/results.txt"
: > "$out"

step "machine"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB; kernel $(uname -r)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk17: $("$JAVA17" -version 2>&1 | head -2 | tail -1)"
  echo "jdk25: $("$JAVA25" -version 2>&1 | head -2 | tail -1)"
  echo "python: $("$python_bin" --version 2>&1) ($python_bin)"
  echo "gcc: $(gcc --version | head -1)"
} | tee "$results/machine.txt"

step "backends (Os.backend()) and instance sizes (JOL)"
"$JAVA17" -cp "$jar" io.structseq.benchmarks.BackendProbe | tee -a "$out"
"$JAVA25" --enable-native-access=ALL-UNNAMED -cp "$jar" io.structseq.benchmarks.BackendProbe | tee -a "$out"
"$JAVA17" -Djdk.attach.allowAttachSelf=true -cp "$jar" io.structseq.benchmarks.InstanceSizes \
  2> "$results/jol.log" | tee -a "$out"

step "JMH: generated access (JDK 17, -prof gc)"
"$JAVA17" -Djmh.ignoreLock=true -jar "$jar" 'io.structseq.benchmarks.AccessBenchmark' "${jmh_opts[@]}" -prof gc \
  -rf json -rff "$results/access.json" > "$results/access.log" 2>&1 \
  || { tail -30 "$results/access.log"; exit 1; }
grep -E '^AccessBenchmark\.[A-Za-z]+ ' "$results/access.log" || true

gcc -O2 -o "$results/rawstat" "$here/src/main/c/rawstat.c"
# The C loop and CPython run before and after the JMH stat runs; the faster of the two is kept, so a burst
# of load from elsewhere does not land on one side only.
native_stat() {
  "$results/rawstat" "$STAT_PATH" "$raw_calls" "$raw_rounds" 2>> "$results/rawstat.log" >> "$results/rawstat.txt"
  # python -m timeit prints e.g. "5000 loops, best of 5: 19.3 usec per loop"
  "$python_bin" -m timeit -s 'import os' "os.stat(\"$STAT_PATH\")" | tee -a "$results/timeit.log" \
    | awk -v py="$("$python_bin" --version 2>&1)" '{
        v = $(NF-3); u = $(NF-2); f = (u == "nsec") ? 1 : (u == "usec") ? 1e3 : (u == "msec") ? 1e6 : 1e9;
        printf "python.stat\t%.1f\tns/op\t%s, python -m timeit: %s\n", v * f, py, $0 }' >> "$results/timeit.txt"
}

step "raw stat(2) loop (C) and CPython os.stat on $STAT_PATH, first pass"
native_stat

step "JMH: Os.stat on JDK 25 (FFM backend expected)"
"$JAVA25" -Djmh.ignoreLock=true -jar "$jar" 'io.structseq.benchmarks.StatBenchmark' "${jmh_opts[@]}" -jvm "$JAVA25" \
  -jvmArgsAppend "$heap --enable-native-access=ALL-UNNAMED -Dbench.expect.backend=ffm -Dbench.stat.path=$STAT_PATH" \
  -rf json -rff "$results/stat-jdk25.json" > "$results/stat-jdk25.log" 2>&1 \
  || { tail -30 "$results/stat-jdk25.log"; exit 1; }
grep -m1 'Os.backend()' "$results/stat-jdk25.log"
grep -E '^StatBenchmark\.[A-Za-z]+ ' "$results/stat-jdk25.log" || true

step "JMH: Os.stat on JDK 17 (java.nio backend expected)"
"$JAVA17" -Djmh.ignoreLock=true -jar "$jar" 'io.structseq.benchmarks.StatBenchmark' "${jmh_opts[@]}" -jvm "$JAVA17" \
  -jvmArgsAppend "$heap -Dio.structseq.runtime.backend=nio -Dbench.expect.backend=nio -Dbench.stat.path=$STAT_PATH" \
  -rf json -rff "$results/stat-jdk17.json" > "$results/stat-jdk17.log" 2>&1 \
  || { tail -30 "$results/stat-jdk17.log"; exit 1; }
grep -m1 'Os.backend()' "$results/stat-jdk17.log"
grep -E '^StatBenchmark\.[A-Za-z]+ ' "$results/stat-jdk17.log" || true

step "raw stat(2) loop (C) and CPython os.stat on $STAT_PATH, second pass"
native_stat
sort -t$'\t' -k2,2g "$results/rawstat.txt" | head -1 | tee -a "$out"
sort -t$'\t' -k2,2g "$results/timeit.txt" | head -1 | tee -a "$out"

step "compile time: javac in-process (JDK 17), sizes ${compile_args[0]}"
"$JAVA17" -Xms1g -Xmx2g -cp "$jar" io.structseq.benchmarks.CompileTime "$here/target/compile-bench" \
  "$results/compile" "${compile_args[@]}" 2> "$results/compile.log" | tee -a "$out"
rm -rf "$results/compile/out"

pystat="$root/samples/target/pystat.jar"
if [[ -f "$pystat" ]]; then
  step "cold start: the samples' launchers right after the build vs java Hello and CPython, median of $cold_runs"
  # benchmarks/coldstart.sh, on what the build above left in samples/target (its start-up caches), with
  # no warm-up run: the launchers as a user meets them after the Quick start's first command.
  SKIP_BUILD=1 RUNS="$cold_runs" WARMUPS=0 RESULTS="$results" JAVA17="$JAVA17" JAVA25="$JAVA25" \
    STAT_PATH="$STAT_PATH" PYTHON="$python_bin" bash "$here/coldstart.sh" | tee -a "$out"

  step "cold start: the first stat through FFM on JDK 25, step by step (AOT cache, launcher flags)"
  # src/main/ffm/FfmStartup.java repeats the FFM backend's first Os.stat with a timer between steps.
  ffm="$results/ffmstart"
  mkdir -p "$ffm"
  jdk25_bin="$(dirname "$(readlink -f "$JAVA25")")"
  "$jdk25_bin/javac" -d "$ffm/classes" "$here/src/main/ffm/FfmStartup.java"
  "$jdk25_bin/jar" --create --file "$ffm/ffm.jar" -C "$ffm/classes" . # an AOT cache takes only JARs
  # The launchers' own JVM flags (structseq_flags), from the file that defines them.
  . "$root/samples/launcher.sh"
  "$JAVA25" "${structseq_flags[@]}" --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$ffm/ffm.aot" \
    -cp "$ffm/ffm.jar" FfmStartup "$STAT_PATH" > /dev/null 2> "$ffm/training.log"
  for _ in $(seq "$cold_runs"); do
    "$JAVA25" "${structseq_flags[@]}" --enable-native-access=ALL-UNNAMED -XX:AOTCache="$ffm/ffm.aot" \
      -Xlog:aot=off,cds=off -cp "$ffm/ffm.jar" FfmStartup "$STAT_PATH"
  done > "$ffm/runs.txt"
  "$python_bin" - "$ffm/runs.txt" "$cold_runs" << 'PY' | tee -a "$out"
import statistics, sys
steps = {}
for line in open(sys.argv[1]):
    if line.startswith("ffmstart."):
        key, value = line.split()
        steps.setdefault(key, []).append(float(value))
for key, values in steps.items():
    print("%s\t%.2f\tms\tmedian of %s runs" % (key, statistics.median(values), sys.argv[2]))
PY
else
  step "cold start: SKIPPED, $pystat is missing (build samples: mvn -q -DskipTests package)"
  echo "coldstart.skipped	-	-	samples/target/pystat.jar was not built" >> "$out"
fi

step "table"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
elapsed=$(( $(date +%s) - started ))
"$JAVA17" -cp "$jar" io.structseq.benchmarks.Report "$results" | tee "$results/table.md"
printf '\nrun.sh took %dm%02ds; results in %s\n' $(( elapsed / 60 )) $(( elapsed % 60 )) "$results"
