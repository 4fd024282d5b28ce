"""Cold start: wall time of whole process runs, median of N after warm-ups, side by side.

    coldstart.py RUNS WARMUPS NAME=COMMAND... > lines "coldstart.NAME<TAB>median<TAB>ms<TAB>note"

Each COMMAND is split with shlex and run without a shell (a shell would add its own start-up).
The commands are interleaved round by round, so a burst of load from elsewhere lands on all of them.
A command that exits non-zero or writes to stderr fails the run: a launcher must start silently.
"""
import shlex
import statistics
import subprocess
import sys
import time


def main(argv):
    runs, warmups = int(argv[1]), int(argv[2])
    named = []
    for spec in argv[3:]:
        name, _, command = spec.partition("=")
        named.append((name, shlex.split(command)))
    times = {name: [] for name, _ in named}
    for round_ in range(warmups + runs):
        for name, command in named:
            start = time.perf_counter()
            done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = time.perf_counter() - start
            if done.returncode != 0 or done.stderr:
                sys.exit("coldstart: %s exited %d, stderr: %r" % (name, done.returncode, done.stderr[:500]))
            if round_ >= warmups:
                times[name].append(elapsed * 1e3)
    for name, _ in named:
        t = times[name]
        print("coldstart.%s\t%.1f\tms\tmedian of %d runs (min %.1f, max %.1f ms) after %d warm-ups"
              % (name, statistics.median(t), len(t), min(t), max(t), warmups))


if __name__ == "__main__":
    main(sys.argv)
