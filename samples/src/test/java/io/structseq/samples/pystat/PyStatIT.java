package io.structseq.samples.pystat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.runtime.StatResultRecord;
import io.structseq.testing.CPython;
import io.structseq.testing.Jdk25Lookup;
import io.structseq.testing.Permissions;
import io.structseq.testing.ProcessRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged {@code target/pystat.jar}, run with {@code java -jar} in a subprocess (on this JDK and,
 * where installed, on JDK 25 with the FFM backend), against CPython ({@link CPython}) on the same paths: stdout
 * byte for byte, {@code --field}, {@code --json}, errors and exit codes, and the launcher script.
 */
class PyStatIT {
  private static final Path JAR =
      Path.of(System.getProperty("pystat.jar", "target/pystat.jar")).toAbsolutePath();
  /** The java of the build's JDK 25 (Jdk25Lookup), or a path that is no executable. */
  private static final Path JDK25 = Jdk25Lookup.home() == null ? Path.of("/nonexistent/jdk25/bin/java")
      : Jdk25Lookup.home().resolve("bin/java");
  private static final String LSTAT_SCRIPT =
      "import os,sys; [print(os.lstat(p)) for p in sys.argv[1:]]";
  private static final String STAT_SCRIPT =
      "import os,sys; [print(os.stat(p)) for p in sys.argv[1:]]";

  @TempDir static Path dir;
  private static Path file;
  private static Path link;

  @BeforeAll
  static void files() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run the package phase first");
    file = Files.writeString(dir.resolve("a file with spaces é"), "hello\n");
    link = Files.createSymbolicLink(dir.resolve("link"), file);
  }

  static List<String> javas() {
    List<String> javas = new ArrayList<>();
    javas.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Files.isExecutable(JDK25)) {
      javas.add(JDK25.toString());
    }
    return javas;
  }

  static ProcessRun run(List<String> command) {
    return ProcessRun.of(command, Map.of(), null);
  }

  static ProcessRun pystat(String java, String... args) {
    List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  static ProcessRun python(String script, String... args) {
    List<String> command = new ArrayList<>(List.of(CPython.require(), "-c", script));
    command.addAll(List.of(args));
    return run(command);
  }

  /**
   * Runs both and compares stdout; retries twice when they differ, because a shared directory such
   * as /tmp can change between the two runs.
   */
  private static void assertSameOutput(String java, String script, String... args) {
    List<String> pystatArgs = new ArrayList<>();
    if (script.equals(STAT_SCRIPT)) {
      pystatArgs.add("-L");
    }
    pystatArgs.addAll(List.of(args));
    ProcessRun expected = null;
    ProcessRun actual = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      expected = python(script, args);
      actual = pystat(java, pystatArgs.toArray(String[]::new));
      if (Arrays.equals(expected.out(), actual.out())) {
        break;
      }
    }
    assertEquals(0, expected.status(), expected.errText());
    assertEquals(0, actual.status(), actual.errText());
    ProcessRun.assertSameOut(expected, actual, Arrays.toString(args));
    assertEquals("", actual.errText());
  }

  private String[] realPaths() {
    return new String[] {"/etc/hosts", "/tmp", "/", "/dev/null", file.toString(), link.toString(),
        dir.toString(), "/etc", "/usr/bin"};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void lstatOutputEqualsPythonByteForByte(String java) {
    assertSameOutput(java, LSTAT_SCRIPT, "/etc/hosts", "/tmp", "/", "/dev/null");
    assertSameOutput(java, LSTAT_SCRIPT, realPaths());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void statOutputEqualsPythonByteForByte(String java) {
    assertSameOutput(java, STAT_SCRIPT, realPaths());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void fieldPrintsPythonReprOfOneField(String java) {
    String backend = backend(java);
    for (String field : List.of("st_mode", "st_size", "st_ino", "st_nlink", "st_mtime",
        "st_mtime_ns", "st_rdev", "st_blocks", "st_blksize")) {
      ProcessRun expected = python(
          "import os,sys; [print(repr(getattr(os.lstat(p), sys.argv[1]))) for p in sys.argv[2:]]",
          field, "/etc/hosts", "/dev/null", file.toString(), link.toString());
      ProcessRun actual = pystat(java, "--field", field, "/etc/hosts", "/dev/null", file.toString(),
          link.toString());
      assertEquals(0, actual.status(), actual.errText());
      if (backend.equals("nio") && (field.equals("st_blocks") || field.equals("st_blksize"))) {
        assertEquals("None\nNone\nNone\nNone\n", actual.text(), "nio cannot read " + field);
      } else {
        ProcessRun.assertSameOut(expected, actual, field + " on " + backend);
      }
    }
    ProcessRun.assertSameOut(pystat(java, "--field", "st_size", "/etc/hosts"),
        pystat(java, "--field=st_size", "/etc/hosts"), "--field=NAME");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void jsonHasEveryNamedFieldWithPythonsValues(String java) {
    ProcessRun actual = pystat(java, "--json", "/etc/hosts", file.toString());
    assertEquals(0, actual.status(), actual.errText());
    List<String> lines = actual.text().lines().collect(Collectors.toList());
    assertEquals(2, lines.size(), actual.text());
    ProcessRun expected = python("import os,sys,json; [print(json.dumps({k: getattr(os.lstat(p), k) for k in"
        + " ('st_mode', 'st_ino', 'st_size', 'st_mtime_ns', 'st_rdev')})) for p in sys.argv[1:]]",
        "/etc/hosts", file.toString());
    List<String> pythonLines = expected.text().lines().collect(Collectors.toList());
    List<String> names = StatResultRecord.TYPE.fields().stream()
        .filter(f -> !f.isUnnamed())
        .map(f -> f.name())
        .collect(Collectors.toList());
    for (int i = 0; i < 2; i++) {
      Map<String, String> ours = parseFlatJson(lines.get(i));
      Map<String, String> theirs = parseFlatJson(pythonLines.get(i));
      assertEquals(names, List.copyOf(ours.keySet()), lines.get(i));
      theirs.forEach((key, value) -> assertEquals(value, ours.get(key), key));
      assertTrue(ours.get("st_mtime").matches("\\d+(\\.\\d+)?"), ours.get("st_mtime"));
    }
  }

  /** A one-level JSON object of numbers, null and strings without escapes, in key order. */
  private static Map<String, String> parseFlatJson(String json) {
    assertTrue(json.startsWith("{") && json.endsWith("}"), json);
    Map<String, String> map = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\"(\\w+)\": (null|-?[0-9.e+-]+|\"[^\"]*\")(, |}$)").matcher(json);
    int end = 1;
    while (m.find()) {
      assertEquals(end, m.start(), "unparsed JSON at " + end + ": " + json);
      map.put(m.group(1), m.group(2));
      end = m.end();
    }
    assertEquals(json.length(), end, json);
    return map;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void badPathsAreReportedAndTheOthersStillPrinted(String java) throws IOException {
    Path loop = dir.resolve("loop");
    if (!Files.exists(loop, LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(loop, dir.resolve("loop"));
    }
    String missing = dir.resolve("missing").toString();
    String underFile = file + "/x";
    ProcessRun actual = pystat(java, "-L", missing, "/etc/hosts", underFile, loop.toString(), "");
    ProcessRun expected = python(STAT_SCRIPT, "/etc/hosts");
    assertEquals(1, actual.status());
    ProcessRun.assertSameOut(expected, actual, "the paths that can be read");
    assertEquals("pystat: cannot stat '" + missing + "': " + strerror("ENOENT") + "\n"
        + "pystat: cannot stat '" + underFile + "': " + strerror("ENOTDIR") + "\n"
        + "pystat: cannot stat '" + loop + "': " + strerror("ELOOP") + "\n"
        + "pystat: cannot stat '': " + strerror("ENOENT") + "\n", actual.errText());
    // lstat reads the loop link itself; a trailing slash demands a directory, as in C.
    ProcessRun lstat = pystat(java, loop.toString(), file + "/");
    assertEquals(1, lstat.status());
    ProcessRun.assertSameOut(python(LSTAT_SCRIPT, loop.toString()), lstat, "lstat of a loop");
    assertEquals("pystat: cannot stat '" + file + "/': " + strerror("ENOTDIR") + "\n", lstat.errText());
  }

  /** CPython's {@code os.strerror} of an errno by its name, such as {@code "ENOENT"}. */
  static String strerror(String errno) {
    return CPython.run("import errno, os, sys; print(os.strerror(getattr(errno, sys.argv[1])))", errno)
        .strip();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void permissionDenied(String java) throws IOException {
    Permissions.assumeEnforced(dir);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Path inside = locked.resolve("inside");
    if (!Files.exists(inside)) {
      Files.writeString(inside, "x");
    }
    locked.toFile().setExecutable(false, false);
    try {
      ProcessRun expected = python("import os,sys\n"
          + "try:\n    os.lstat(sys.argv[1])\n"
          + "except PermissionError as e:\n    print(e.strerror)\n", inside.toString());
      assertEquals(strerror("EACCES") + "\n", expected.text(), "CPython's EACCES: " + expected.errText());
      ProcessRun actual = pystat(java, inside.toString());
      assertEquals(1, actual.status());
      assertEquals("", actual.text());
      assertEquals("pystat: cannot stat '" + inside + "': " + expected.text(), actual.errText());
    } finally {
      locked.toFile().setExecutable(true, false);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void usageErrorsExitWithTwo(String java) {
    for (List<String> args : List.<List<String>>of(List.of(), List.of("--bogus", "/"), List.of("--field"),
        List.of("--field", "st_foo", "/"), List.of("--json", "--field", "st_mode", "/"),
        List.of("--version-info", "/"), List.of("-L"))) {
      ProcessRun r = pystat(java, args.toArray(String[]::new));
      assertEquals(2, r.status(), args + ": " + r.errText());
      assertEquals("", r.text(), args.toString());
      assertTrue(r.errText().startsWith("pystat: "), r.errText());
      assertTrue(r.errText().contains("usage: pystat [-L]"), r.errText());
    }
    assertTrue(pystat(java, "--field", "st_foo", "/").errText().contains("st_mode, st_ino"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void helpAndVersionInfo(String java) {
    ProcessRun help = pystat(java, "--help");
    assertEquals(0, help.status());
    assertTrue(help.text().startsWith("usage: pystat [-L]"), help.text());
    assertTrue(help.text().contains("--json"), help.text());
    ProcessRun version = pystat(java, "--version-info");
    assertEquals(0, version.status(), version.errText());
    assertTrue(version.text().matches(
        "sys\\.version_info\\(major=\\d+, minor=\\d+, micro=\\d+, releaselevel='[^']+', serial=\\d+\\)\n"),
        version.text());
    if (java.equals(JDK25.toString())) {
      assertTrue(version.text().startsWith("sys.version_info(major=25, "), version.text());
      assertEquals("ffm", backend(java), "JDK 25 with Enable-Native-Access from the manifest");
    } else {
      if (Runtime.version().feature() < 22) {
        assertEquals("jnr", backend(java), "JDK " + Runtime.version().feature() + " with the JAR's jnr-ffi");
      }
      // The contract's mapping, written out here rather than taken from Sys and PyRepr.
      Runtime.Version v = Runtime.version();
      assertEquals(String.format("sys.version_info(major=%d, minor=%d, micro=%d, releaselevel='%s', serial=%d)%n",
          v.feature(), v.interim(), v.update(), v.pre().orElse("final"), v.patch()), version.text());
    }
  }

  private static String backend(String java) {
    String help = pystat(java, "--help").text();
    return help.substring(help.lastIndexOf(": ") + 2).trim();
  }

  @Test
  void launcherScriptRunsTheJar() {
    Path script = JAR.getParent().getParent().resolve("pystat");
    assertTrue(Files.isExecutable(script), script + " is not executable");
    ProcessRun expected = python(LSTAT_SCRIPT, "/etc/hosts", "/dev/null");
    ProcessRun actual = run(List.of(script.toString(), "/etc/hosts", "/dev/null"));
    assertEquals(0, actual.status(), actual.errText());
    ProcessRun.assertSameOut(expected, actual, "through a link to the launcher");
  }

  @Test
  void jarIsMultiReleaseWithNativeAccess() throws IOException {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
      java.util.jar.Attributes main = jar.getManifest().getMainAttributes();
      assertEquals("true", main.getValue("Multi-Release"));
      assertEquals("ALL-UNNAMED", main.getValue("Enable-Native-Access"));
      assertEquals(PyStat.class.getName(), main.getValue("Main-Class"));
      if (Files.isExecutable(JDK25)) {
        try (Stream<java.util.jar.JarEntry> entries = jar.stream()) {
          assertTrue(entries.anyMatch(e -> e.getName().startsWith("META-INF/versions/22/")),
              "the FFM classes of the runtime survived shading");
        }
      }
    }
  }
}
