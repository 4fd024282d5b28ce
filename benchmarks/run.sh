#!/usr/bin/env bash
# Runs every structseq benchmark side by side and prints one table of ratios (see BENCHMARKS.md).
#
#   benchmarks/run.sh            build the benchmarks JAR, run everything (about 10 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh    one short iteration of everything, to check the script (numbers are noise)
#   SKIP_BUILD=1 ...             reuse benchmarks/target/benchmarks.jar
#
# Environment: JAVA17 (default: the java on the PATH, which must be 17), JAVA25 (default
# /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), STAT_PATH (default /etc/hosts), PYTHON (default python3).
# Results go to benchmarks/target/results: JMH JSON files, results.txt (one "key value unit note" line per
# non-JMH measurement), logs, and table.md, the table printed at the end.
set -euo pipefail

started=$(date +%s)
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/target/results"
JAVA17="${JAVA17:-$(command -v java)}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
STAT_PATH="${STAT_PATH:-/etc/hosts}"
PYTHON="${PYTHON:-python3}"
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

# The forks' heap, as in the @Fork annotations (a command-line -jvmArgsAppend replaces theirs).
heap="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"

step() { printf '\n=== %s (t+%ds)\n' "$*" $(( $(date +%s) - started )); }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  step "build: mvn package -pl benchmarks -am (tests skipped)"
  (cd "$root" && mvn -B -q package -DskipTests -pl benchmarks -am)
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
"$JAVA17" -jar "$jar" 'io.structseq.benchmarks.AccessBenchmark' "${jmh_opts[@]}" -prof gc \
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
"$JAVA25" -jar "$jar" 'io.structseq.benchmarks.StatBenchmark' "${jmh_opts[@]}" -jvm "$JAVA25" \
  -jvmArgsAppend "$heap --enable-native-access=ALL-UNNAMED -Dbench.expect.backend=ffm -Dbench.stat.path=$STAT_PATH" \
  -rf json -rff "$results/stat-jdk25.json" > "$results/stat-jdk25.log" 2>&1 \
  || { tail -30 "$results/stat-jdk25.log"; exit 1; }
grep -m1 'Os.backend()' "$results/stat-jdk25.log"
grep -E '^StatBenchmark\.[A-Za-z]+ ' "$results/stat-jdk25.log" || true

step "JMH: Os.stat on JDK 17 (java.nio backend expected)"
"$JAVA17" -jar "$jar" 'io.structseq.benchmarks.StatBenchmark' "${jmh_opts[@]}" -jvm "$JAVA17" \
  -jvmArgsAppend "$heap -Dbench.expect.backend=nio -Dbench.stat.path=$STAT_PATH" \
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
  step "cold start: pystat.jar $STAT_PATH vs python3"
  cds="$results/cds"
  mkdir -p "$cds"
  # One training run each writes the dynamic AppCDS archive (JDK 13+: -XX:ArchiveClassesAtExit).
  "$JAVA17" -XX:ArchiveClassesAtExit="$cds/jdk17.jsa" -jar "$pystat" "$STAT_PATH" > /dev/null 2>> "$results/cds.log"
  "$JAVA25" -XX:ArchiveClassesAtExit="$cds/jdk25.jsa" -jar "$pystat" "$STAT_PATH" > /dev/null 2>> "$results/cds.log"
  "$JAVA25" -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$cds/launcher.jsa" -jar "$pystat" "$STAT_PATH" \
    > /dev/null 2>> "$results/cds.log"
  # JDK 25 also has the AOT cache (JEP 483/514), CDS's successor: classes loaded and linked ahead of time.
  "$JAVA25" -XX:AOTCacheOutput="$cds/jdk25.aot" -jar "$pystat" "$STAT_PATH" > /dev/null 2>> "$results/cds.log"
  "$JAVA25" -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$cds/launcher.aot" -jar "$pystat" "$STAT_PATH" \
    > /dev/null 2>> "$results/cds.log"
  names=(python jdk17 jdk17.cds jdk17.cds.c1 jdk25 jdk25.cds jdk25.aot launcher launcher.cds launcher.aot)
  commands=(
    "$python_bin -c 'import os; print(os.stat(\"$STAT_PATH\"))'"
    "$JAVA17 -jar $pystat $STAT_PATH"
    "$JAVA17 -XX:SharedArchiveFile=$cds/jdk17.jsa -jar $pystat $STAT_PATH"
    "$JAVA17 -XX:SharedArchiveFile=$cds/jdk17.jsa -XX:TieredStopAtLevel=1 -jar $pystat $STAT_PATH"
    "$JAVA25 -jar $pystat $STAT_PATH"
    "$JAVA25 -XX:SharedArchiveFile=$cds/jdk25.jsa -jar $pystat $STAT_PATH"
    "$JAVA25 -XX:AOTCache=$cds/jdk25.aot -jar $pystat $STAT_PATH"
    "env -u JAVA_HOME $root/samples/pystat $STAT_PATH"
    "$JAVA25 -XX:SharedArchiveFile=$cds/launcher.jsa -XX:TieredStopAtLevel=1 -jar $pystat $STAT_PATH"
    "$JAVA25 -XX:AOTCache=$cds/launcher.aot -XX:TieredStopAtLevel=1 -jar $pystat $STAT_PATH"
  )
  if command -v hyperfine > /dev/null; then
    args=()
    for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
    hyperfine -N --style basic --warmup 2 --runs "$cold_runs" --export-json "$results/coldstart.json" \
      "${args[@]}" > "$results/coldstart.log" 2>&1 || { tail -30 "$results/coldstart.log"; exit 1; }
    "$python_bin" - "$results/coldstart.json" <<'EOF' | tee -a "$out"
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("coldstart.%s\t%.1f\tms\tsd %.1f ms; min %.1f ms" % (
        r["command"], r["mean"] * 1e3, r["stddev"] * 1e3, r["min"] * 1e3))
EOF
    echo "coldstart.tool	-	-	hyperfine --warmup 2 --runs $cold_runs" >> "$out"
  else
    for i in "${!names[@]}"; do
      for _ in 1 2; do bash -c "${commands[$i]}" > /dev/null 2>&1; done
      total=0
      for _ in $(seq "$cold_runs"); do
        t0=$(date +%s%N); bash -c "${commands[$i]}" > /dev/null 2>&1; t1=$(date +%s%N)
        total=$(( total + t1 - t0 ))
      done
      printf 'coldstart.%s\t%.1f\tms\tmean of %d runs (bash loop)\n' "${names[$i]}" \
        "$(echo "$total / $cold_runs / 1000000" | bc -l)" "$cold_runs" | tee -a "$out"
    done
    echo "coldstart.tool	-	-	a bash timing loop (no hyperfine), $cold_runs runs after 2 warm-ups" >> "$out"
  fi
  ls -l "$cds" >> "$results/cds.log"
else
  step "cold start: SKIPPED, $pystat is missing (build samples: mvn -q -DskipTests package)"
  echo "coldstart.skipped	-	-	samples/target/pystat.jar was not built" >> "$out"
fi

step "table"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
elapsed=$(( $(date +%s) - started ))
"$JAVA17" -cp "$jar" io.structseq.benchmarks.Report "$results" | tee "$results/table.md"
printf '\nrun.sh took %dm%02ds; results in %s\n' $(( elapsed / 60 )) $(( elapsed % 60 )) "$results"
