package io.structseq.samples.pystat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.testing.Jdk25Lookup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code pystat} launcher and its start-up caches ({@code launcher.sh}): the build made them for
 * this JDK and the build's JDK 25; from a copy of {@code samples/} trained the same way, the launcher
 * uses a valid cache (an AOT cache on JDK 25, a CDS archive on an older JDK), and falls back silently
 * (nothing on stderr, the same stdout) when the cache is missing, stale, broken or made by another JDK.
 * It never trains one itself.
 */
class LauncherIT {
  private static final Path SAMPLES = Path.of("").toAbsolutePath();
  /** The build's JDK 25, or null. */
  private static final Path JDK25 = Jdk25Lookup.home();
  private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

  @TempDir static Path copy;
  @TempDir static Path trained;
  private static FileTime jarTime;

  /** What a process did. */
  record Run(int status, String out, String err) {}

  /** The JDKs the launcher is tested with: this one and the JDK 25 where it exists. */
  static List<Path> jdks() {
    List<Path> jdks = new ArrayList<>(List.of(THIS_JDK));
    if (JDK25 != null && !JDK25.equals(THIS_JDK)) {
      jdks.add(JDK25);
    }
    return jdks;
  }

  @BeforeAll
  static void copyAndTrain() throws IOException, InterruptedException {
    Files.createDirectories(copy.resolve("target"));
    for (String name : List.of("pystat", "launcher.sh", "target/pystat.jar")) {
      Files.copy(SAMPLES.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }
    jarTime = Files.getLastModifiedTime(copy.resolve("target/pystat.jar"));
    // A cache names the JAR by its path, so it is trained where it is used, as the build does it.
    ProcessBuilder train = new ProcessBuilder("bash", copy.resolve("launcher.sh").toString(), "train",
        String.valueOf(JDK25), THIS_JDK.toString(), "pystat").inheritIO();
    train.environment().put("JAVA_HOME", THIS_JDK.toString());
    assertEquals(0, train.start().waitFor());
    copyTree(copy.resolve("target/cache"), trained);
  }

  /** Every test starts from the JAR and the freshly trained caches. */
  @BeforeEach
  void restoreCache() throws IOException {
    Files.copy(SAMPLES.resolve("target/pystat.jar"), copy.resolve("target/pystat.jar"),
        StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    assertEquals(jarTime, Files.getLastModifiedTime(copy.resolve("target/pystat.jar")));
    Path dir = copy.resolve("target/cache");
    if (Files.isDirectory(dir)) {
      deleteTree(dir);
    }
    copyTree(trained, dir);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES,
            StandardCopyOption.REPLACE_EXISTING);
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

  /** The cache of a JDK in a samples folder, without its extension: {@code target/cache/VERSION/TOOL}. */
  private static Path cache(Path samples, Path jdk, String tool) throws IOException {
    String version = Files.readAllLines(jdk.resolve("release")).stream()
        .filter(line -> line.startsWith("JAVA_RUNTIME_VERSION="))
        .map(line -> line.substring("JAVA_RUNTIME_VERSION=".length()).replace("\"", ""))
        .findFirst().orElseThrow(() -> new AssertionError(jdk + "/release names no version"));
    return samples.resolve("target/cache/" + version + "/" + tool);
  }

  private static boolean aot(Path jdk) {
    return jdk.equals(JDK25);
  }

  private static Path archive(Path jdk) throws IOException {
    return Path.of(cache(copy, jdk, "pystat") + (aot(jdk) ? ".aot" : ".jsa"));
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
  private void assertSilentAndRight(Path javaHome) {
    Run expected = run(List.of(javaHome.resolve("bin/java").toString(), "-jar",
        copy.resolve("target/pystat.jar").toString(), "/etc/hosts", "/"), javaHome, Map.of());
    Run actual = pystat(javaHome, Map.of());
    assertEquals(0, actual.status(), actual.err());
    assertEquals("", actual.err());
    assertEquals(expected.out(), actual.out());
  }

  /** Whether a run of the launcher loaded PyStat from a shared archive: the AOT cache or CDS. */
  private boolean loadedFromCache(Path javaHome) throws IOException {
    Path log = Files.createTempFile(copy, "classes", ".log");
    Run run = pystat(javaHome, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log));
    assertEquals(0, run.status(), run.err());
    return Files.readAllLines(log).stream().anyMatch(line ->
        line.contains(PyStat.class.getName() + " source: shared objects file"));
  }

  @Test
  void theBuildMadeTheCaches() throws IOException {
    // samples/target as mvn package left it: a cache of each tool for each JDK, stamped with it.
    for (Path jdk : jdks()) {
      for (String tool : List.of("pystat", "pyos")) {
        Path cache = cache(SAMPLES, jdk, tool);
        Path archive = Path.of(cache + (aot(jdk) ? ".aot" : ".jsa"));
        assertTrue(Files.isRegularFile(archive), "no " + archive + " (see target/start-up-caches.log)");
        assertTrue(Files.readString(Path.of(cache + ".jdk")).startsWith(
            jdk.resolve("bin/java").toRealPath() + " JAVA_RUNTIME_VERSION="), cache + ".jdk");
      }
    }
    if (JDK25 != null) {
      assertEquals(JDK25.toString(), Files.readString(SAMPLES.resolve("target/cache/jdk25")).trim());
    }
  }

  @Test
  void findsItsJarThroughASymbolicLinkAndARelativePath() throws IOException {
    // The launcher finds its folder without readlink/dirname processes where it can: check the paths
    // that still need them, a link from another folder and a name relative to the working directory.
    Path bin = Files.createTempDirectory(copy, "bin");
    Path link = Files.createSymbolicLink(bin.resolve("pystat"), copy.resolve("pystat"));
    Run expected = run(List.of(THIS_JDK.resolve("bin/java").toString(), "-jar",
        copy.resolve("target/pystat.jar").toString(), "/etc/hosts", "/"), THIS_JDK, Map.of());
    for (List<String> command : List.of(
        List.of(link.toString(), "/etc/hosts", "/"),
        List.of("bash", copy.relativize(copy.resolve("pystat")).toString(), "/etc/hosts", "/"))) {
      Run actual = run(command, THIS_JDK, Map.of());
      assertEquals(0, actual.status(), command + ": " + actual.err());
      assertEquals("", actual.err());
      assertEquals(expected.out(), actual.out(), String.join(" ", command));
    }
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void usesAValidCache(Path jdk) throws IOException {
    assertTrue(Files.isRegularFile(archive(jdk)), "the training wrote no " + archive(jdk));
    assertSilentAndRight(jdk);
    // The JVM says where each class came from: with the cache, the tool's main class is in it.
    assertTrue(loadedFromCache(jdk), "PyStat was not loaded from " + archive(jdk));
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void interpretsAShortRunAndCompilesALongOne(Path jdk) {
    // The JVM's final flags, printed before the tool's output: -Xint turns UseCompiler off.
    Map<String, String> printFlags = Map.of("JDK_JAVA_OPTIONS", "-XX:+PrintFlagsFinal");
    List<String> few = List.of(copy.resolve("pystat").toString(), "/etc/hosts");
    List<String> many = new ArrayList<>(List.of(copy.resolve("pystat").toString()));
    for (int i = 0; i < 100; i++) {
      many.add("/etc/hosts");
    }
    assertTrue(run(few, jdk, printFlags).out().matches("(?s).*\\bUseCompiler\\s+= false\\b.*"),
        "one path: not interpreted");
    assertTrue(run(many, jdk, printFlags).out().matches("(?s).*\\bUseCompiler\\s+= true\\b.*"),
        "100 paths: interpreted");
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void runsWithoutACacheAndTrainsNone(Path jdk) throws IOException {
    Path dir = copy.resolve("target/cache");
    deleteTree(dir);
    assertSilentAndRight(jdk);
    assertTrue(!loadedFromCache(jdk), "PyStat came from a cache that does not exist");
    assertTrue(!Files.exists(dir), "the launcher wrote " + dir);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void ignoresACacheOlderThanTheJar(Path jdk) throws IOException {
    Path jar = copy.resolve("target/pystat.jar");
    Files.setLastModifiedTime(jar,
        FileTime.fromMillis(Files.getLastModifiedTime(archive(jdk)).toMillis() + 60_000));
    assertSilentAndRight(jdk);
    assertTrue(!loadedFromCache(jdk), "a cache older than the JAR was used");
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void ignoresABrokenCacheSilently(Path jdk) throws IOException {
    Path archive = archive(jdk);
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not a start-up cache");
    assertSilentAndRight(jdk);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void ignoresAJarChangedUnderTheCache(Path jdk) throws IOException {
    // The JAR the cache was made from, changed but older than the stamp: only the JVM's own check
    // can see it. (For the AOT cache that JAR is the flattened copy beside it.)
    Path jar = aot(jdk) ? Path.of(cache(copy, jdk, "pystat") + ".jar")
        : copy.resolve("target/pystat.jar");
    FileTime time = Files.getLastModifiedTime(jar);
    Path extra = Files.writeString(copy.resolve("extra.txt"), "changed\n");
    ProcessBuilder update = new ProcessBuilder(jdk.resolve("bin/jar").toString(), "-J-XX:-UsePerfData",
        "--update", "--file", jar.toString(), "-C", copy.toString(), extra.getFileName().toString())
        .inheritIO();
    assertEquals(0, assertDoesNotTimeOut(update.start()));
    Files.setLastModifiedTime(jar, time);
    assertSilentAndRight(jdk);
  }

  private static int assertDoesNotTimeOut(Process process) {
    try {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return process.exitValue();
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void ignoresACacheOfAnotherJdk(Path jdk) throws IOException {
    Path stamp = Path.of(cache(copy, jdk, "pystat") + ".jdk");
    Files.writeString(stamp, jdk.resolve("bin/java") + " JAVA_RUNTIME_VERSION=\"25.0.0+1\"\n");
    assertSilentAndRight(jdk);
    assertTrue(!loadedFromCache(jdk), "a cache stamped for another JDK was used");
  }
}
