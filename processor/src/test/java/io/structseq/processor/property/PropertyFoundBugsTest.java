package io.structseq.processor.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression tests for what the spec properties found, reduced from {@link PropertyValidSpecsTest}
 * failures: valid interfaces whose generated record did not compile because a field or the interface
 * took a simple name the generated code uses. Each must compile with the processor without a
 * diagnostic.
 */
class PropertyFoundBugsTest {

  /**
   * A field named like a type the generated code refers to by simple name ({@code Objects},
   * {@code Integer}, {@code Boolean}, {@code StructSupport}, {@code PyRepr}, ...): the record component
   * is in scope in every generated method, and a simple name that can be a variable is one (JLS
   * 6.5.2), so {@code Objects.requireNonNull(...)} becomes a call on the field.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "int Objects(); String s();",
    "String Integer(); int i();",
    "int Boolean(); boolean b();",
    "int Long(); long l();",
    "String StructSupport(); int i();",
    "int PyRepr(); double d();",
    "int Double(); double d();",
  })
  void fieldNamedLikeATypeTheGeneratedCodeUses(String members) {
    assertCompilesCleanly("package gen.bug;\n"
        + "@io.structseq.StructSeq public interface Shadow extends io.structseq.StructSequence {\n"
        + "  " + members + "\n"
        + "}\n", "gen.bug.Shadow");
  }

  /**
   * An interface named like a java.lang type the generated code uses: a type of the package shadows
   * the implicit {@code java.lang.*} import, so the record's {@code @Override}, {@code Integer.hashCode}
   * ... resolve to the interface.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Override", "Integer", "Character", "Double"})
  void interfaceNamedLikeAJavaLangTypeTheGeneratedCodeUses(String name) {
    assertCompilesCleanly("package gen.bug;\n"
        + "@io.structseq.StructSeq public interface " + name + " extends io.structseq.StructSequence {\n"
        + "  int i(); char c(); double d();\n"
        + "}\n", "gen.bug." + name);
  }

  private static void assertCompilesCleanly(String source, String qualifiedName) {
    InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(new InMemoryCompiler.Source(qualifiedName, source)));
    List<Diagnostic<? extends javax.tools.JavaFileObject>> errors = result.of(Diagnostic.Kind.ERROR);
    assertEquals(List.of(), errors.stream().map(InMemoryCompiler.Result::format).toList(),
        () -> source + "\ngenerated:\n" + String.join("\n", result.generatedSources().values()));
    assertTrue(result.success() && result.warnings().isEmpty(), result::describe);
  }
}
