package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import io.structseq.StructSeq;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rebuilds with real javac runs, as Maven and IDEs do them: the output folder of the earlier build on
 * the class path, the generated sources on the source path (JDK-8332297 crashed javac 17 here). Each
 * case runs on the test JVM's own javac (17 on the default leg, 25 on the JDK 25 leg) and, on a test JVM
 * other than 17, on JDK 17's javac as a process, so javac 17 is covered whatever JVM runs the tests.
 */
class StaleRecordRebuildTest {
  private static final Path JDK17_JAVAC = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/javac");

  @TempDir
  Path dir;

  /** A javac: {@code feature} is its JDK's feature version. */
  record Javac(String name, int feature, boolean inProcess) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** What a javac run printed, and its exit code. */
  record Run(int exitCode, String output) {
    List<String> errorLines() {
      return output.lines().filter(l -> l.contains(": error: ")).toList();
    }

    void assertSucceeded() {
      assertEquals(0, exitCode, output);
      assertFalse(output.contains("An exception has occurred in the compiler"), output);
    }
  }

  static Stream<Javac> javacs() {
    List<Javac> javacs = new ArrayList<>();
    javacs.add(new Javac("javac " + Runtime.version().feature() + " in process", Runtime.version().feature(), true));
    if (Runtime.version().feature() != 17) {
      // Skipped visibly (assumption) by the tests when it is not installed.
      javacs.add(new Javac("javac 17 at " + JDK17_JAVAC, 17, false));
    }
    return javacs.stream();
  }

  @ParameterizedTest
  @MethodSource("javacs")
  void rebuildingTheInterfaceAloneGivesTheNewRecord(Javac javac) throws Exception {
    writeSources("int x();");
    run(javac, "Point.java", "Track.java").assertSucceeded();
    assertEquals(List.of("x"), components());

    writeSources("int x();", "int y();");
    run(javac, "Point.java").assertSucceeded();
    assertEquals(List.of("x", "y"), components());
    assertTrue(Files.exists(out().resolve("rebuild/PointRecord$Builder.class")));
  }

  @ParameterizedTest
  @MethodSource("javacs")
  void rebuildingWithASourceThatUsesTheRecord(Javac javac) throws Exception {
    Run rebuild = buildThenAddAField(javac, "Point.java", "Track.java");
    if (javac.feature() >= StaleRecordClasses.FIXED_IN) {
      rebuild.assertSucceeded();
    } else {
      // Track refers to PointRecord in a declaration, so javac read the stale class before we ran.
      assertOneStaleRecordError(rebuild, "so compiling again works");
      assertFalse(Files.exists(out().resolve("rebuild/PointRecord.class")));
      assertFalse(Files.exists(out().resolve("rebuild/PointRecord$Builder.class")));
      // As the message says: the same compilation again works.
      run(javac, "Point.java", "Track.java").assertSucceeded();
    }
    assertEquals(List.of("x", "y"), components());
  }

  @ParameterizedTest
  @MethodSource("javacs")
  void rebuildingWithASourceThatUsesTheRecordOnlyInAMethodBody(Javac javac) throws Exception {
    // javac attributes method bodies after the processors ran: the new record is there by then.
    buildThenAddAField(javac, "Point.java", "Plot.java").assertSucceeded();
    assertEquals(List.of("x", "y"), components());
  }

  @ParameterizedTest
  @MethodSource("javacs")
  void aRecordElsewhereOnTheClassPathIsReportedNotCrashedOn(Javac javac) throws Exception {
    writeSources("int x();");
    run(javac, "Point.java", "Track.java").assertSucceeded();
    // A second output folder, with the first one (holding the old record) on the class path after it.
    Path old = Files.move(out(), dir.resolve("old"));
    Files.createDirectories(out());

    writeSources("int x();", "int y();");
    Run rebuild = run(javac, List.of(old), "Point.java");
    if (javac.feature() >= StaleRecordClasses.FIXED_IN) {
      rebuild.assertSucceeded();
      assertEquals(List.of("x", "y"), components());
    } else {
      assertOneStaleRecordError(rebuild, "Remove the old PointRecord from the class path");
      assertTrue(Files.exists(old.resolve("rebuild/PointRecord.class")), "not ours to delete");
    }
  }

  /**
   * A build that fails after the processor ran leaves the record's source and no class files; Maven
   * without incremental compilation then passes that source to javac as an input of its own.
   */
  @ParameterizedTest
  @MethodSource("javacs")
  void aFailedBuildsRecordSourcePassedBackAsAnInput(Javac javac) throws Exception {
    writeSources("int x();", "default int broken() { return \"not an int\"; }");
    Run failed = run(javac, "Point.java");
    assertEquals(1, failed.exitCode(), failed.output());
    assertTrue(Files.exists(generatedRecord()));

    // Fixed without changing the fields: the input is the record, compiled as it is.
    writeSources("int x();");
    run(javac, "Point.java", "gen/rebuild/PointRecord.java").assertSucceeded();
    assertEquals(List.of("x"), components());

    // Out of date: one error instead of [StructSeqNameTaken], and the stale source is gone.
    Files.delete(out().resolve("rebuild/PointRecord.class"));
    writeSources("int x();", "int y();");
    Run outOfDate = run(javac, "Point.java", "gen/rebuild/PointRecord.java");
    assertEquals(1, outOfDate.exitCode(), outOfDate.output());
    assertEquals(1, outOfDate.errorLines().size(), outOfDate.output());
    assertTrue(outOfDate.errorLines().get(0).contains("Point.java:"), outOfDate.output());
    assertTrue(outOfDate.output().contains("[StructSeqStaleRecord] PointRecord was not generated: the build"
        + " passed javac the out-of-date PointRecord.java from an earlier build"), outOfDate.output());
    assertTrue(outOfDate.output().contains("It is deleted now, so compiling again works."), outOfDate.output());
    assertFalse(Files.exists(generatedRecord()));
    run(javac, "Point.java").assertSucceeded();
    assertEquals(List.of("x", "y"), components());
  }

  /** The same error through compile-testing, whose output is in memory: nothing of ours to delete. */
  @Test
  void compileTestingSeesTheErrorOnTheInterface() throws Exception {
    assumeTrue(Runtime.version().feature() < StaleRecordClasses.FIXED_IN,
        "javac " + Runtime.version().feature() + " has no JDK-8332297: nothing to report");
    writeSources("int x();");
    Javac inProcess = javacs().filter(Javac::inProcess).findFirst().orElseThrow();
    run(inProcess, "Point.java").assertSucceeded();
    JavaFileObject point = JavaFileObjects.forSourceLines("rebuild.Point",
        "package rebuild;",
        "@io.structseq.StructSeq",
        "public interface Point extends io.structseq.StructSequence {",
        "  int x();",
        "  int y();",
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new StructSeqProcessor())
        .withClasspath(List.of(out().toFile(), location(StructSeq.class).toFile()))
        .compile(point);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StructSeqStaleRecord] PointRecord was not generated: javac 17")
        .inFile(point).onLineContaining("public interface Point");
    assertThat(compilation).hadErrorContaining("Remove the old PointRecord from the class path");
  }

  /** Builds {@code sources} with the field x, then again after adding the field y; @return the rebuild */
  private Run buildThenAddAField(Javac javac, String... sources) throws Exception {
    writeSources("int x();");
    run(javac, sources).assertSucceeded();
    writeSources("int x();", "int y();");
    return run(javac, sources);
  }

  private Path generatedRecord() {
    return dir.resolve("gen/rebuild/PointRecord.java");
  }

  private Path out() {
    return dir.resolve("out");
  }

  private void writeSources(String... pointMethods) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("src/rebuild"));
    List<String> point = new ArrayList<>(List.of(
        "package rebuild;",
        "",
        "@io.structseq.StructSeq",
        "public interface Point extends io.structseq.StructSequence {"));
    Arrays.stream(pointMethods).map(m -> "  " + m).forEach(point::add);
    point.add("}");
    Files.write(pkg.resolve("Point.java"), point);
    Files.write(pkg.resolve("Track.java"), List.of(
        "package rebuild;",
        "",
        "public final class Track {",
        "  private PointRecord last;",
        "",
        "  public PointRecord last() {",
        "    return last;",
        "  }",
        "}"));
    Files.write(pkg.resolve("Plot.java"), List.of(
        "package rebuild;",
        "",
        "public final class Plot {",
        "  static Object origin() {",
        "    return PointRecord.TYPE.fromSequence(java.util.List.of(0));",
        "  }",
        "}"));
  }

  private Run run(Javac javac, String... sources) throws Exception {
    return run(javac, List.of(), sources);
  }

  /** Compiles {@code sources} of package rebuild as Maven does, {@code extraClassPath} after the output. */
  private Run run(Javac javac, List<Path> extraClassPath, String... sources) throws Exception {
    Files.createDirectories(out());
    Path gen = Files.createDirectories(dir.resolve("gen"));
    List<Path> classPath = new ArrayList<>(List.of(out()));
    classPath.addAll(extraClassPath);
    classPath.add(location(StructSeq.class));
    List<String> args = new ArrayList<>(List.of(
        "-d", out().toString(),
        "-s", gen.toString(),
        "-classpath", join(classPath),
        "-sourcepath", join(List.of(dir.resolve("src"), gen)),
        "-processorpath", join(List.of(
            location(StructSeqProcessor.class), location(JavaFile.class), location(StructSeq.class))),
        "-Xlint:all,-processing"));
    for (String source : sources) {
      args.add((source.startsWith("gen/") ? dir.resolve(source) : dir.resolve("src/rebuild").resolve(source))
          .toString());
    }
    return javac.inProcess() ? runInProcess(args) : runProcess(args);
  }

  private static Run runInProcess(List<String> args) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      int exit = ToolProvider.getSystemJavaCompiler().run(null, stream, stream, args.toArray(new String[0]));
      return new Run(exit, output.toString(StandardCharsets.UTF_8));
    }
  }

  private static Run runProcess(List<String> args) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(JDK17_JAVAC), "JDK 17's javac is not installed at " + JDK17_JAVAC);
    // C1 only: a javac run this short finishes sooner without the optimizing compiler.
    List<String> command = new ArrayList<>(List.of(JDK17_JAVAC.toString(), "-J-XX:TieredStopAtLevel=1"));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  /**
   * javac failed, without crashing, with one error: [StructSeqStaleRecord] on the interface's
   * declaration, naming the javac bug and containing {@code detail}.
   */
  private void assertOneStaleRecordError(Run run, String detail) throws IOException {
    assertEquals(1, run.exitCode(), run.output());
    assertFalse(run.output().contains("Exception"), run.output());
    assertEquals(1, run.errorLines().size(), run.output());
    Path point = dir.resolve("src/rebuild/Point.java");
    Matcher m = Pattern.compile(Pattern.quote(point.toString()) + ":(\\d+): error: (.*)").matcher(run.output());
    assertTrue(m.find(), run.output());
    assertTrue(m.group(2).startsWith("[StructSeqStaleRecord] PointRecord was not generated: javac 17."),
        run.output());
    assertTrue(Files.readAllLines(point).get(Integer.parseInt(m.group(1)) - 1).contains("public interface Point"),
        run.output());
    assertTrue(run.output().contains("(JDK-8332297)"), run.output());
    assertTrue(run.output().contains(detail), run.output());
  }

  /** @return the component names of the PointRecord in the output folder */
  private List<String> components() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out().toUri().toURL()}, getClass().getClassLoader())) {
      return Arrays.stream(loader.loadClass("rebuild.PointRecord").getRecordComponents())
          .map(c -> c.getName())
          .toList();
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no PointRecord in " + out(), e);
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String join(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
