package io.structseq.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.TypeName;
import io.structseq.StructSequence;
import io.structseq.processor.ProcessorRoundsTest.OneShotGenerator;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ), which Eclipse's JDT and m2e-apt run processors in.
 * ECJ is on the test class path only in the {@code ecj} profile ({@code mvn -Pecj verify -pl
 * processor}, run by .ci/run), which also compiles every behaviour fixture with ECJ; elsewhere these
 * tests skip visibly.
 */
class EclipseCompilerTest {
  private static final String ECJ = "org.eclipse.jdt.internal.compiler.tool.EclipseCompiler";

  private static JavaCompiler ecj;

  @TempDir Path dir;

  @BeforeAll
  static void findEcj() throws ReflectiveOperationException {
    boolean required = "ecj".equals(System.getProperty("structseq.test.compiler"));
    Class<?> type;
    try {
      type = Class.forName(ECJ);
    } catch (ClassNotFoundException e) {
      if (required) {
        throw new AssertionError("the ecj profile is active but ECJ is not on the test class path", e);
      }
      return;
    }
    ecj = (JavaCompiler) type.getConstructor().newInstance();
  }

  /** Each test reports its own skip, so the skips show in the test counts. */
  @BeforeEach
  void needsEcj() {
    assumeTrue(ecj != null, "ECJ is not on the test class path: run mvn -Pecj verify -pl processor");
  }

  private static final String POINT = String.join("\n",
      "package geo;",
      "import io.structseq.*;",
      "@StructSeq(name = \"geo.point\")",
      "public interface Point extends StructSequence {",
      "  int x();",
      "  @Hidden String label();",
      "}");

  /** @return the class directory or JAR {@code type} was loaded from */
  static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> compilePoint(Path out, List<String> options, List<Processor> processors) throws IOException {
    return compile(out, options, processors, "geo/Point.java", POINT);
  }

  /**
   * Compiles one source with ECJ from files on disk into {@code out} (compile-testing's in-memory
   * files do not work with ECJ's file manager).
   *
   * @param processors given to the task, or {@code null} for discovery from {@code -processorpath}
   * @return ECJ's diagnostics, one per line, {@code KIND file: message}
   */
  private List<String> compile(Path out, List<String> options, List<Processor> processors, String path,
      String source) throws IOException {
    Path file = dir.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Files.createDirectories(out);
    Path gen = Files.createDirectories(dir.resolve("gen"));
    List<String> all = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", gen.toString()));
    all.addAll(options);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = ecj.getTask(new StringWriter(), files, diagnostics, all, null,
          files.getJavaFileObjects(file));
      if (processors != null) {
        task.setProcessors(processors);
      }
      task.call();
    }
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String name = d.getSource() == null ? "-" : Path.of(d.getSource().toUri()).getFileName().toString();
      lines.add(d.getKind() + " " + name + ": " + d.getMessage(Locale.ROOT));
    }
    return lines;
  }

  @Test
  void discoversTheProcessorFromProcessorPathWhenItsDependencyIsThere() throws IOException {
    // -processorpath must hold the processor's dependency (JavaPoet) too, as Maven's
    // annotationProcessorPaths and Gradle's annotationProcessor configuration give it.
    Path out = dir.resolve("out");
    List<String> diagnostics = compilePoint(out, List.of(
        "-cp", location(StructSequence.class),
        "-processorpath", location(StructSeqProcessor.class) + File.pathSeparator + location(TypeName.class)),
        null);
    assertEquals(List.of(), diagnostics);
    assertTrue(Files.exists(out.resolve("geo/PointRecord.class")), "no PointRecord.class");
    assertTrue(Files.readString(dir.resolve("gen/geo/PointRecord.java"))
        .contains("public record PointRecord(int x, String label) implements Point"));
  }

  @Test
  void rebuildWithTheEarlierRecordOnTheClassPathIsOneClearError() throws IOException {
    // What an IDE-style or Maven incremental rebuild does: the output folder is on the class path.
    // ECJ's batch Filer refuses to create a source for a type that already exists anywhere, so the
    // record cannot be regenerated; the user gets our error with the fix, not a bare FilerException.
    Path out = dir.resolve("out");
    List<String> options = List.of("-cp", location(StructSequence.class) + File.pathSeparator + out);
    assertEquals(List.of(), compilePoint(out, options, List.of(new StructSeqProcessor())));
    List<String> again = compilePoint(out, options, List.of(new StructSeqProcessor()));
    assertEquals(1, again.size(), again.toString());
    String error = again.get(0);
    assertTrue(error.startsWith("ERROR Point.java: [StructSeqWrite] could not write the record generated for"
        + " Point: javax.annotation.processing.FilerException: Source file already exists"), error);
    assertTrue(error.endsWith("Eclipse's batch compiler (ECJ) does not generate a type that already exists on"
        + " the class path, such as the record's class file from an earlier build when the output folder is on"
        + " the class path: clean the output folder (mvn clean) and build again"), error);
  }

  @Test
  void interfaceThatRefersToATypeAnotherProcessorWritesLaterIsDeferred() throws IOException {
    Path out = dir.resolve("out");
    List<String> diagnostics = compile(out, List.of("-cp", location(StructSequence.class)),
        List.of(new StructSeqProcessor(), new OneShotGenerator("geo.Base",
            "package geo; public interface Base extends io.structseq.StructSequence { int x(); }")),
        "geo/Point.java", String.join("\n",
            "package geo;",
            "import io.structseq.*;",
            "@StructSeq",
            "public interface Point extends Base {",
            "  int y();",
            "}"));
    assertEquals(List.of(), diagnostics);
    assertTrue(Files.exists(out.resolve("geo/PointRecord.class")), "no PointRecord.class");
    assertTrue(Files.readString(dir.resolve("gen/geo/PointRecord.java"))
        .contains("public record PointRecord(int x, int y) implements Point"));
  }

  @Test
  void aMisusedCheckIsOneErrorWithItsId() throws IOException {
    Path out = dir.resolve("out");
    List<String> diagnostics = compile(out, List.of("-cp", location(StructSequence.class)),
        List.of(new StructSeqProcessor()), "geo/Point.java", String.join("\n",
            "package geo;",
            "import io.structseq.*;",
            "@StructSeq",
            "public interface Point extends StructSequence {",
            "  int x();",
            "  @Check static void valid() {}",
            "}"));
    assertEquals(List.of("ERROR Point.java: [StructSeqCheckStatic] @Check method valid() is static; a check"
        + " validates one instance, so make it a default method"), diagnostics);
    assertTrue(Files.notExists(dir.resolve("gen/geo/PointRecord.java")), "PointRecord generated");
  }

  @Test
  void theBehaviourFixturesUnderTestAreEcjsInTheEcjProfile() {
    assumeTrue("ecj".equals(System.getProperty("structseq.test.compiler")), "not the ecj profile");
    // The behaviour tests check these records; in the profile they must be the ones ECJ compiled.
    for (Class<?> record : List.of(io.structseq.processor.samples.PairRecord.class,
        io.structseq.processor.samples.Five_InnerRecord.class,
        io.structseq.processor.behaviour.RankedRecord.class,
        io.structseq.processor.behaviour.SpanRecord.class)) {
      String where = location(record);
      assertTrue(where.endsWith("ecj-test-classes"), record + " loaded from " + where);
    }
  }
}
