package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every compile error of the contract: one precise error, on the element at fault, never a crash. */
class ProcessorErrorsTest {

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new StructSeqProcessor()).compile(sources);
  }

  /** The compilation failed with exactly one error, from us, containing {@code message}, on {@code line}. */
  static void assertOneError(Compilation compilation, JavaFileObject file, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void classIsRejected() {
    JavaFileObject f = source("test.Point",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public abstract class Point implements StructSequence {",
        "  public abstract int x();",
        "}");
    assertOneError(compile(f), f, "[StructSeqNotInterface] @StructSeq applies only to interfaces, and Point is a class",
        "abstract class Point");
  }

  @Test
  void enumAndRecordAreRejected() {
    JavaFileObject e = source("test.Color",
        "package test;",
        "@io.structseq.StructSeq",
        "enum Color { RED }");
    assertOneError(compile(e), e, "Color is an enum", "enum Color");
    JavaFileObject r = source("test.Pt",
        "package test;",
        "@io.structseq.StructSeq",
        "record Pt(int x) {}");
    assertOneError(compile(r), r, "Pt is a record", "record Pt");
  }

  @Test
  void interfaceMustExtendStructSequence() {
    JavaFileObject f = source("test.Point",
        "package test;",
        "@io.structseq.StructSeq",
        "public interface Point {",
        "  int x();",
        "}");
    assertOneError(compile(f), f,
        "[StructSeqNotStructSequence] @StructSeq interface Point must extend io.structseq.StructSequence",
        "public interface Point");
  }

  @Test
  void privateInterfaceIsRejected() {
    JavaFileObject f = source("test.Outer",
        "package test;",
        "import io.structseq.*;",
        "public class Outer {",
        "  @StructSeq",
        "  private interface Point extends StructSequence {",
        "    int x();",
        "  }",
        "}");
    assertOneError(compile(f), f, "[StructSeqNotAccessible] Point is private", "private interface Point");
  }

  @Test
  void interfaceInsidePrivateClassIsRejected() {
    JavaFileObject f = source("test.Outer",
        "package test;",
        "import io.structseq.*;",
        "public class Outer {",
        "  private static class Hidden {",
        "    @StructSeq",
        "    interface Point extends StructSequence {",
        "      int x();",
        "    }",
        "  }",
        "}");
    assertOneError(compile(f), f, "it is nested in the private Hidden", "interface Point");
  }

  @Test
  void fieldWithParametersIsRejected() {
    JavaFileObject f = point("  int y(int scale);");
    assertOneError(compile(f), f, "[StructSeqFieldParameters] field method y() must take no parameters",
        "int y(int scale)");
  }

  @Test
  void fieldWithTypeParametersIsRejected() {
    JavaFileObject f = point("  <T> T y();");
    assertOneError(compile(f), f, "[StructSeqFieldTypeParameters] field method y() must not declare type parameters",
        "<T> T y()");
  }

  @Test
  void voidFieldIsRejected() {
    JavaFileObject f = point("  void y();");
    assertOneError(compile(f), f, "[StructSeqFieldVoid] field method y() must return a value", "void y()");
  }

  @Test
  void fieldWithThrowsIsRejected() {
    JavaFileObject f = point("  int y() throws java.io.IOException;");
    assertOneError(compile(f), f, "[StructSeqFieldThrows] field method y() must not declare thrown exceptions",
        "int y() throws");
  }

  @Test
  void namesOfListObjectAndStructSequenceMembersAreRejected() {
    String[][] cases = {
      {"int size();", "field name 'size' clashes with java.util.List.size"},
      {"String get();", "field name 'get' clashes with java.util.List.get"},
      {"int hashCode();", "field name 'hashCode' clashes with"},
      {"String toString();", "field name 'toString' clashes with"},
      {"Object clone();", "field name 'clone' clashes with java.lang.Object.clone"},
      {"int compare();", "field name 'compare' clashes with io.structseq.StructSequence.compare"},
      {"String equals();", "field name 'equals' clashes with"},
      {"boolean isEmpty();", "field name 'isEmpty' clashes with"},
      {"int TYPE();", "field name 'TYPE' clashes with the generated record's.TYPE"},
      {"String replace();", "field name 'replace' clashes with the generated record's.replace"},
    };
    for (String[] c : cases) {
      JavaFileObject f = point("  " + c[0]);
      assertOneError(compile(f), f, "[StructSeqNameClash] " + c[1], c[0]);
    }
  }

  @Test
  void nameClashesFollowTheCompilingJdksList() {
    // "stream" and "spliterator" come from Collection, found through the compiling JDK's List;
    // declaring them with a Stream return type keeps javac itself quiet.
    JavaFileObject f = point("  java.util.stream.Stream<Object> stream();");
    assertOneError(compile(f), f, "field name 'stream' clashes with java.util.Collection.stream", "stream()");
  }

  @Test
  void sequencedCollectionMembersAreReservedExactlyWhereTheCompilingJdkHasThem() {
    // JDK 21 added getFirst/reversed to List; the clash list comes from the compiling JDK's List.
    JavaFileObject f = point("  Object getFirst();");
    Compilation compilation = compile(f);
    if (Runtime.version().feature() >= 21) {
      assertOneError(compilation, f, "[StructSeqNameClash] field name 'getFirst' clashes with java.util.", "getFirst()");
    } else {
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Test
  void hiddenAndUnnamedTogetherAreRejected() {
    JavaFileObject f = point("  @Hidden @Unnamed(label = \"why\") int y();");
    assertOneError(compile(f), f, "[StructSeqHiddenUnnamed] field y() is both @Hidden and @Unnamed", "int y()");
  }

  @Test
  void hiddenOnDefaultMethodIsRejected() {
    JavaFileObject f = point("  @Hidden default int twice() { return 2 * x(); }");
    assertOneError(compile(f), f, "[StructSeqNotAField] @Hidden applies only to fields (abstract accessors),"
        + " but twice() is a default method", "int twice()");
  }

  @Test
  void unnamedOnStaticMethodIsRejected() {
    JavaFileObject f = point("  @Unnamed static int zero() { return 0; }");
    assertOneError(compile(f), f, "@Unnamed applies only to fields (abstract accessors), but zero() is a static"
        + " method", "int zero()");
  }

  @Test
  void nullableOnPrimitiveIsRejected() {
    JavaFileObject nullable = source("test.Nullable",
        "package test;",
        "import java.lang.annotation.*;",
        "@Target({ElementType.METHOD, ElementType.TYPE_USE})",
        "public @interface Nullable {}");
    JavaFileObject f = point("  @Nullable int y();");
    assertOneError(compile(f, nullable), f,
        "[StructSeqNullablePrimitive] field y() returns the primitive int, which cannot be null", "int y()");
  }

  @Test
  void typeUseNullableOnPrimitiveIsRejected() {
    JavaFileObject nullable = source("test.Nullable",
        "package test;",
        "import java.lang.annotation.*;",
        "@Target(ElementType.TYPE_USE)",
        "public @interface Nullable {}");
    JavaFileObject f = point("  @Nullable long y();");
    assertOneError(compile(f, nullable), f, "field y() returns the primitive long", "long y()");
  }

  @Test
  void noVisibleFieldIsRejected() {
    JavaFileObject f = source("test.Point",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Point extends StructSequence {",
        "  @Hidden int x();",
        "}");
    assertOneError(compile(f), f, "[StructSeqNoVisibleField] Point has no visible field", "public interface Point");
  }

  @Test
  void emptyInterfaceIsRejected() {
    JavaFileObject f = source("test.Point",
        "package test;",
        "@io.structseq.StructSeq",
        "public interface Point extends io.structseq.StructSequence {}");
    assertOneError(compile(f), f, "[StructSeqNoVisibleField] Point has no visible field", "public interface Point");
  }

  @Test
  void comparableWithIncomparableVisibleFieldIsRejected() {
    JavaFileObject f = source("test.Version",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Version extends StructSequence, Comparable<Version> {",
        "  int major();",
        "  java.util.List<String> tags();",
        "  @Hidden Object extra();",
        "}");
    assertOneError(compile(f), f, "[StructSeqNotComparable] Version is Comparable, but its visible field tags() has"
        + " type java.util.List<java.lang.String>, which is not Comparable", "tags()");
  }

  @Test
  void comparableToAnotherTypeIsRejected() {
    JavaFileObject f = source("test.Version",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Version extends StructSequence, Comparable<String> {",
        "  int major();",
        "}");
    assertOneError(compile(f), f, "[StructSeqComparable] Version extends Comparable<java.lang.String>, but only"
        + " Comparable<Version> gets a generated compareTo", "public interface Version");
  }

  @Test
  void comparableWithDefaultCompareToIsAccepted() {
    JavaFileObject f = source("test.Version",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Version extends StructSequence, Comparable<String> {",
        "  int major();",
        "  @Override default int compareTo(String o) { return 0; }",
        "}");
    assertThat(compile(f)).succeededWithoutWarnings();
  }

  @Test
  void existingTypeWithTheRecordsNameIsRejected() {
    JavaFileObject taken = source("test.PointRecord",
        "package test;",
        "public class PointRecord {}");
    JavaFileObject f = point();
    assertOneError(compile(f, taken), f, "[StructSeqNameTaken] the record PointRecord generated for Point would"
        + " replace the existing type test.PointRecord", "public interface Point");
  }

  @Test
  void twoInterfacesWithTheSameRecordNameAreRejected() {
    JavaFileObject outer = source("test.Outer",
        "package test;",
        "import io.structseq.*;",
        "public class Outer {",
        "  @StructSeq public interface X extends StructSequence { int a(); }",
        "}");
    JavaFileObject flat = source("test.Outer_X",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq public interface Outer_X extends StructSequence { int a(); }");
    Compilation compilation = compile(outer, flat);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[StructSeqNameTaken] the record Outer_XRecord generated for");
  }

  @Test
  void withersThatCollideAreRejected() {
    JavaFileObject f = point("  int X();");
    assertOneError(compile(f), f, "[StructSeqNameTaken] field X would get the wither withX(), which field x already"
        + " gets", "int X()");
  }

  @Test
  void inheritedBadMethodIsReportedOnTheAnnotatedInterface() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "public interface Base {",
        "  int scaled(int factor);",
        "}");
    JavaFileObject f = pointExtendingBase();
    assertOneError(compile(f, base), f,
        "field method scaled() must take no parameters (inherited from test.Base)", "public interface Point");
  }

  /** A {@code test.Point} with field {@code int x()} that extends {@code test.Base}, for inherited errors. */
  static JavaFileObject pointExtendingBase() {
    return source("test.Point",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Point extends StructSequence, Base {",
        "  int x();",
        "}");
  }

  @Test
  void everyErrorIsReportedInOneCompile() {
    JavaFileObject f = source("test.Point",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Point extends StructSequence {",
        "  int x(int a);",
        "  void y();",
        "  int size();",
        "}");
    Compilation compilation = compile(f);
    assertThat(compilation).hadErrorContaining("[StructSeqFieldParameters]").inFile(f).onLineContaining("int x(int a)");
    assertThat(compilation).hadErrorContaining("[StructSeqFieldVoid]").inFile(f).onLineContaining("void y()");
    assertThat(compilation).hadErrorContaining("[StructSeqNameClash]").inFile(f).onLineContaining("int size()");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void internalFailureIsAnErrorOnTheElementNotACrash() {
    JavaFileObject f = point();
    Compilation compilation = javac()
        .withProcessors(new StructSeqProcessor(type -> {
          throw new IllegalStateException("boom in " + type.getSimpleName());
        }))
        .compile(f);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[StructSeqInternal] internal error in the structseq processor while processing Point")
        .inFile(f)
        .onLineContaining("public interface Point");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: boom in Point");
  }

  @Test
  void otherInterfacesStillGenerateAfterAnError(@TempDir Path out) throws Exception {
    JavaFileObject bad = source("test.Bad",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq public interface Bad extends StructSequence { void v(); }");
    // compile-testing hides generated files of a failed compilation; ask javac for them directly.
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-proc:only", "-s", out.toString(), "-classpath", System.getProperty("java.class.path")),
          null, List.of(bad, point()));
      task.setProcessors(List.of(new StructSeqProcessor()));
      assertFalse(task.call());
    }
    assertEquals(1, diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count(),
        () -> diagnostics.getDiagnostics().toString());
    assertTrue(Files.exists(out.resolve("test/PointRecord.java")), "PointRecord generated despite Bad's error");
    assertFalse(Files.exists(out.resolve("test/BadRecord.java")), "nothing generated for the bad interface");
  }

  /** A {@code test.Point} with field {@code int x()} and the given extra member lines. */
  static JavaFileObject point(String... members) {
    String[] head = {
      "package test;",
      "import io.structseq.*;",
      "@StructSeq",
      "public interface Point extends StructSequence {",
      "  int x();",
    };
    String[] lines = Arrays.copyOf(head, head.length + members.length + 1);
    System.arraycopy(members, 0, lines, head.length, members.length);
    lines[lines.length - 1] = "}";
    return source("test.Point", lines);
  }

  @Test
  void pointHelperCompilesCleanly() {
    Compilation compilation = compile(point());
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(0, compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count());
  }
}
