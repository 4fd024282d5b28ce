package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of the generated code: warning-free under {@code -Xlint:all -Werror}, byte-identical
 * from run to run, within 100 columns, and for one type of each shape equal to a checked-in golden
 * file. Regenerate the goldens with {@code mvn test -Dstructseq.updateGoldens=true}.
 */
class GeneratedSourceTest {
  private static final Path SAMPLES = Paths.get("src/test/java/io/structseq/processor/samples");
  private static final Path GOLDENS = Paths.get("src/test/resources/goldens");

  private static List<JavaFileObject> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().map(GeneratedSourceTest::load)
          .collect(Collectors.toList());
    }
  }

  private static JavaFileObject load(Path p) {
    try {
      String name = "io.structseq.processor.samples." + p.getFileName().toString().replace(".java", "");
      return JavaFileObjects.forSourceString(name, Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> generate(List<File> classPath) throws IOException {
    Compilation compilation = javac()
        .withClasspath(classPath)
        .withProcessors(new StructSeqProcessor())
        // Zero warnings under -Xlint:all is what -Werror demands; asserting it shows the warnings.
        // -path: the test class path, not the generated code, may hold missing jars.
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-path")
        .compile(samples());
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject f : compilation.generatedSourceFiles()) {
      sources.put(f.getName(), f.getCharContent(true).toString());
    }
    return sources;
  }

  /**
   * The test class path minus {@code target/test-classes}, which holds the records Maven already
   * generated for these samples: JDK 17's javac crashes (NPE in Lower.generateMandatedAccessors)
   * when a record's source is generated while a class file of the same record is on the class path,
   * because its Filer completes the old class first. Build tools clean stale output, so do we.
   */
  static List<File> classPathWithoutTestClasses() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(p -> !p.endsWith("test-classes"))
        .map(File::new)
        .collect(Collectors.toList());
  }

  @Test
  void samplesCompileWithoutWarningsUnderXlintAllWerror() throws IOException {
    Map<String, String> sources = generate(classPathWithoutTestClasses());
    assertEquals(8, sources.size(), sources.keySet()::toString);
  }

  @Test
  void outputIsByteIdenticalAcrossCompilations() throws IOException {
    Map<String, String> first = generate(classPathWithoutTestClasses());
    Map<String, String> second = generate(classPathWithoutTestClasses());
    assertEquals(first, second);
    first.values().forEach(source -> assertFalse(source.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*"),
        "no timestamp in generated code"));
  }

  @Test
  void everyLineFitsInOneHundredColumns() throws IOException {
    generate(classPathWithoutTestClasses()).forEach((file, source) -> source.lines()
        .filter(line -> line.length() > 100)
        .findFirst()
        .ifPresent(line -> fail(file + " has a line of " + line.length() + " columns: " + line)));
  }

  @Test
  void withoutJSpecifyOnTheClassPathEqualsTakesAPlainObject() throws IOException {
    List<File> withoutJSpecify = classPathWithoutTestClasses().stream()
        .filter(f -> !f.getName().startsWith("jspecify"))
        .collect(Collectors.toList());
    String record = generate(withoutJSpecify).entrySet().stream()
        .filter(e -> e.getKey().endsWith("/TimeLikeRecord.java"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
    assertTrue(record.contains("public boolean equals(Object other) {"), record);
    assertFalse(record.contains("jspecify"), record);
  }

  /**
   * One golden per shape: generic (Pair), nested (Five.Inner), unnamed and hidden nullable fields
   * (StatLike), a check (Bounded), Comparable (Version), two fields with a declaration Nullable
   * (Two), eleven fields (TimeLike).
   */
  @ParameterizedTest
  @ValueSource(strings = {"PairRecord", "Five_InnerRecord", "StatLikeRecord", "BoundedRecord",
      "VersionRecord", "TwoRecord", "TimeLikeRecord"})
  void recordMatchesItsGolden(String record) throws IOException {
    String generated = generate(classPathWithoutTestClasses()).entrySet().stream()
        .filter(e -> e.getKey().endsWith("/" + record + ".java"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
    Path golden = GOLDENS.resolve(record + ".java.txt");
    if (Boolean.getBoolean("structseq.updateGoldens")) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated,
        "generated code changed; if intended, rerun with -Dstructseq.updateGoldens=true and review the diff");
  }
}
