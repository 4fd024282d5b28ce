package io.structseq.samples.pystat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pystat} launcher and its AOT cache ({@code launcher.sh}), run from a copy of
 * {@code samples/} that it trains once: the launcher uses a valid cache, trains one in the background
 * when there is none, and falls back silently (nothing on stderr, the same stdout) when the cache is
 * missing, stale, broken or made by another JDK.
 */
class LauncherIT {
  private static final Path SAMPLES = Path.of("").toAbsolutePath();
  private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
  private static final Path JDK17 = Path.of(System.getProperty("java.home"));
  /** No background training, so that a test's spoiled cache stays as the test left it. */
  private static final Map<String, String> NO_TRAINING = Map.of("STRUCTSEQ_AOT", "off");

  @TempDir static Path copy;
  @TempDir static Path trained;
  private static Path aot;
  private static FileTime jarTime;

  /** What a process did. */
  record Run(int status, String out, String err) {}

  @BeforeAll
  static void copyAndTrain() throws IOException, InterruptedException {
    Files.createDirectories(copy.resolve("target"));
    for (String name : List.of("pystat", "launcher.sh", "target/pystat.jar")) {
      Files.copy(SAMPLES.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }
    aot = copy.resolve("target/aot/pystat.aot");
    jarTime = Files.getLastModifiedTime(copy.resolve("target/pystat.jar"));
    if (Files.isExecutable(JDK25.resolve("bin/java"))) {
      // The cache names the JAR by its path, so it is trained where it is used.
      ProcessBuilder train = new ProcessBuilder("bash", copy.resolve("launcher.sh").toString(),
          "train", "pystat").inheritIO();
      train.environment().put("JAVA_HOME", JDK25.toString());
      assertEquals(0, train.start().waitFor());
      assertTrue(Files.isRegularFile(aot), "the training wrote no cache");
      copyTree(copy.resolve("target/aot"), trained);
    }
  }

  /** Every test starts from the freshly trained cache. */
  @BeforeEach
  void restoreCache() throws IOException {
    Files.setLastModifiedTime(copy.resolve("target/pystat.jar"), jarTime);
    Path dir = copy.resolve("target/aot");
    if (Files.isDirectory(dir)) {
      deleteTree(dir);
    }
    Files.createDirectories(dir);
    copyTree(trained, dir);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    }
  }

  private Run pystat(Path javaHome, Map<String, String> env) {
    // Not the JAR: reading it moves its access time between two runs.
    return run(List.of(copy.resolve("pystat").toString(), "/etc/hosts", "/"), javaHome, env);
  }

  private Run run(List<String> command, Path javaHome, Map<String, String> env) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile());
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().remove("JDK_JAVA_OPTIONS");
      builder.environment().put("JAVA_HOME", javaHome.toString());
      builder.environment().putAll(env);
      Path errFile = Files.createTempFile(copy, "stderr", ".txt");
      builder.redirectError(errFile.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out");
      return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
          Files.readString(errFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs the launcher and checks it printed what {@code java -jar} prints, and nothing on stderr. */
  private void assertSilentAndRight(Path javaHome, Map<String, String> env) {
    Run expected = run(List.of(javaHome.resolve("bin/java").toString(), "-jar",
        copy.resolve("target/pystat.jar").toString(), "/etc/hosts", "/"), javaHome, Map.of());
    Run actual = pystat(javaHome, env);
    assertEquals(0, actual.status(), actual.err());
    assertEquals("", actual.err());
    assertEquals(expected.out(), actual.out());
  }

  private void assumeCacheBuilt() {
    assumeTrue(Files.isRegularFile(aot),
        "no JDK 25 at " + JDK25 + ": the launcher's AOT cache is not tested");
  }

  @Test
  void findsItsJarThroughASymbolicLinkAndARelativePath() throws IOException {
    // The launcher finds its folder without readlink/dirname processes where it can: check the paths
    // that still need them, a link from another folder and a name relative to the working directory.
    Path bin = Files.createTempDirectory(copy, "bin");
    Path link = Files.createSymbolicLink(bin.resolve("pystat"), copy.resolve("pystat"));
    Run expected = run(List.of(JDK17.resolve("bin/java").toString(), "-jar",
        copy.resolve("target/pystat.jar").toString(), "/etc/hosts", "/"), JDK17, Map.of());
    for (List<String> command : List.of(
        List.of(link.toString(), "/etc/hosts", "/"),
        List.of("bash", copy.relativize(copy.resolve("pystat")).toString(), "/etc/hosts", "/"))) {
      Run actual = run(command, JDK17, NO_TRAINING);
      assertEquals(0, actual.status(), command + ": " + actual.err());
      assertEquals("", actual.err());
      assertEquals(expected.out(), actual.out(), String.join(" ", command));
    }
  }

  @Test
  void usesAValidCache() throws IOException {
    assumeCacheBuilt();
    assertSilentAndRight(JDK25, NO_TRAINING);
    // The JVM says where each class came from: with the cache, the tool's main class is in it.
    Path log = copy.resolve("classes.log");
    Run run = pystat(JDK25, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log,
        "STRUCTSEQ_AOT", "off"));
    assertEquals(0, run.status(), run.err());
    assertTrue(loadedFromCache(log), "PyStat was not loaded from the AOT cache");
  }

  private static boolean loadedFromCache(Path log) throws IOException {
    return Files.readAllLines(log).stream().anyMatch(line ->
        line.contains(PyStat.class.getName() + " source: shared objects file"));
  }

  @Test
  void runsWithoutACacheAndTrainsOneInTheBackground() throws IOException, InterruptedException {
    deleteTree(copy.resolve("target/aot"));
    assertSilentAndRight(JDK25, Map.of());
    if (!Files.isExecutable(JDK25.resolve("bin/java"))) {
      return;
    }
    Path stamp = copy.resolve("target/aot/pystat.jdk");
    Path lock = copy.resolve("target/aot/pystat.lock");
    for (int i = 0; i < 600 && !(Files.isRegularFile(stamp) && !Files.exists(lock)); i++) {
      Thread.sleep(100);
    }
    assertTrue(Files.isRegularFile(stamp), "no cache trained in the background within a minute");
    Path log = copy.resolve("classes-after-training.log");
    Run run = pystat(JDK25, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log));
    assertEquals(0, run.status(), run.err());
    assertTrue(loadedFromCache(log), "the cache trained in the background is not used");
  }

  @Test
  void ignoresACacheOlderThanTheJar() throws IOException {
    assumeCacheBuilt();
    Path jar = copy.resolve("target/pystat.jar");
    Files.setLastModifiedTime(jar,
        FileTime.fromMillis(Files.getLastModifiedTime(aot).toMillis() + 60_000));
    assertSilentAndRight(JDK25, NO_TRAINING);
  }

  @Test
  void ignoresABrokenCacheSilently() throws IOException {
    assumeCacheBuilt();
    Files.writeString(aot, "not an AOT cache");
    assertSilentAndRight(JDK25, NO_TRAINING);
  }

  @Test
  void ignoresTheFlattenedJarChangingUnderTheCache() throws IOException {
    assumeCacheBuilt();
    // Newer than the JAR, older than the cache: only the JVM's own check can see the change.
    Path flat = copy.resolve("target/aot/pystat.jar");
    Files.write(flat, Files.readAllBytes(flat));
    Files.setLastModifiedTime(flat,
        FileTime.fromMillis(Files.getLastModifiedTime(aot).toMillis() - 1_000));
    assertSilentAndRight(JDK25, NO_TRAINING);
  }

  @Test
  void ignoresACacheOfAnotherJdk() throws IOException {
    assumeCacheBuilt();
    Files.writeString(copy.resolve("target/aot/pystat.jdk"),
        JDK25.resolve("bin/java") + " JAVA_RUNTIME_VERSION=\"25.0.0+1\"\n");
    assertSilentAndRight(JDK25, NO_TRAINING);
    // And a JDK that has no AOT cache at all, which would reject the option.
    assertSilentAndRight(JDK17, NO_TRAINING);
  }
}
