package io.structseq.samples.pyos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.testing.CPython;
import io.structseq.testing.Jdk25Lookup;
import io.structseq.testing.Permissions;
import io.structseq.testing.ProcessRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code samples/pyos} run as a user runs it, through its launcher with {@code JAVA_HOME} set to this
 * JDK and to JDK 25, against the same call in a live CPython ({@code print(FUNCTION(ARG...))}): stdout
 * byte for byte, the error line on stderr and the exit status. Per-process values ({@code os.times},
 * {@code resource.getrusage}) are compared by their shape: names and number formats.
 */
class PyOsIT {
  private static final Path JAR =
      Path.of(System.getProperty("pyos.jar", "target/pyos.jar")).toAbsolutePath();
  static final Path LAUNCHER = JAR.getParent().getParent().resolve("pyos");
  /** The JDK 25 of the build, or null (Jdk25Lookup). */
  static final Path JDK25 = Jdk25Lookup.home();
  /**
   * What {@code pyos FUNCTION ARG...} means, in Python: integers are ints, other arguments strings,
   * {@code sys.*} an attribute unless it is given arguments.
   */
  static final String ORACLE = String.join("\n",
      "import os, sys, time, resource, pwd, grp, re",
      "name, *args = sys.argv[1:]",
      "args = [int(a) if re.fullmatch(r'[+-]?[0-9]+', a) else a for a in args]",
      "module, attribute = name.split('.')",
      "f = getattr(globals()[module], attribute)",
      "print(f if module == 'sys' and not args else f(*args))");
  @TempDir static Path dir;
  private static Path file;
  private static Path link;

  @BeforeAll
  static void files() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run the package phase first");
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is not executable");
    file = Files.writeString(dir.resolve("a file with spaces é"), "hello\n");
    link = Files.createSymbolicLink(dir.resolve("link"), file);
  }

  /**
   * The JAVA_HOMEs the launcher runs with: this JDK and, where installed, JDK 25 (once, when the tests
   * themselves run on it, as in the CI's JDK 25 leg).
   */
  static List<String> javaHomes() {
    List<String> homes = new ArrayList<>(List.of(System.getProperty("java.home")));
    if (JDK25 != null && !homes.contains(JDK25.toString())) {
      homes.add(JDK25.toString());
    }
    return homes;
  }

  /** The one CPython every module's tests compare with ({@code io.structseq.testing.PythonLookup}). */
  private static String python() {
    return CPython.require();
  }

  private static ProcessRun run(List<String> command, Map<String, String> env, Path stdin) {
    return ProcessRun.of(command, env, stdin);
  }

  static ProcessRun pyos(String javaHome, String... args) {
    return pyos(javaHome, Map.of(), args);
  }

  static ProcessRun pyos(String javaHome, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Map<String, String> withJava = new java.util.HashMap<>(env);
    withJava.put("JAVA_HOME", javaHome);
    return run(command, withJava, file);
  }

  /** CPython's run of the same command line, its traceback cut to the last line as pyos prints it. */
  static ProcessRun python(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(python(), "-c", ORACLE));
    command.addAll(List.of(args));
    return asPyos(run(command, env, file));
  }

  /** A run of {@link #ORACLE} as pyos reports it: a failure's traceback cut to its last line. */
  static ProcessRun asPyos(ProcessRun python) {
    if (python.status() == 0) {
      return python;
    }
    List<String> lines = python.errText().lines().toList();
    return new ProcessRun(python.status(), python.out(),
        ("pyos: " + lines.get(lines.size() - 1) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the JDK is this one of 17 to 21 (no FFM backend), not JDK 25. */
  private static boolean jdk17(String javaHome) {
    return !javaHome.equals(String.valueOf(JDK25));
  }

  /**
   * pyos and CPython agree on stdout, stderr and the exit status; they are retried when they differ,
   * because a file system's free blocks or the clock can move between the two runs. JDK 17 runs the
   * same calls as exactly as JDK 25: the JAR carries jnr-ffi, the runtime's way to the C library there.
   */
  private static void assertSame(String javaHome, Map<String, String> env, String... args) {
    ProcessRun expected = null;
    ProcessRun actual = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      expected = python(env, args);
      actual = pyos(javaHome, env, args);
      if (expected.equals(actual)) {
        return;
      }
    }
    assertEquals(expected.status(), actual.status(), Arrays.toString(args) + ": " + actual.errText());
    assertEquals(expected.text(), actual.text(), Arrays.toString(args));
    assertEquals(expected.errText(), actual.errText(), Arrays.toString(args));
    assertEquals(expected, actual, Arrays.toString(args) + ": the same text, other bytes");
  }

  private static void assertSame(String javaHome, String... args) {
    assertSame(javaHome, Map.of(), args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void statCallsPrintWhatPythonPrints(String javaHome) {
    assertSame(javaHome, "os.stat", "/etc/hosts");
    assertSame(javaHome, "os.stat", link.toString());
    assertSame(javaHome, "os.lstat", link.toString());
    assertSame(javaHome, "os.lstat", "/");
    assertSame(javaHome, "os.stat", dir + "//");
    assertSame(javaHome, "os.stat", "0"); // fstat of standard input: both read the same file
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void timePrintsWhatPythonPrints(String javaHome) {
    for (String seconds : List.of("0", "-1", "1700000000", "-67768040609740800", "4102444800")) {
      assertSame(javaHome, "time.gmtime", seconds);
    }
    assertSame(javaHome, "time.gmtime");
    for (String zone : List.of("UTC", "Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe")) {
      assertSame(javaHome, Map.of("TZ", zone), "time.localtime", "1700000000");
      assertSame(javaHome, Map.of("TZ", zone), "time.localtime", "1690000000");
      assertSame(javaHome, Map.of("TZ", zone), "time.localtime");
    }
  }

  /**
   * A zone from outside that is broken or unusual: TZ naming a truncated or empty file, TZ strings
   * that fail half-way, one without rules (glibc takes them from posixrules), and TZDIR.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void localtimeUnderBrokenZonesPrintsWhatPythonPrints(String javaHome) throws IOException {
    Path zoneinfo = Path.of("/usr/share/zoneinfo");
    byte[] berlin = Files.readAllBytes(zoneinfo.resolve("Europe/Berlin"));
    Path half = Files.write(dir.resolve("half-a-zone"), Arrays.copyOf(berlin, berlin.length / 2));
    Path empty = Files.write(dir.resolve("empty-zone"), new byte[0]);
    Path tzdir = Files.createDirectories(dir.resolve("tzdir/My"));
    Files.copy(zoneinfo.resolve("Asia/Kolkata"), tzdir.resolve("Zone"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (Map<String, String> env : List.of(Map.of("TZ", half.toString()), Map.of("TZ", empty.toString()),
        Map.of("TZ", "EST5EDT,M3"), Map.of("TZ", "<+03"), Map.of("TZ", "AAA5BBB3"),
        Map.of("TZ", "My/Zone", "TZDIR", tzdir.getParent().toString()))) {
      for (String seconds : List.of("0", "1720000000", "1730613599", "4118083200")) {
        assertSame(javaHome, env, "time.localtime", seconds);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void systemCallsPrintWhatPythonPrints(String javaHome) {
    for (String path : List.of("/proc", "/sys", "/dev/shm", "/dev")) {
      assertSame(javaHome, "os.statvfs", path);
    }
    // A disk that others write to while the test runs: its free counts move, its other fields not.
    for (String path : List.of("/", dir.toString(), "0")) { // 0: standard input, a file in dir
      ProcessRun expected = python(Map.of(), "os.statvfs", path);
      ProcessRun actual = pyos(javaHome, "os.statvfs", path);
      assertEquals(0, actual.status(), actual.errText());
      assertEquals(freeCountsMasked(expected.text()), freeCountsMasked(actual.text()));
    }
    assertSame(javaHome, "os.uname");
    assertSame(javaHome, "os.sched_getparam", "0");
    assertSame(javaHome, "sys.float_info");
    assertSame(javaHome, "sys.thread_info");
  }

  private static String freeCountsMasked(String statvfs) {
    return statvfs.replaceAll("(f_bfree|f_bavail|f_ffree|f_favail)=[0-9]+", "$1=N");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void userAndGroupDatabasesPrintWhatPythonPrints(String javaHome) {
    assertSame(javaHome, "pwd.getpwnam", "root");
    assertSame(javaHome, "pwd.getpwuid", "0");
    assertSame(javaHome, "pwd.getpwuid", "65534");
    assertSame(javaHome, "pwd.getpwall");
    assertSame(javaHome, "grp.getgrnam", "root");
    assertSame(javaHome, "grp.getgrgid", "0");
    assertSame(javaHome, "grp.getgrall");
  }

  /** Per-process values: the same fields and number formats, each number replaced by its shape. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void perProcessCallsHavePythonsFieldsAndFormats(String javaHome) {
    List<String[]> calls = List.of(new String[] {"os.times"}, new String[] {"resource.getrusage", "0"},
        new String[] {"resource.getrusage", "-1"}, new String[] {"resource.getrusage", "1"});
    for (String[] args : calls) {
      ProcessRun expected = python(Map.of(), args);
      ProcessRun actual = pyos(javaHome, args);
      assertEquals(0, expected.status(), expected.errText());
      assertEquals(0, actual.status(), actual.errText());
      assertEquals(shape(expected.text()), shape(actual.text()), actual.text());
    }
  }

  /** Integers become {@code I}, floats {@code F} (Python's repr always has a dot or an exponent). */
  private static String shape(String repr) {
    return repr.replaceAll("=-?[0-9]+\\.[0-9]+(e[+-][0-9]+)?", "=F").replaceAll("=-?[0-9]+", "=I");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void versionInfoIsTheRunningJdks(String javaHome) {
    ProcessRun r = pyos(javaHome, "sys.version_info");
    assertEquals(0, r.status(), r.errText());
    String major = jdk17(javaHome) ? String.valueOf(Runtime.version().feature()) : "25";
    assertTrue(r.text().matches("sys\\.version_info\\(major=" + major
        + ", minor=\\d+, micro=\\d+, releaselevel='[^']+', serial=\\d+\\)\n"), r.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void errorsAreCpythonsLastTracebackLine(String javaHome) {
    String missing = dir.resolve("missing").toString();
    String tooLong = "a".repeat(300);
    List<List<String>> calls = List.of(
        List.of("os.stat", missing), List.of("os.stat", file + "/x"), List.of("os.stat", ""),
        List.of("os.stat", tooLong), List.of("os.lstat", file + "/"), List.of("os.lstat", "0"),
        List.of("os.stat"), List.of("os.stat", "a", "b"), List.of("os.stat", "-1"),
        List.of("os.stat", "-5"), List.of("os.stat", "99999999999"),
        List.of("os.statvfs", missing), List.of("os.statvfs", tooLong), List.of("os.statvfs"),
        List.of("os.statvfs", file + "/"), List.of("os.statvfs", "/", "1"),
        List.of("os.uname", "1"), List.of("os.times", "1"),
        List.of("os.get_terminal_size"), List.of("os.get_terminal_size", "0"),
        List.of("os.get_terminal_size", "x"), List.of("os.get_terminal_size", "1", "2"),
        List.of("os.get_terminal_size", "-1"), List.of("os.get_terminal_size", "99999999999"),
        List.of("os.sched_getparam", "-1"), List.of("os.sched_getparam", "99999999"),
        List.of("os.sched_getparam", "2147483648"), List.of("os.sched_getparam", "-2147483649"),
        List.of("os.sched_getparam", "99999999999999999999"), List.of("os.sched_getparam", "x"),
        List.of("os.sched_getparam"),
        List.of("time.gmtime", "x"), List.of("time.gmtime", "1", "2"),
        List.of("time.gmtime", "67768036191676800"), List.of("time.gmtime", "-67768040609740801"),
        List.of("time.localtime", "99999999999999999999"),
        List.of("resource.getrusage", "5"), List.of("resource.getrusage", "x"),
        List.of("resource.getrusage", "99999999999"), List.of("resource.getrusage"),
        List.of("pwd.getpwnam", "no such user"), List.of("pwd.getpwnam", "it's"),
        List.of("pwd.getpwnam", "1"), List.of("pwd.getpwnam"), List.of("pwd.getpwuid", "99999"),
        List.of("pwd.getpwuid", "-2"), List.of("pwd.getpwuid", "4294967295"),
        List.of("pwd.getpwuid", "99999999999999999999"), List.of("pwd.getpwuid", "x"),
        List.of("pwd.getpwall", "1"),
        List.of("grp.getgrnam", "nope"), List.of("grp.getgrnam", "0"), List.of("grp.getgrnam"),
        List.of("grp.getgrnam", "a", "b"), List.of("grp.getgrgid", "99999"),
        List.of("grp.getgrgid", "-2"), List.of("grp.getgrgid", "99999999999"),
        List.of("grp.getgrgid", "99999999999999999999"), List.of("grp.getgrgid", "x"),
        List.of("grp.getgrgid"), List.of("grp.getgrall", "x"),
        List.of("sys.version_info", "1"), List.of("sys.float_info", "x"));
    for (List<String> call : calls) {
      String[] args = call.toArray(String[]::new);
      assertNotEquals(0, python(Map.of(), args).status(), call + " should fail in CPython too");
      assertSame(javaHome, args);
    }
  }

  @Test
  void permissionDenied() throws IOException {
    Permissions.assumeEnforced(dir);
    Path locked = Files.createDirectory(dir.resolve("locked"));
    locked.toFile().setExecutable(false, false);
    try {
      assertSame(javaHomes().get(0), "os.stat", locked.resolve("inside").toString());
    } finally {
      locked.toFile().setExecutable(true, false);
    }
  }

  /** The size of a real terminal: {@code script} gives both a pseudo-terminal of a size set by stty. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void terminalSizeOfAPseudoTerminal(String javaHome) {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to make a terminal");
    String stty = "stty cols 97 rows 13; ";
    ProcessRun expected = run(List.of("/usr/bin/script", "-qec", stty + python() + " -c 'import os; "
        + "print(os.get_terminal_size()); print(os.get_terminal_size(0))'", "/dev/null"), Map.of(), file);
    ProcessRun actual = run(List.of("/usr/bin/script", "-qec", stty + LAUNCHER + " os.get_terminal_size; "
        + LAUNCHER + " os.get_terminal_size 0", "/dev/null"), Map.of("JAVA_HOME", javaHome), file);
    assertEquals(0, expected.status(), expected.errText());
    assertTrue(expected.text().contains("os.terminal_size(columns=97, lines=13)"), expected.text());
    assertEquals(0, actual.status(), actual.text());
    assertEquals(expected.text(), actual.text());
    assertArrayEquals(expected.out(), actual.out(), "the same text, other bytes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void badUsageExitsWithTwo(String javaHome) {
    for (List<String> args : List.<List<String>>of(List.of(), List.of("--help"), List.of("-h"),
        List.of("os.nope"), List.of("stat", "/"), List.of("--bogus"))) {
      ProcessRun r = pyos(javaHome, args.toArray(String[]::new));
      assertEquals(2, r.status(), args + ": " + r.errText());
      assertEquals("", r.text(), args.toString());
      assertTrue(r.errText().contains("usage: pyos FUNCTION [ARG...]\n"), r.errText());
      assertTrue(r.errText().contains("os.stat, os.lstat, os.statvfs"), r.errText());
    }
    assertTrue(pyos(javaHome, "os.nope").errText().startsWith("pyos: unknown function 'os.nope'\n"));
    assertTrue(pyos(javaHome).errText().startsWith("pyos: no FUNCTION given\n"));
  }

  @Test
  void jarRunsPyOsWithNativeAccess() throws IOException {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
      java.util.jar.Attributes main = jar.getManifest().getMainAttributes();
      assertEquals("true", main.getValue("Multi-Release"));
      assertEquals("ALL-UNNAMED", main.getValue("Enable-Native-Access"));
      assertEquals(PyOs.class.getName(), main.getValue("Main-Class"));
    }
  }
}
