package io.structseq.samples.pystat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.runtime.StatResultRecord;
import io.structseq.testing.CPython;
import io.structseq.testing.Jdk25Lookup;
import io.structseq.testing.Permissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  /** What a process did. */
  record Run(int status, String out, String err) {}

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

  static Run run(List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      Path errFile = Files.createTempFile("pystat-stderr", ".txt"); // not in dir: other ITs use run too
      builder.redirectError(errFile.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
      String err = Files.readString(errFile);
      Files.delete(errFile);
      return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Run pystat(String java, String... args) {
    List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  static Run python(String script, String... args) {
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
    Run expected = null;
    Run actual = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      expected = python(script, args);
      actual = pystat(java, pystatArgs.toArray(String[]::new));
      if (expected.out().equals(actual.out())) {
        break;
      }
    }
    assertEquals(0, expected.status(), expected.err());
    assertEquals(0, actual.status(), actual.err());
    assertEquals(expected.out(), actual.out());
    assertEquals("", actual.err());
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
      Run expected = python(
          "import os,sys; [print(repr(getattr(os.lstat(p), sys.argv[1]))) for p in sys.argv[2:]]",
          field, "/etc/hosts", "/dev/null", file.toString(), link.toString());
      Run actual = pystat(java, "--field", field, "/etc/hosts", "/dev/null", file.toString(),
          link.toString());
      assertEquals(0, actual.status(), actual.err());
      if (backend.equals("nio") && (field.equals("st_blocks") || field.equals("st_blksize"))) {
        assertEquals("None\nNone\nNone\nNone\n", actual.out(), "nio cannot read " + field);
      } else {
        assertEquals(expected.out(), actual.out(), field + " on " + backend);
      }
    }
    assertEquals(pystat(java, "--field", "st_size", "/etc/hosts").out(),
        pystat(java, "--field=st_size", "/etc/hosts").out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void jsonHasEveryNamedFieldWithPythonsValues(String java) {
    Run actual = pystat(java, "--json", "/etc/hosts", file.toString());
    assertEquals(0, actual.status(), actual.err());
    List<String> lines = actual.out().lines().collect(Collectors.toList());
    assertEquals(2, lines.size(), actual.out());
    Run expected = python("import os,sys,json; [print(json.dumps({k: getattr(os.lstat(p), k) for k in"
        + " ('st_mode', 'st_ino', 'st_size', 'st_mtime_ns', 'st_rdev')})) for p in sys.argv[1:]]",
        "/etc/hosts", file.toString());
    List<String> pythonLines = expected.out().lines().collect(Collectors.toList());
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
    Run actual = pystat(java, "-L", missing, "/etc/hosts", underFile, loop.toString(), "");
    Run expected = python(STAT_SCRIPT, "/etc/hosts");
    assertEquals(1, actual.status());
    assertEquals(expected.out(), actual.out());
    assertEquals("pystat: cannot stat '" + missing + "': No such file or directory\n"
        + "pystat: cannot stat '" + underFile + "': Not a directory\n"
        + "pystat: cannot stat '" + loop + "': Too many levels of symbolic links\n"
        + "pystat: cannot stat '': No such file or directory\n", actual.err());
    // lstat reads the loop link itself; a trailing slash demands a directory, as in C.
    Run lstat = pystat(java, loop.toString(), file + "/");
    assertEquals(1, lstat.status());
    assertEquals(python(LSTAT_SCRIPT, loop.toString()).out(), lstat.out());
    assertEquals("pystat: cannot stat '" + file + "/': Not a directory\n", lstat.err());
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
      Run expected = python("import os,sys\n"
          + "try:\n    os.lstat(sys.argv[1])\n"
          + "except PermissionError as e:\n    print(e.strerror)\n", inside.toString());
      assertEquals("Permission denied\n", expected.out(), "CPython's EACCES: " + expected.err());
      Run actual = pystat(java, inside.toString());
      assertEquals(1, actual.status());
      assertEquals("", actual.out());
      assertEquals("pystat: cannot stat '" + inside + "': " + expected.out(), actual.err());
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
      Run r = pystat(java, args.toArray(String[]::new));
      assertEquals(2, r.status(), args + ": " + r.err());
      assertEquals("", r.out(), args.toString());
      assertTrue(r.err().startsWith("pystat: "), r.err());
      assertTrue(r.err().contains("usage: pystat [-L]"), r.err());
    }
    assertTrue(pystat(java, "--field", "st_foo", "/").err().contains("st_mode, st_ino"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javas")
  void helpAndVersionInfo(String java) {
    Run help = pystat(java, "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("usage: pystat [-L]"), help.out());
    assertTrue(help.out().contains("--json"), help.out());
    Run version = pystat(java, "--version-info");
    assertEquals(0, version.status(), version.err());
    assertTrue(version.out().matches(
        "sys\\.version_info\\(major=\\d+, minor=\\d+, micro=\\d+, releaselevel='[^']+', serial=\\d+\\)\n"),
        version.out());
    if (java.equals(JDK25.toString())) {
      assertTrue(version.out().startsWith("sys.version_info(major=25, "), version.out());
      assertEquals("ffm", backend(java), "JDK 25 with Enable-Native-Access from the manifest");
    } else {
      // The contract's mapping, written out here rather than taken from Sys and PyRepr.
      Runtime.Version v = Runtime.version();
      assertEquals(String.format("sys.version_info(major=%d, minor=%d, micro=%d, releaselevel='%s', serial=%d)%n",
          v.feature(), v.interim(), v.update(), v.pre().orElse("final"), v.patch()), version.out());
    }
  }

  private static String backend(String java) {
    String help = pystat(java, "--help").out();
    return help.substring(help.lastIndexOf(": ") + 2).trim();
  }

  @Test
  void launcherScriptRunsTheJar() {
    Path script = JAR.getParent().getParent().resolve("pystat");
    assertTrue(Files.isExecutable(script), script + " is not executable");
    Run expected = python(LSTAT_SCRIPT, "/etc/hosts", "/dev/null");
    Run actual = run(List.of(script.toString(), "/etc/hosts", "/dev/null"));
    assertEquals(0, actual.status(), actual.err());
    assertEquals(expected.out(), actual.out());
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
