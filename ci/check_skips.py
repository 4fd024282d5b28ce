#!/usr/bin/env python3
"""Fails CI when a test skipped where the allow-list does not let it, or a leg ran too few tests.

STRUCTSEQ_STRICT=true already makes io.structseq.testing's CPython.require(), Permissions.assumeEnforced()
and the other Strict.assume() calls fail instead of skipping. This is the second line. It reads the
Surefire and Failsafe XML reports under the given roots, of one leg of CI (one Maven run of .ci/run,
which empties the report folders before it starts), and checks them against the allow-list
(ci/allowed-skips.txt, whose format its top describes):

- every skipped test must match an entry that names that test, that leg and that exact reason; the
  same reason in another test or another leg fails, and so does a reason-only line of the older format;
- every leg seen, and every leg given with --require, must have run (not skipped) at least the number
  of tests the list states for it.

A report belongs to the leg given with --leg, unless its folder names after "-reports-" a leg that the
list states a minimum for: runtime/target/surefire-reports-ffm-jar is leg ffm-jar, the runtime's tests
run from its JAR on JDK 25 inside the jdk17 and jdk25 legs, while jackson/target/
surefire-reports-jackson-3.1.4 (the same tests on another Jackson, same JDK) is part of the Maven leg. The checker prints what ran in each leg and every skip with its reason, so a CI log shows that the
comparisons ran; for a skip it refuses, it prints the exact line that would allow it.

Usage: check_skips.py --allow FILE [--leg NAME] [--require LEG]... ROOT...
       (exit status 1 on a skip not allowed, a leg below its minimum, a malformed list, or no report)
"""

import argparse
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

PREFIXES = ("org.opentest4j.TestAbortedException: ", "Assumption failed: ")
SEPARATOR = " | "
DEFAULT_LEG = "(no --leg)"

Entry = collections.namedtuple("Entry", "test leg reason line")
Skip = collections.namedtuple("Skip", "classname method name leg reason report")


class AllowList:
    """The parsed allow-list: skip entries, minimums by leg, and the lines it could not take."""

    def __init__(self, entries, minimums, problems, legacy=None):
        self.entries = entries
        self.minimums = minimums
        self.problems = problems
        self.legacy = legacy or {}  # reason of an older-format line -> its line number

    @staticmethod
    def parse(text, name="allow-list"):
        entries, minimums, problems, legacy = [], {}, [], {}
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = "%s:%d" % (name, number)
            words = line.split()
            if words[0] == "minimum":
                if len(words) != 3 or not words[2].isdigit():
                    problems.append("%s: write a minimum as 'minimum LEG COUNT': %s" % (where, line))
                elif words[1] in minimums:
                    problems.append("%s: a second minimum for leg %s" % (where, words[1]))
                else:
                    minimums[words[1]] = int(words[2])
                continue
            parts = line.split(SEPARATOR, 2)
            if len(parts) != 3:
                problems.append("%s: a reason without its test and leg (the older format), which allows"
                                " nothing; replace it by the lines printed below for the skips it"
                                " meant: %s"
                                % (where, line))
                legacy[line] = number
                continue
            test, leg, reason = (p.strip() for p in parts)
            if not re.fullmatch(r"[\w.$]+\.[\w$]+(#[^\s#]+)?", test) or not re.fullmatch(r"[\w.-]+", leg):
                problems.append("%s: write an entry as 'package.Class[#method] | LEG | reason': %s"
                                % (where, line))
                continue
            entries.append(Entry(test, leg, reason, number))
        return AllowList(entries, minimums, problems, legacy)


def method_of(name):
    """The method a Surefire test case comes from: its name up to a parameter list or an index."""
    return re.split(r"[(\[]", name, maxsplit=1)[0].strip() or name


def skip_reason(element):
    """The assumption's message: the first line of the report's message or text, without JUnit's prefixes."""
    text = (element.get("message") or "") + "\n" + (element.text or "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reason = lines[0] if lines else "(no reason given)"
    for prefix in PREFIXES:
        if reason.startswith(prefix):
            reason = reason[len(prefix):]
    return reason


def leg_of(folder, leg, own_legs):
    """The leg of a report folder: what its name says after '-reports-' when that is one of own_legs,
    else the leg of the run."""
    _, dash, suffix = folder.name.partition("-reports-")
    return suffix if dash and suffix in own_legs else leg


def reports(roots):
    for root in roots:
        yield from sorted(pathlib.Path(root).glob("**/target/*-reports*/TEST-*.xml"))


def read(roots, leg, own_legs):
    """Per leg, how many tests ran; every skip; the methods of each class per leg; and the report count."""
    ran = collections.Counter()
    skips = []
    methods = collections.defaultdict(set)
    count = 0
    for path in reports(roots):
        count += 1
        this_leg = leg_of(path.parent, leg, own_legs)
        ran[this_leg] += 0
        for case in ET.parse(path).getroot().iter("testcase"):
            classname, name = case.get("classname") or "", case.get("name") or ""
            methods[(classname, this_leg)].add(method_of(name))
            skip = case.find("skipped")
            if skip is None:
                ran[this_leg] += 1
            else:
                skips.append(Skip(classname, method_of(name), name, this_leg, skip_reason(skip), path))
    return ran, skips, methods, count


def line_for(skip, several):
    """The allow-list line that would allow a skip: the method too when its class has several."""
    test = skip.classname + ("#" + skip.method if several else "")
    return SEPARATOR.join([test, skip.leg, skip.reason])


def judge(skip, allow, methods):
    """The entry that allows a skip, or None; and whether its class has several test methods there."""
    several = len(methods.get((skip.classname, skip.leg), ())) > 1
    for entry in allow.entries:
        if entry.leg != skip.leg or entry.reason != skip.reason:
            continue
        cls, hash_, method = entry.test.partition("#")
        if cls != skip.classname:
            continue
        if hash_ and method == skip.method:
            return entry, several
        if not hash_ and not several:
            return entry, several
    return None, several


def main(argv, out=sys.stdout, err=sys.stderr):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow", required=True, help="the allow-list (format at its top)")
    parser.add_argument("--leg", default=DEFAULT_LEG,
                        help="the leg of the plain report folders (surefire-reports, failsafe-reports)")
    parser.add_argument("--require", action="append", default=[],
                        help="a leg that must have run in these reports, such as ffm-jar")
    parser.add_argument("roots", nargs="*", default=["."])
    args = parser.parse_args(argv)
    allow = AllowList.parse(pathlib.Path(args.allow).read_text(encoding="utf-8"), args.allow)

    ran, skips, methods, count = read(args.roots, args.leg, set(allow.minimums))
    if count == 0:
        print("check_skips: no test reports under %s" % " ".join(args.roots), file=err)
        return 1
    status = 0
    for problem in allow.problems:
        print("check_skips: %s" % problem, file=err)
        status = 1

    refused = []
    print("check_skips: leg %s: %d reports, %d skipped" % (args.leg, count, len(skips)), file=out)
    for skip in skips:
        entry, several = judge(skip, allow, methods)
        if entry is None:
            refused.append((skip, several))
        print("  %s %s.%s [%s, %s]: %s" % ("allowed  " if entry else "FORBIDDEN", skip.classname, skip.name,
                                           skip.leg, skip.report.parent, skip.reason), file=out)
    if refused:
        print("check_skips: FAILED: tests skipped where %s does not allow it. Make them run, or, when"
              " they run in another leg of CI, add with a comment saying where:" % args.allow, file=err)
        for line in sorted({line_for(skip, several) for skip, several in refused}):
            print(line, file=err)
        replaced = sorted({allow.legacy[skip.reason] for skip, _ in refused if skip.reason in allow.legacy})
        if replaced:
            print("check_skips: the entries above with the reason of an older-format line replace line(s) %s"
                  " of %s" % (", ".join(map(str, replaced)), args.allow), file=err)
        status = 1

    required = set(args.require) | ({args.leg} if args.leg != DEFAULT_LEG else set())
    for leg in sorted(set(ran) | required):
        minimum = allow.minimums.get(leg)
        print("check_skips: leg %s: %d tests ran, minimum %s" % (leg, ran.get(leg, 0), minimum), file=out)
        if leg not in ran:
            print("check_skips: FAILED: no report of leg %s, which this run requires" % leg, file=err)
            status = 1
        elif minimum is None:
            print("check_skips: FAILED: %s states no minimum for leg %s; add 'minimum %s %d'"
                  % (args.allow, leg, leg, ran[leg]), file=err)
            status = 1
        elif ran[leg] < minimum:
            print("check_skips: FAILED: leg %s ran %d tests, fewer than the %d %s states"
                  % (leg, ran[leg], minimum, args.allow), file=err)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
