#!/usr/bin/env bash
# How steady the headline ratios of BENCHMARKS.md are: runs a short subset of run.sh several times in a
# row and prints each ratio per run, computed two ways from the same measurements: median against
# median (as run.sh's table) and best against best (the fastest iteration or round of each side).
#
#   benchmarks/steadiness.sh [RUNS]     (default 3; needs benchmarks/target/benchmarks.jar: run.sh builds it)
#
# Per run: JMH AccessBenchmark, get(int), get(String), equals and hashCode against their plain
# baselines on JDK 17 (-f 1 -wi 2 -i 5, 1 s each); Os.stat on JDK 25 (FFM) against the C stat loop;
# compile time of 500 types, structseq against the floor (CompileTime, interleaved rounds). Results go to
# benchmarks/target/steadiness.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
. "$root/ci/locations.sh"
jar="$here/target/benchmarks.jar"
out="$here/target/steadiness"
runs="${1:-3}"
JAVA17="${JAVA17:-$(command -v java)}"
JAVA25="${JAVA25:-$JDK25_HOME/bin/java}"
STAT_PATH="${STAT_PATH:-/etc/hosts}"
[[ -f "$jar" ]] || { echo "steadiness.sh: $jar is missing; build it with benchmarks/run.sh" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out"
gcc -O2 -o "$out/rawstat" "$here/src/main/c/rawstat.c"
jmh=(-f 1 -wi 2 -i 5 -w 1s -r 1s -rf json)
heap="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"
for run in $(seq "$runs"); do
  echo "== run $run of $runs, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S)"
  "$JAVA17" -Djmh.ignoreLock=true -jar "$jar" \
    'AccessBenchmark\.(getIndexGenerated|getIndexPlainSwitch|getNameGenerated|getNameStringSwitch|equalsGenerated|equalsPlain|hashCodeGenerated|hashCodePlain)$' \
    "${jmh[@]}" -rff "$out/access-$run.json" > "$out/access-$run.log" 2>&1
  "$out/rawstat" "$STAT_PATH" 100000 10 > "$out/rawstat-$run.txt" 2> "$out/rawstat-$run.log"
  "$JAVA25" -Djmh.ignoreLock=true -jar "$jar" 'StatBenchmark\.osStat$' "${jmh[@]}" -jvm "$JAVA25" \
    -jvmArgsAppend "$heap --enable-native-access=ALL-UNNAMED -Dbench.expect.backend=ffm -Dbench.stat.path=$STAT_PATH" \
    -rff "$out/stat-$run.json" > "$out/stat-$run.log" 2>&1
  "$JAVA17" -Xms1g -Xmx2g -Dcompile.only=structseq,floor -cp "$jar" io.structseq.benchmarks.CompileTime \
    "$here/target/compile-bench" "$out/compile-$run" 500 1 5 90 > "$out/compile-$run.txt" 2> "$out/compile-$run.log"
  rm -rf "$out/compile-$run/out"
done
python3 - "$out" "$runs" << 'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
def jmh(path):
    result = {}
    for b in json.load(open(path)):
        raw = [v for fork in b["primaryMetric"]["rawData"] for v in fork]
        result[b["benchmark"].rsplit(".", 1)[1]] = (statistics.median(raw), min(raw))
    return result
pairs = [("get(int)", "getIndexGenerated", "getIndexPlainSwitch"),
         ("get(String)", "getNameGenerated", "getNameStringSwitch"),
         ("equals", "equalsGenerated", "equalsPlain"), ("hashCode", "hashCodeGenerated", "hashCodePlain")]
rows = {}
for run in range(1, runs + 1):
    a = jmh("%s/access-%d.json" % (out, run))
    for name, cand, base in pairs:
        rows.setdefault(name, []).append((a[cand][0] / a[base][0], a[cand][1] / a[base][1]))
    stat = jmh("%s/stat-%d.json" % (out, run))["osStat"]
    rounds = [float(l.split()[2]) for l in open("%s/rawstat-%d.log" % (out, run)) if l.startswith("round ")]
    rows.setdefault("Os.stat vs C loop (JDK 25)", []).append(
        (stat[0] / statistics.median(rounds), stat[1] / min(rounds)))
    compile_runs = {}
    for line in open("%s/compile-%d.txt" % (out, run)):
        key, best, _, note = line.rstrip("\n").split("\t", 3)
        if key in ("compile.structseq.500", "compile.floor.500"):
            compile_runs[key] = (float(note.split("median ")[1].split(" ")[0]), float(best))
    cand, base = compile_runs["compile.structseq.500"], compile_runs["compile.floor.500"]
    rows.setdefault("compile 500 types vs floor", []).append((cand[0] / base[0], cand[1] / base[1]))
print("ratio\tmedian/median per run\tspread\tbest/best per run\tspread")
for name, values in rows.items():
    m = [v[0] for v in values]
    b = [v[1] for v in values]
    print("%s\t%s\t%.0f%%\t%s\t%.0f%%" % (name, " ".join("%.2f" % x for x in m), 100 * (max(m) - min(m)) / min(m),
                                        " ".join("%.2f" % x for x in b), 100 * (max(b) - min(b)) / min(b)))
PY
