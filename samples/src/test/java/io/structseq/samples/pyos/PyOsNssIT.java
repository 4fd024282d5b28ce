package io.structseq.samples.pyos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.testing.CPython;
import io.structseq.testing.NssWrapper;
import io.structseq.testing.ProcessRun;
import io.structseq.testing.Strict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples/pyos}'s {@code pwd.*} and {@code grp.*} on the JDK of the build (17: through
 * jnr-ffi, which the JAR carries) and on JDK 25 (FFM) under nss_wrapper
 * ({@link NssWrapper}: {@code LD_PRELOAD} with the test's own passwd and group files), against
 * CPython's {@code print(FUNCTION(ARG...))} under the same environment: the exit status and the bytes
 * of standard output and error. The names given on the command line are ASCII (an argument that is not
 * valid UTF-8 reaches the JVM decoded; see the README's known differences); the listings hold the
 * entries whose names are not.
 *
 * <p>As in the runtime's {@code NssWrapperTest}: where CPython 3.13 says that the group of 10,000
 * members is not found (nss_wrapper 1.1.12 reports its short buffer as -1 with errno ERANGE, which
 * CPython takes for "not found"), the expected output is that group as CPython's own {@code getgrall()}
 * lists it.
 */
class PyOsNssIT {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.structseq.samples.pyos.PyOsIT#javaHomes")
  void pwdAndGrpPrintWhatCPythonPrintsUnderNssWrapper(String javaHome) throws IOException {
    Strict.assume(PyOsIT.JDK25 != null && Files.isExecutable(PyOsIT.JDK25.resolve("bin/java")),
        "pyos nss_wrapper comparison SKIPPED: no JDK 25 at " + PyOsIT.JDK25);
    NssWrapper nss = NssWrapper.write(dir);
    Map<String, String> env = new HashMap<>(nss.environment());
    env.put("JAVA_HOME", javaHome);
    Path stdin = Files.writeString(dir.resolve("stdin"), "");
    List<List<String>> calls = List.of(
        List.of("pwd.getpwall"), List.of("grp.getgrall"),
        List.of("pwd.getpwnam", "zed"), List.of("pwd.getpwnam", "big"), List.of("pwd.getpwuid", "1236"),
        List.of("pwd.getpwnam", "dup"), List.of("pwd.getpwuid", "1300"), List.of("pwd.getpwuid", "1301"),
        List.of("pwd.getpwnam", "empty"), List.of("pwd.getpwuid", "4294967294"),
        List.of("pwd.getpwnam", "root"), List.of("pwd.getpwnam", "nosuchuser"),
        List.of("pwd.getpwuid", "99999"), List.of("pwd.getpwuid", "4294967295"),
        List.of("grp.getgrnam", "zgrp"), List.of("grp.getgrgid", "4322"), List.of("grp.getgrnam", "huge"),
        List.of("grp.getgrgid", "4323"), List.of("grp.getgrnam", "dupg"), List.of("grp.getgrgid", "4401"),
        List.of("grp.getgrgid", "4294967294"), List.of("grp.getgrnam", "emptyg"),
        List.of("grp.getgrnam", "nosuchgroup"), List.of("grp.getgrgid", "99999"));
    List<String> failures = new ArrayList<>();
    for (List<String> call : calls) {
      ProcessRun expected = python(call, env, stdin);
      List<String> command = new ArrayList<>(List.of(PyOsIT.LAUNCHER.toString()));
      command.addAll(call);
      ProcessRun actual = ProcessRun.of(command, env, stdin);
      if (!expected.equals(actual)) {
        failures.add(call + ":\n  expected " + cut(expected) + "\n  actual   " + cut(actual));
      }
    }
    assertEquals("", String.join("\n", failures), failures.size() + " of " + calls.size()
        + " calls differ from CPython under nss_wrapper");
  }

  /**
   * CPython's run of the call, its traceback cut to its last line as pyos prints it; for the big
   * group's "not found" (see the class comment), the group as CPython's {@code getgrall()} lists it.
   */
  private static ProcessRun python(List<String> call, Map<String, String> env, Path stdin) {
    List<String> command = new ArrayList<>(List.of(CPython.require(), "-c", PyOsIT.ORACLE));
    command.addAll(call);
    ProcessRun r = PyOsIT.asPyos(ProcessRun.of(command, env, stdin));
    if (r.errText().startsWith("pyos: KeyError: ") && call.get(0).startsWith("grp.getgr")) {
      ProcessRun listed = ProcessRun.of(List.of(CPython.require(), "-c", String.join("\n",
          "import grp, sys",
          "by_name = sys.argv[1] == 'grp.getgrnam'",
          "key = sys.argv[2] if by_name else int(sys.argv[2])",
          "found = [g for g in grp.getgrall() if g[0 if by_name else 2] == key]",
          "print(found[0]) if found else sys.exit(3)"), call.get(0), call.get(1)), env, stdin);
      if (listed.status() != 3) {
        assertEquals(0, listed.status(), listed::errText);
        return listed;
      }
    }
    return r;
  }

  private static String cut(ProcessRun run) {
    String shown = run.toString();
    return shown.length() <= 400 ? shown : shown.substring(0, 400) + "... (" + shown.length() + " chars)";
  }
}
