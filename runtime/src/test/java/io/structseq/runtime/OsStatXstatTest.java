package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path of glibc before 2.33 (RHEL 8, Amazon Linux 2), which has no {@code stat} symbol, only
 * {@code __xstat(_STAT_VER, ...)}: a JVM started with {@code -Dstructseq.stat.symbol=xstat} calls
 * {@code __xstat} and {@code __lxstat} (glibc 2.36 still exports them), and every result equals
 * CPython's {@code os.stat} / {@code os.lstat} on the same files, and the errors are the same. It runs in
 * the FFM leg, where the JAR's JDK 22 classes are in use, and on JDK 17 with jnr-ffi (the jnr backend).
 */
class OsStatXstatTest {
  @TempDir Path dir;

  @Test
  void xstatAnswersAsCPython() throws Exception {
    String backend = System.getProperty("structseq.expected.backend");
    assumeTrue("ffm".equals(backend) || "jnr".equals(backend),
        "__xstat path SKIPPED: it runs in the ffm-jar leg, where the JAR's JDK 22 classes are in use");
    assertEquals(backend, Os.backend());
    // The files in a folder of their own: the probe's output must not change the folder's times.
    Path files = Files.createDirectory(dir.resolve("files"));
    Path file = Files.writeString(files.resolve("file"), "twelve bytes");
    Path link = Files.createSymbolicLink(files.resolve("link"), file);
    Path dangling = Files.createSymbolicLink(files.resolve("dangling"), files.resolve("nowhere"));
    List<Path> paths = List.of(file, link, dangling, files, Path.of("/dev/null"), files.resolve("missing"),
        file.resolve("not-a-dir"));

    List<String> lines = probe(paths, "-Dstructseq.stat.symbol=xstat");
    assertEquals("backend " + backend, lines.get(0));
    assertEquals("symbol __xstat", lines.get(1));
    List<String> expected = new ArrayList<>();
    for (Path path : paths) {
      for (boolean follow : new boolean[] {true, false}) {
        PythonStat.Result python = PythonStat.stat(path, follow, OsStatTest.FIELD_NAMES);
        String outcome = python.failed() ? exception(python.error()) : python.repr();
        expected.add((follow ? "stat " : "lstat ") + outcome);
      }
    }
    assertEquals(expected, lines.subList(2, lines.size()));
    // Without the property the same JVM calls stat itself.
    assertEquals("symbol stat", probe(List.of(), "-Dstructseq.stat.symbol=stat").get(1));
  }

  /** The exception the runtime throws where CPython raised this error. */
  private static String exception(String pythonError) {
    return switch (pythonError) {
      case "FileNotFoundError ENOENT" -> "java.nio.file.NoSuchFileException";
      case "NotADirectoryError ENOTDIR" -> "java.nio.file.NotDirectoryException";
      default -> throw new AssertionError("no case for " + pythonError);
    };
  }

  private List<String> probe(List<Path> paths, String property) throws IOException, InterruptedException {
    Path out = dir.resolve("probe.out");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", property,
        "-cp", System.getProperty("java.class.path"), StatProbe.class.getName(), out.toString()));
    paths.forEach(p -> command.add(p.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(command + " failed:\n" + output);
    }
    return Files.readAllLines(out);
  }
}
