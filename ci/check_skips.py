#!/usr/bin/env python3
"""Fails CI when a test skipped for a reason that is not on the allow-list, or a required run is missing.

STRUCTSEQ_STRICT=true already makes io.structseq.testing's CPython.require(), Permissions.assumeEnforced()
and the other Strict.assume() calls fail instead of skipping. This is the second line: it reads every
Surefire and Failsafe XML report under the given directories, and every skipped test must carry one
of the exact reasons in the allow-list (ci/allowed-skips.txt: one reason a line, '#' comments). A
reason that is not there, however harmless its words, fails CI: a new skip is a decision someone
writes down, not a keyword that slips through. It prints what ran and every skip with its reason, so
a CI log shows that the comparisons ran.

--require DIR (repeatable) names a report directory, relative to each root, that must exist and hold
at least one test that ran (not skipped), such as the runtime's ffm-jar run on JDK 25.

Usage: check_skips.py --allow FILE [--require DIR]... ROOT...
       (exit status 1 on a skip not allowed, a required run missing, or no report at all)
"""

import argparse
import pathlib
import sys
import xml.etree.ElementTree as ET


def reports(roots):
    for root in roots:
        for path in sorted(pathlib.Path(root).glob("**/target/*-reports*/TEST-*.xml")):
            yield path


PREFIXES = ("org.opentest4j.TestAbortedException: ", "Assumption failed: ")


def skip_reason(element):
    """The assumption's message: the first line of the report's message or text, without JUnit's prefixes."""
    text = (element.get("message") or "") + "\n" + (element.text or "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reason = lines[0] if lines else "(no reason given)"
    for prefix in PREFIXES:
        if reason.startswith(prefix):
            reason = reason[len(prefix):]
    return reason


def allowed_reasons(path):
    reasons = set()
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            reasons.add(line.strip())
    return reasons


def ran_in(directory):
    """How many tests ran (not skipped) according to the reports in one directory."""
    ran = 0
    for path in directory.glob("TEST-*.xml"):
        for case in ET.parse(path).getroot().iter("testcase"):
            if case.find("skipped") is None:
                ran += 1
    return ran


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow", required=True, help="the allow-list of exact skip reasons")
    parser.add_argument("--require", action="append", default=[], help="a report directory that must hold tests that ran")
    parser.add_argument("roots", nargs="*", default=["."])
    args = parser.parse_args(argv)
    allowed = allowed_reasons(args.allow)

    suites = tests = 0
    skipped = []
    for path in reports(args.roots):
        suites += 1
        for case in ET.parse(path).getroot().iter("testcase"):
            tests += 1
            skip = case.find("skipped")
            if skip is not None:
                where = "%s.%s [%s]" % (case.get("classname"), case.get("name"), path.parent)
                skipped.append((where, skip_reason(skip)))
    if suites == 0:
        print("check_skips: no test reports under %s" % " ".join(args.roots), file=sys.stderr)
        return 1
    forbidden = [(w, r) for w, r in skipped if r not in allowed]
    print("check_skips: %d tests in %d reports, %d skipped, %d of them for a reason not on %s"
          % (tests, suites, len(skipped), len(forbidden), args.allow))
    for where, reason in skipped:
        print("  %s %s: %s" % ("FORBIDDEN" if (where, reason) in forbidden else "allowed  ", where,
                               reason))
    missing = []
    for required in args.require:
        ran = sum(ran_in(pathlib.Path(root) / required) for root in args.roots)
        print("check_skips: %s: %d tests ran" % (required, ran))
        if ran == 0:
            missing.append(required)
    status = 0
    if forbidden:
        print("check_skips: FAILED: tests skipped for a reason that is not on the allow-list; run"
              " them, or add the exact reason to %s with a comment saying why CI may skip it"
              % args.allow, file=sys.stderr)
        status = 1
    if missing:
        print("check_skips: FAILED: no test ran in %s, which CI requires" % ", ".join(missing),
              file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
