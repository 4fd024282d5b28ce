"""Cold start: wall and CPU time of whole process runs, median of N after warm-ups, side by side.

    coldstart.py RUNS WARMUPS NAME=COMMAND... > lines "coldstart.NAME<TAB>median<TAB>ms<TAB>note"
                                                and "coldstart.NAME.cpu<TAB>median<TAB>ms<TAB>note"

Each COMMAND is split with shlex and run without a shell (a shell would add its own start-up).
The commands are interleaved round by round, so a burst of load from elsewhere lands on all of them.
CPU time (user + system, of the process and everything it waited for) is taken from wait4: it does
not count the time other tenants of the machine take, which wall time does.
A command that exits non-zero or writes to stderr fails the run: a launcher must start silently.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    return elapsed * 1e3, (usage.ru_utime + usage.ru_stime) * 1e3, process.returncode, stderr


def main(argv):
    runs, warmups = int(argv[1]), int(argv[2])
    named = []
    for spec in argv[3:]:
        name, _, command = spec.partition("=")
        named.append((name, shlex.split(command)))
    wall = {name: [] for name, _ in named}
    cpu = {name: [] for name, _ in named}
    for round_ in range(warmups + runs):
        for name, command in named:
            elapsed, used, code, stderr = run_once(command)
            if code != 0 or stderr:
                sys.exit("coldstart: %s exited %d, stderr: %r" % (name, code, stderr[:500]))
            if round_ >= warmups:
                wall[name].append(elapsed)
                cpu[name].append(used)
    for name, _ in named:
        for key, t, what in ((name, wall[name], "wall"), (name + ".cpu", cpu[name], "CPU")):
            print("coldstart.%s\t%.1f\tms\t%s, median of %d runs (min %.1f, max %.1f ms) after %d warm-ups"
                  % (key, statistics.median(t), what, len(t), min(t), max(t), warmups))


if __name__ == "__main__":
    main(sys.argv)
