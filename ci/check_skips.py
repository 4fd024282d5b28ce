#!/usr/bin/env python3
"""Fails CI when a test that compares with CPython, or a permission test, was skipped.

STRUCTSEQ_STRICT=true already makes io.structseq.testing's CPython.require() and
Permissions.assumeEnforced() fail instead of skipping. This is the second line: it reads every
Surefire and Failsafe XML report under the given directories and fails on any skipped test whose
reason mentions Python or permissions, whoever wrote the assumption. It prints what ran and every
skip with its reason, so a CI log shows that the comparisons ran.

Usage: check_skips.py DIR...   (exit status 1 on a forbidden skip or when no report is found)
"""

import pathlib
import re
import sys
import xml.etree.ElementTree as ET

FORBIDDEN = re.compile(r"python|permission|\bEACCES\b|\broot\b", re.IGNORECASE)


def reports(roots):
    for root in roots:
        for path in sorted(pathlib.Path(root).glob("**/target/*-reports*/TEST-*.xml")):
            yield path


def skip_reason(element):
    text = (element.get("message") or "") + "\n" + (element.text or "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "(no reason given)"


def main(roots):
    suites = tests = 0
    skipped = []
    for path in reports(roots):
        suites += 1
        for case in ET.parse(path).getroot().iter("testcase"):
            tests += 1
            skip = case.find("skipped")
            if skip is not None:
                where = "%s.%s [%s]" % (case.get("classname"), case.get("name"), path.parent)
                skipped.append((where, skip_reason(skip)))
    if suites == 0:
        print("check_skips: no test reports under %s" % " ".join(roots), file=sys.stderr)
        return 1
    forbidden = [(w, r) for w, r in skipped if FORBIDDEN.search(r)]
    print("check_skips: %d tests in %d reports, %d skipped, %d of them forbidden"
          % (tests, suites, len(skipped), len(forbidden)))
    for where, reason in skipped:
        print("  %s %s: %s" % ("FORBIDDEN" if (where, reason) in forbidden else "skipped  ", where,
                               reason))
    if forbidden:
        print("check_skips: FAILED: tests that compare with CPython or need permission bits were"
              " skipped; CI must run them", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
