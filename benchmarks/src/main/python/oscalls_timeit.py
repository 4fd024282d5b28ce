"""CPython's side of oscalls.sh: the calls of OsCallsBenchmark, PosixBenchmark and NssBenchmark, timed with timeit, and the table.

    python3.13 oscalls_timeit.py time PATH
        prints one JSON object: {name: {"ns": best ns per call, "python": the statement}, ...}
    python3 oscalls_timeit.py report JMH_JSON TIMEIT_JSON...
        prints a Markdown table: each call's JMH time on the JVM against CPython's best pass

Each call is timed as `python -m timeit` times it: autorange picks a loop count that runs for at
least 0.2 s, five repeats, the best repeat divided by the loop count. The names are the names of
OsCallsBenchmark's, PosixBenchmark's and NssBenchmark's methods; the arguments are the same (PATH,
'/', uid/gid 0, 'root', RUSAGE_SELF, pid 0, a new pseudo-terminal's master side).
"""
import json
import os
import sys
import timeit

CALLS = {
    "stat": "os.stat(path)",
    "lstat": "os.lstat(path)",
    "statvfs": "os.statvfs('/')",
    "uname": "os.uname()",
    "getTerminalSize": "os.get_terminal_size(terminal)",
    "times": "os.times()",
    "schedGetparam": "os.sched_getparam(0)",
    "getrusage": "resource.getrusage(resource.RUSAGE_SELF)",
    "getpwnam": "pwd.getpwnam('root')",
    "getpwuid": "pwd.getpwuid(0)",
    "getpwall": "pwd.getpwall()",
    "getgrnam": "grp.getgrnam('root')",
    "getgrgid": "grp.getgrgid(0)",
    "getgrall": "grp.getgrall()",
    "floatInfo": "sys.float_info",
    "threadInfo": "sys.thread_info",
}


def time_calls(path):
    terminal = os.open("/dev/ptmx", os.O_RDONLY | os.O_NOCTTY)
    names = {"path": path, "terminal": terminal}
    results = {}
    for name, stmt in CALLS.items():
        timer = timeit.Timer(stmt, "import os, sys, resource, pwd, grp", globals=names)
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=5, number=number)) / number
        results[name] = {"ns": best * 1e9, "python": stmt}
    os.close(terminal)
    print(json.dumps(results))


def report(jmh_file, timeit_files):
    """One row per call: JMH's median and best iteration, CPython's best pass, best/best ratio."""
    passes = [json.load(open(f)) for f in timeit_files]
    print("| call | CPython 3.13 | JMH median (min-max) | CPython best | JDK best / CPython best | faster |")
    print("|---|---|---|---|---|---|")
    others = {}
    for bench in json.load(open(jmh_file)):
        name = bench["benchmark"].rsplit(".", 1)[1]
        raw = sorted(x for fork in bench["primaryMetric"]["rawData"] for x in fork)
        median = raw[len(raw) // 2]
        if name not in passes[0]:
            others[name] = raw
            continue
        python = min(p[name]["ns"] for p in passes)
        ratio = raw[0] / python
        print(f"| `{name}` | `{passes[0][name]['python']}` | {fmt(median)} ({fmt(raw[0])}-{fmt(raw[-1])}) "
              f"| {fmt(python)} | {ratio:.2f}x | {'yes' if ratio < 1 else '**no**'} |")
    if "structseqStat" in others and "jnrPosixStat" in others:
        ours, theirs = others["structseqStat"], others["jnrPosixStat"]
        print()
        print("| same file, same run | Os.stat | jnr-posix stat | Os.stat / jnr-posix (medians) | (bests) |")
        print("|---|---|---|---|---|")
        print(f"| JnrPosixBenchmark | {fmt(ours[len(ours) // 2])} ({fmt(ours[0])}-{fmt(ours[-1])}) "
              f"| {fmt(theirs[len(theirs) // 2])} ({fmt(theirs[0])}-{fmt(theirs[-1])}) "
              f"| {ours[len(ours) // 2] / theirs[len(theirs) // 2]:.2f}x | {ours[0] / theirs[0]:.2f}x |")


def fmt(ns):
    return f"{ns:,.0f} ns" if ns >= 100 else f"{ns:.1f} ns"


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "time":
        time_calls(sys.argv[2] if len(sys.argv) > 2 else "/etc/hosts")
    elif len(sys.argv) >= 4 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
