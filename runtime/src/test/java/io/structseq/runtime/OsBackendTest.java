package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which backend {@link Os} uses, and that the two agree. The build runs this class twice when the JDK
 * 25 exists: on JDK 17 from {@code target/classes} (nio) and on JDK 25 from the multi-release JAR
 * (ffm); a silent fallback to nio in the JAR fails the build.
 */
class OsBackendTest {
  @TempDir Path dir;

  @Test
  void reportsItsBackend() {
    System.out.println("[OsBackendTest] JDK " + Runtime.version() + ", Os loaded from " + codeSource()
        + ", backend " + Os.backend() + "; " + System.getProperty("structseq.ffm.leg", "(not run by Maven)"));
    assertTrue(List.of("ffm", "jnr", "nio").contains(Os.backend()), Os.backend());
  }

  @Test
  void jdkBefore22UsesJnrWhenPresentElseNio() {
    assumeTrue(Runtime.version().feature() < 22, "JDK " + Runtime.version().feature());
    boolean jffi;
    try {
      Class.forName("com.kenai.jffi.Library", false, OsBackendTest.class.getClassLoader());
      jffi = true;
    } catch (ClassNotFoundException e) {
      jffi = false;
    }
    assertEquals(jffi ? "jnr" : "nio", Os.backend(), Backends.whyNotJnr());
    assertEquals(jffi ? null : "jnr-ffi is not on the class path", Backends.whyNotJnr());
  }

  @Test
  void buildExpectsThisBackend() {
    String expected = System.getProperty("structseq.expected.backend");
    assumeTrue(expected != null, "no backend expected by the build in this run");
    assertEquals(expected, Os.backend(), "backend of " + codeSource() + " on JDK " + Runtime.version());
  }

  @Test
  void ffmBackendFromTheMultiReleaseJar() {
    boolean jar = codeSource().endsWith(".jar");
    boolean nativeAccess = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(arg -> arg.startsWith("--enable-native-access="));
    // A fixed reason, which ci/allowed-skips.txt names; what this run is goes to the test's output.
    System.out.println("[OsBackendTest] JDK " + Runtime.version().feature() + ", classes from "
        + codeSource() + ": " + System.getProperty("structseq.ffm.leg", "run outside Maven"));
    assumeTrue(Runtime.version().feature() >= 22 && jar && nativeAccess,
        "FFM backend not tested in this run: it needs JDK 22+, native access and the packaged JAR"
            + " (the ffm-jar test run)");
    assertEquals("ffm", Os.backend(),
        "JDK 22+ with native access, running the multi-release JAR, must use the FFM backend");
  }

  @Test
  void ffmAgreesWithNioOnEveryFieldNioReads() throws IOException {
    assumeTrue(!Os.backend().equals("nio"), "FFM/nio agreement SKIPPED: backend is " + Os.backend());
    Path file = Files.writeString(dir.resolve("f"), "contents");
    Path link = Files.createSymbolicLink(dir.resolve("l"), file);
    OsBackend nio = new OsNioBackend();
    for (Path path : List.of(file, link, dir, Path.of("/dev/null"), Path.of("/"))) {
      for (boolean follow : new boolean[] {true, false}) {
        StatResult ffm = follow ? Os.stat(path) : Os.lstat(path);
        StatResult fallback = nio.stat(path, follow);
        for (var field : fallback.asMap().entrySet()) {
          if (field.getValue() != null) {
            assertEquals(field.getValue(), ffm.get(field.getKey()), path + " " + field.getKey());
          }
        }
        assertEquals(fallback, ffm, path + ": visible values");
        assertNotNull(ffm.st_blksize());
        assertNotNull(ffm.st_blocks());
      }
    }
  }

  private static String codeSource() {
    return String.valueOf(Os.class.getProtectionDomain().getCodeSource().getLocation());
  }
}
