package io.structseq.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interfaces in a named module: the record is generated into that module, and carries
 * {@code @Generated} only when the module reads {@code java.compiler}, where that annotation lives.
 */
class NamedModuleTest {

  private static final String POINT = String.join("\n",
      "package geo;",
      "import io.structseq.*;",
      "@StructSeq(name = \"geo.point\")",
      "public interface Point extends StructSequence {",
      "  int x();",
      "  int y();",
      "}");

  @TempDir Path dir;

  /**
   * Compiles the module {@code geo} (the given module-info and {@code geo.Point}) with the processor,
   * as a real javac run with files on disk: compile-testing's in-memory file manager has no modules.
   *
   * @return the generated {@code PointRecord.java}
   */
  private String compileModule(String... moduleInfo) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/geo"));
    Files.writeString(dir.resolve("src/module-info.java"), String.join("\n", moduleInfo));
    Files.writeString(src.resolve("Point.java"), POINT);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path gen = Files.createDirectories(dir.resolve("gen"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
          // io.structseq requires JSpecify statically: a compiling module needs it on its path.
          List.of("--module-path", EclipseCompilerTest.location(StructSequence.class)
                  + File.pathSeparator + EclipseCompilerTest.location(org.jspecify.annotations.Nullable.class),
              "-d", out.toString(), "-s", gen.toString(), "-Xlint:all", "-Xlint:-processing", "-Werror"),
          null,
          files.getJavaFileObjects(dir.resolve("src/module-info.java"), src.resolve("Point.java")));
      task.setProcessors(List.of(new StructSeqProcessor()));
      assertTrue(task.call(), diagnostics.toString());
    }
    assertEquals("", diagnostics.toString(), "javac printed diagnostics");
    assertTrue(Files.exists(out.resolve("geo/PointRecord.class")), "no PointRecord.class in the module");
    String record = Files.readString(gen.resolve("geo/PointRecord.java"));
    assertTrue(record.contains("public record PointRecord(int x, int y) implements Point"), record);
    return record;
  }

  @Test
  void moduleThatDoesNotReadJavaCompilerGetsARecordWithoutGenerated() throws IOException {
    String record = compileModule(
        "module geo {",
        "  // transitive: the exported records' API uses io.structseq types (javac's -Xlint:exports)",
        "  requires transitive io.structseq;",
        "  exports geo;",
        "}");
    assertFalse(record.contains("Generated"), record);
  }

  @Test
  void moduleThatRequiresJavaCompilerStaticallyGetsGenerated() throws IOException {
    String record = compileModule(
        "module geo {",
        "  requires io.structseq;",
        "  requires static java.compiler;",
        "}");
    assertTrue(record.contains("@Generated(\"io.structseq.processor.StructSeqProcessor\")"), record);
  }

  @Test
  void javaCompilerReadThroughARequiresTransitiveChainCounts() throws IOException {
    // java.se requires java.compiler transitively.
    String record = compileModule(
        "module geo {",
        "  requires transitive io.structseq;",
        "  requires java.se;",
        "}");
    assertTrue(record.contains("@Generated(\"io.structseq.processor.StructSeqProcessor\")"), record);
  }

  @Test
  void aNonTransitiveRequiresOfARequiredModuleDoesNotCount() throws IOException {
    // java.sql requires java.xml and java.logging (transitively) but not java.compiler; jdk.compiler
    // requires java.compiler transitively, so it is the positive twin of this case.
    String record = compileModule(
        "module geo {",
        "  requires io.structseq;",
        "  requires java.sql;",
        "}");
    assertFalse(record.contains("Generated"), record);
  }
}
