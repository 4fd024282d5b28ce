package io.structseq.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.structseq.processor.StructSeqProcessor;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A field may have any name that is not a member of {@code StructSequence}, {@code List},
 * {@code Object} or {@code Record}: the generated methods must not let their own parameters and
 * locals hide it.
 */
class GeneratedNamesTest {

  private static ShadowsRecord shadows() {
    return new ShadowsRecord(7, "n", 8, "o", "t", 9, "ch");
  }

  @Test
  void getByIndexReadsAFieldNamedIndex() {
    assertEquals(7, shadows().get(0));
    assertEquals(List.of(7, "n", 8, "o", "t", 9), List.copyOf(shadows()));
  }

  @Test
  void getByNameReadsFieldsNamedNameAndH() {
    ShadowsRecord s = shadows();
    assertEquals("n", s.get("name"));
    assertEquals(8, s.get("h"));
    assertEquals(7, s.get("index"));
    assertEquals("o", s.get("other"));
    assertEquals("t", s.get("that"));
    assertEquals(9, s.get("sb"));
    assertEquals("ch", s.get("changes"));
    // A hidden field named h in a type without collisions in the hash switch.
    assertEquals(0.5, new MixedRecord(1, 2L, "x", 0.5).get("h"));
  }

  @Test
  void equalsComparesFieldsNamedOtherAndThat() {
    ShadowsRecord s = shadows();
    assertEquals(s, shadows());
    assertNotEquals(s, new ShadowsRecord(7, "n", 8, "different", "t", 9, "ch"));
    assertNotEquals(s, new ShadowsRecord(7, "n", 8, "o", "different", 9, "ch"));
    assertNotEquals(new ShadowsRecord(7, "n", 8, "different", "t", 9, "ch"), s);
  }

  @Test
  void hashCodeUsesAFieldNamedH() {
    assertEquals(List.of(7, "n", 8, "o", "t", 9).hashCode(), shadows().hashCode());
    assertNotEquals(shadows().hashCode(), new ShadowsRecord(7, "n", 1, "o", "t", 9, "ch").hashCode());
  }

  @Test
  void toStringPrintsAFieldNamedSb() {
    assertEquals("test.shadows(index=7, name='n', h=8, other='o', that='t', sb=9)",
        shadows().toString());
  }

  @Test
  void replaceKeepsAFieldNamedChanges() {
    ShadowsRecord s = shadows().replace(Map.of("index", 1));
    assertEquals("ch", s.changes());
    assertEquals(1, s.index());
    assertEquals(shadows().asMap().get("changes"), s.asMap().get("changes"));
  }

  @Test
  void comparableWithFieldsNamedCAndOtherCompiles() {
    // compareTo(Version other) keeps its running result in a local named c.
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Ranks",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Ranks extends StructSequence, Comparable<Ranks> {",
        "  int c();",
        "  String other();",
        "}");
    Compilation compilation = javac().withProcessors(new StructSeqProcessor()).compile(source);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
