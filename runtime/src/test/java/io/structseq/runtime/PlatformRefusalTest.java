package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform whose layouts no test proves is refused, never read with a guessed layout: a child JVM
 * that reports {@code os.arch=riscv64} (before any native call, since the JDK's own linker follows
 * that property) falls back, and the calls that need the C library say which platform they met. The
 * same holds when native access is denied although the backend is forced.
 */
class PlatformRefusalTest {
  @TempDir Path dir;

  @Test
  void anUnprovenArchitectureIsRefusedByName() throws Exception {
    boolean jnr = "jnr".equals(System.getProperty("structseq.expected.backend"));
    Map<String, String> probe = probe(jnr, "--enable-native-access=ALL-UNNAMED", "-Dos.arch=riscv64");
    assertEquals("proc", probe.get("backend"));
    assertEquals("java.lang.UnsupportedOperationException: os.statvfs calls the C library's statvfs(3) and "
        + "needs JDK 22+ with native access, or jnr-ffi on the class path of JDK 17-21: "
        + (jnr ? "this is JDK " + Runtime.version().feature() + ", and " : "")
        + "no test proves the C structure layouts of Linux riscv64 "
        + "(supported: [Linux x86_64 glibc, Linux aarch64 glibc, Linux x86_64 musl])", probe.get("statvfs"));
  }

  @Test
  void deniedNativeAccessIsRefusedWithTheJdksWords() throws Exception {
    Map<String, String> probe = probe(false, "-Dio.structseq.runtime.backend=ffm", "--illegal-native-access=deny");
    assertEquals("proc", probe.get("backend"));
    assertEquals(true, probe.get("statvfs").startsWith("java.lang.UnsupportedOperationException: os.statvfs "
        + "calls the C library's statvfs(3) and needs JDK 22+ with native access, or jnr-ffi on the class "
        + "path of JDK 17-21: Illegal native access"),
        probe.get("statvfs"));
  }

  /**
   * Runs {@link TerminalProbe} in a JVM like this one with the options; its results by call. It runs
   * where the build expects the FFM backend, or also the jnr one when {@code jnrToo}.
   */
  private Map<String, String> probe(boolean jnrToo, String... options) throws Exception {
    String expected = System.getProperty("structseq.expected.backend");
    assumeTrue("ffm".equals(expected) || (jnrToo && "jnr".equals(expected)),
        "platform refusal SKIPPED: it runs in the ffm-jar leg, where the JAR's JDK 22 classes are in use");
    Path out = dir.resolve("probe.out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), TerminalProbe.class.getName(),
        out.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(command + " failed:\n" + output);
    }
    return TerminalProbe.results(out);
  }
}
