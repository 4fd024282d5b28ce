#!/usr/bin/env python3
"""The skip checker's own tests: synthetic Surefire reports in a temporary tree, checked against
synthetic allow-lists, and the real ci/allowed-skips.txt parsed without a problem.

Run: python3 -m unittest discover -s ci -p 'test_*.py'   (a step of .ci/run)
"""

import io
import pathlib
import tempfile
import unittest
from xml.sax.saxutils import quoteattr

import check_skips

HERE = pathlib.Path(__file__).resolve().parent
REASON = "FFM backend not tested in this run: it needs JDK 22+, native access and the packaged JAR (the ffm-jar test run)"


class Tree:
    """A temporary root with report folders: cases are (classname, name, reason or None when it ran)."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self.tmp.name)

    def report(self, folder, classname, cases):
        directory = self.root / folder
        directory.mkdir(parents=True, exist_ok=True)
        body = []
        for cls, name, reason in cases:
            skipped = "" if reason is None else "<skipped message=%s/>" % quoteattr(reason)
            body.append("<testcase name=%s classname=%s time=\"0\">%s</testcase>"
                        % (quoteattr(name), quoteattr(cls), skipped))
        (directory / ("TEST-%s.xml" % classname)).write_text(
            "<testsuite name=%s>%s</testsuite>" % (quoteattr(classname), "".join(body)), encoding="utf-8")

    def check(self, allow_text, *options):
        allow = self.root / "allowed-skips.txt"
        allow.write_text(allow_text, encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        status = check_skips.main(["--allow", str(allow), *options, str(self.root)], out, err)
        return status, out.getvalue(), err.getvalue()

    def close(self):
        self.tmp.cleanup()


ALLOW = "\n".join([
    "# a comment",
    "minimum jdk17 2",
    "minimum ffm-jar 1",
    "io.structseq.runtime.OsBackendTest#ffmBackendFromTheMultiReleaseJar | jdk17 | " + REASON,
    "io.structseq.runtime.OnlyOneTest | jdk17 | only here",
    "",
])


class CheckSkipsTest(unittest.TestCase):
    def setUp(self):
        self.tree = Tree()
        backend = "io.structseq.runtime.OsBackendTest"
        self.tree.report("runtime/target/surefire-reports", backend, [
            (backend, "ffmBackendFromTheMultiReleaseJar", REASON),
            (backend, "jdkBefore22UsesNio", None),
            (backend, "buildExpectsThisBackend", None),
        ])
        self.tree.report("runtime/target/surefire-reports-ffm-jar", backend, [
            (backend, "ffmBackendFromTheMultiReleaseJar", None),
        ])

    def tearDown(self):
        self.tree.close()

    def test_a_skip_of_its_test_in_its_leg_with_its_reason_passes(self):
        status, out, err = self.tree.check(ALLOW, "--leg", "jdk17", "--require", "ffm-jar")
        self.assertEqual(0, status, err)
        self.assertIn("leg jdk17: 2 tests ran, minimum 2", out)
        self.assertIn("leg ffm-jar: 1 tests ran, minimum 1", out)

    def test_a_made_up_test_skipped_with_an_allowed_reason_is_refused(self):
        self.tree.report("core/target/surefire-reports", "io.structseq.FakeTest",
                         [("io.structseq.FakeTest", "fakeSkip", REASON)])
        status, out, err = self.tree.check(ALLOW, "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn("FORBIDDEN io.structseq.FakeTest.fakeSkip", out)
        # The exact line that would allow it, for whoever decides that it may skip.
        self.assertIn("\nio.structseq.FakeTest | jdk17 | " + REASON + "\n", err)

    def test_the_same_skip_in_another_leg_is_refused(self):
        status, _, err = self.tree.check(ALLOW, "--leg", "jdk25")
        self.assertEqual(1, status)
        self.assertIn("io.structseq.runtime.OsBackendTest#ffmBackendFromTheMultiReleaseJar | jdk25 | "
                      + REASON + "\n", err)

    def test_another_method_of_an_allowed_class_is_refused_and_the_method_is_named(self):
        cls = "io.structseq.runtime.OsBackendTest"
        self.tree.report("runtime/target/surefire-reports", cls, [
            (cls, "ffmBackendFromTheMultiReleaseJar", REASON),
            (cls, "ffmAgreesWithNioOnEveryFieldNioReads", REASON),
            (cls, "jdkBefore22UsesNio", None),
            (cls, "buildExpectsThisBackend", None),
        ])
        status, _, err = self.tree.check(ALLOW, "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn(cls + "#ffmAgreesWithNioOnEveryFieldNioReads | jdk17 | " + REASON + "\n", err)
        self.assertNotIn(cls + "#ffmBackendFromTheMultiReleaseJar | jdk17", err)

    def test_a_class_entry_covers_a_class_of_one_method_only(self):
        cls = "io.structseq.runtime.OnlyOneTest"
        self.tree.report("runtime/target/failsafe-reports", cls, [
            (cls, "each(String)[1]", "only here"), (cls, "each(String)[2]", "only here")])
        status, _, err = self.tree.check(ALLOW, "--leg", "jdk17")
        self.assertEqual(0, status, err)
        self.tree.report("runtime/target/failsafe-reports", cls, [
            (cls, "each(String)[1]", "only here"), (cls, "other", None)])
        status, _, err = self.tree.check(ALLOW, "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn(cls + "#each | jdk17 | only here\n", err)

    def test_another_reason_is_refused(self):
        status, _, err = self.tree.check(ALLOW.replace(REASON, "JDK 25"), "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn("#ffmBackendFromTheMultiReleaseJar | jdk17 | " + REASON, err)

    def test_a_leg_below_its_minimum_fails(self):
        status, _, err = self.tree.check(ALLOW.replace("minimum jdk17 2", "minimum jdk17 3"), "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn("leg jdk17 ran 2 tests, fewer than the 3", err)

    def test_a_leg_without_a_minimum_fails_and_says_what_to_add(self):
        status, _, err = self.tree.check(ALLOW.replace("minimum jdk17 2\n", ""), "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn("add 'minimum jdk17 2'", err)
        # Without its minimum, the ffm-jar folder is no leg of its own: one required is missing.
        status, _, err = self.tree.check(ALLOW.replace("minimum ffm-jar 1\n", ""), "--leg", "jdk17",
                                         "--require", "ffm-jar")
        self.assertEqual(1, status)
        self.assertIn("no report of leg ffm-jar", err)

    def test_a_required_leg_without_reports_fails(self):
        status, _, err = self.tree.check(ALLOW + "minimum ecj 1\n", "--leg", "jdk17", "--require", "ecj")
        self.assertEqual(1, status)
        self.assertIn("no report of leg ecj", err)

    def test_a_reason_only_line_of_the_older_format_fails_and_allows_nothing(self):
        status, _, err = self.tree.check(ALLOW + REASON + "\n", "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn("allowed-skips.txt:6: a reason without its test and leg (the older format)", err)
        # Appended by another branch for a new skip: the failure prints the entry that replaces it.
        self.tree.report("core/target/surefire-reports", "io.structseq.NewTest",
                         [("io.structseq.NewTest", "newSkip", "needs something")])
        status, _, err = self.tree.check(ALLOW + "needs something\n", "--leg", "jdk17")
        self.assertEqual(1, status)
        self.assertIn("\nio.structseq.NewTest | jdk17 | needs something\n", err)
        self.assertIn("replace line(s) 6 of", err)

    def test_no_report_at_all_fails(self):
        empty = Tree()
        try:
            status, _, err = empty.check(ALLOW, "--leg", "jdk17")
        finally:
            empty.close()
        self.assertEqual(1, status)
        self.assertIn("no test reports", err)

    def test_the_leg_of_a_report_folder(self):
        legs = {"jdk17", "ffm-jar"}
        self.assertEqual("ffm-jar", check_skips.leg_of(pathlib.Path("t/surefire-reports-ffm-jar"), "jdk17", legs))
        self.assertEqual("jdk25", check_skips.leg_of(pathlib.Path("t/failsafe-reports"), "jdk25", legs))
        # Another execution of the same Maven run, with no minimum of its own: part of the Maven leg.
        self.assertEqual("jdk17", check_skips.leg_of(pathlib.Path("t/surefire-reports-jackson-3.1.4"), "jdk17",
                                                     legs))

    def test_a_second_execution_of_the_same_run_counts_in_the_maven_leg(self):
        cls = "io.structseq.jackson.RuntimeTypesTest"
        self.tree.report("jackson/target/surefire-reports-jackson-3.1.4", cls, [(cls, "a", None), (cls, "b", None)])
        status, out, err = self.tree.check(ALLOW, "--leg", "jdk17")
        self.assertEqual(0, status, err)
        self.assertIn("leg jdk17: 4 tests ran, minimum 2", out)

    def test_the_method_of_a_test_case(self):
        self.assertEqual("localtimeInZoneEqualsCPython",
                         check_skips.method_of("localtimeInZoneEqualsCPython(String)[10]"))
        self.assertEqual("roundTrips", check_skips.method_of("roundTrips()[2][1]"))
        self.assertEqual("plain", check_skips.method_of("plain"))

    def test_the_allow_list_of_the_repository_parses(self):
        allow = check_skips.AllowList.parse((HERE / "allowed-skips.txt").read_text(encoding="utf-8"))
        self.assertEqual([], allow.problems)
        for leg in ("jdk17", "ffm-jar", "ecj", "jdk25"):
            self.assertIn(leg, allow.minimums)
        self.assertTrue(all(e.leg in allow.minimums for e in allow.entries),
                        [e for e in allow.entries if e.leg not in allow.minimums])


if __name__ == "__main__":
    unittest.main()
