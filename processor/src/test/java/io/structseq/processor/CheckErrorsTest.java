package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.structseq.processor.ProcessorErrorsTest.assertOneError;
import static io.structseq.processor.ProcessorErrorsTest.compile;
import static io.structseq.processor.ProcessorErrorsTest.point;
import static io.structseq.processor.ProcessorErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Check} misuse: one error with its own id on the method's line, and nothing generated. */
class CheckErrorsTest {

  @Test
  void abstractCheckIsRejected() {
    JavaFileObject f = point("  @Check", "  void valid();");
    assertOneError(compile(f), f, "[StructSeqCheckNotDefault] @Check method valid() is abstract; a check is a"
        + " default method with a body that throws when the values are invalid", "void valid()");
  }

  @Test
  void checkWithParametersIsRejected() {
    JavaFileObject f = point("  @Check", "  default void valid(int limit) {}");
    assertOneError(compile(f), f, "[StructSeqCheckParameters] @Check method valid() must take no parameters;"
        + " it reads the fields through their accessors", "void valid(int limit)");
  }

  @Test
  void checkWithTypeParametersIsRejected() {
    JavaFileObject f = point("  @Check", "  default <T> void valid() {}");
    assertOneError(compile(f), f, "[StructSeqCheckTypeParameters] @Check method valid() must not declare type"
        + " parameters", "<T> void valid()");
  }

  @Test
  void checkThatReturnsSomethingIsRejected() {
    JavaFileObject f = point("  @Check", "  default boolean valid() { return x() > 0; }");
    assertOneError(compile(f), f, "[StructSeqCheckReturns] @Check method valid() returns boolean; a check"
        + " returns void and throws when the values are invalid", "boolean valid()");
  }

  @Test
  void staticCheckIsRejected() {
    JavaFileObject f = point("  @Check", "  static void valid() {}");
    assertOneError(compile(f), f, "[StructSeqCheckStatic] @Check method valid() is static; a check validates"
        + " one instance, so make it a default method", "static void valid()");
  }

  @Test
  void privateCheckIsRejected() {
    JavaFileObject f = point("  @Check", "  private void valid() {}");
    assertOneError(compile(f), f, "[StructSeqCheckPrivate] @Check method valid() is private; the generated"
        + " record cannot call it, so make it a default method", "private void valid()");
  }

  @Test
  void inheritedBadCheckIsReportedOnTheAnnotatedInterface() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "public interface Base {",
        "  @io.structseq.Check",
        "  default String valid() { return \"\"; }",
        "}");
    JavaFileObject f = source("test.Point",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Point extends StructSequence, Base {",
        "  int x();",
        "}");
    assertOneError(compile(f, base), f,
        "[StructSeqCheckReturns] @Check method valid() returns java.lang.String (inherited from test.Base)",
        "public interface Point");
  }

  @Test
  void everyMistakeOfOneCheckIsReported() {
    JavaFileObject f = point("  @Check", "  private static <T> int valid(T value) { return 0; }");
    Compilation compilation = compile(f);
    for (String id : new String[] {"[StructSeqCheckStatic]", "[StructSeqCheckPrivate]",
        "[StructSeqCheckParameters]", "[StructSeqCheckTypeParameters]", "[StructSeqCheckReturns]"}) {
      assertThat(compilation).hadErrorContaining(id).inFile(f).onLineContaining("int valid(T value)");
    }
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void validChecksCompileWithoutWarnings() {
    JavaFileObject f = point(
        "  int y();",
        "  @Check",
        "  default void ordered() {",
        "    if (y() < x()) throw new IllegalArgumentException(\"y < x\");",
        "  }",
        "  @Check",
        "  default void $positive() {",
        "    if (x() < 0) throw new IllegalArgumentException(\"x < 0\");",
        "  }");
    Compilation compilation = javac().withProcessors(new StructSeqProcessor()).withOptions("-Xlint:all,-processing").compile(f);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.PointRecord").contentsAsUtf8String()
        .contains("    this.y = y;\n    ordered();\n    $positive();\n  }");
  }
}
