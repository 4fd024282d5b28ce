package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interfaces declared in Kotlin, as the processor sees them under kapt: the stubs kapt 2.4.21 wrote
 * (test resources {@code kapt-stubs/}, see its README), each with its {@code @kotlin.Metadata}.
 */
class KotlinStubsTest {
  private static final String STUBS = "io/structseq/processor/kapt-stubs/";

  private static JavaFileObject stub(String name) {
    return JavaFileObjects.forResource(STUBS + "test/" + name + ".java");
  }

  /** Compiles the stubs with the Kotlin annotations they refer to. */
  private static Compilation compile(JavaFileObject... stubs) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(stubs));
    sources.add(JavaFileObjects.forResource(STUBS + "kotlin/Metadata.java"));
    sources.add(JavaFileObjects.forResource(STUBS + "org/jetbrains/annotations/Nullable.java"));
    sources.add(JavaFileObjects.forResource(STUBS + "org/jetbrains/annotations/NotNull.java"));
    return javac().withProcessors(new StructSeqProcessor()).compile(sources);
  }

  /**
   * <pre>
   * &#47;** An open file. *&#47;
   * &#64;StructSeq(name = "test.file")
   * interface FileInfo : StructSequence {
   *   &#47;** size in bytes *&#47; val size_bytes: Long
   *   &#47;** whether it is open *&#47; val isOpen: Boolean
   *   &#47;** the owner, if known *&#47; val owner: String?
   *   &#47;** the path *&#47; val path: String
   *   &#64;get:Unnamed(label = "st_mtime") val mtime_sec: Long
   *   &#64;get:Hidden val mtime_ns: Long
   *   &#47;** twice the size *&#47; val doubled: Long get() = size_bytes * 2
   *   &#47;** a function *&#47; fun mode(): Int
   * }
   * </pre>
   */
  @Test
  void propertiesAreFieldsNamedAfterThem(@TempDir Path classes) throws Exception {
    Compilation compilation = compile(stub("FileInfo"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.FileInfoRecord").contentsAsUtf8String()
        .contains("public record FileInfoRecord(long size_bytes, boolean isOpen, @Nullable String owner,"
            + " String path,\n    long mtime_sec, int mode, long mtime_ns) implements FileInfo {");
    // The getter bridge of a nullable property says so too (kapt's @org.jetbrains.annotations.Nullable).
    assertThat(compilation).generatedSourceFile("test.FileInfoRecord").contentsAsUtf8String()
        .contains("  @Nullable\n  public String getOwner() {\n    return this.owner;\n  }");
    try (URLClassLoader loader = CompiledClasses.load(compilation, classes)) {
      Class<?> record = loader.loadClass("test.FileInfoRecord");
      StructType<?> type = (StructType<?>) record.getField("TYPE").get(null);
      assertEquals("An open file.", type.doc());
      assertEquals(List.of("size_bytes", "isOpen", "owner", "path", "mtime_sec", "mode", "mtime_ns"),
          type.fields().stream().map(StructField::name).toList());
      assertEquals(List.of("size in bytes", "whether it is open", "the owner, if known", "the path", "",
          "a function", ""), type.fields().stream().map(StructField::doc).toList());
      assertEquals(List.of(false, false, true, false, false, false, false),
          type.fields().stream().map(StructField::isNullable).toList());

      StructSequence file = type.fromSequence(List.of(10L, true, "ann", "/f", 7L, 0644),
          Map.of("mtime_ns", 7_000_000_001L));
      assertEquals("test.file(size_bytes=10, isOpen=True, owner='ann', path='/f', st_mtime=7, mode=420)",
          file.toString());
      assertEquals(7_000_000_001L, file.get("mtime_ns"));
      assertEquals(10L, file.get("size_bytes"));
      // The record implements the interface's getters, returning the components.
      assertEquals(10L, record.getMethod("getSize_bytes").invoke(file));
      assertEquals(10L, record.getMethod("size_bytes").invoke(file));
      assertEquals(true, record.getMethod("isOpen").invoke(file));
      assertEquals(7_000_000_001L, record.getMethod("getMtime_ns").invoke(file));
      // A property with a body stays the interface's default method.
      assertFalse(type.field("doubled").isPresent());

      // Kotlin's String? is a nullable field; String is not.
      List<Object> values = new ArrayList<>(List.of(1L, false, "x", "/g", 2L, 3));
      values.set(2, null);
      StructSequence ownerless = type.fromSequence(values, Map.of("mtime_ns", 4L));
      assertNull(record.getMethod("getOwner").invoke(ownerless));
      values.set(3, null);
      NullPointerException e = assertThrows(NullPointerException.class,
          () -> type.fromSequence(values, Map.of("mtime_ns", 4L)));
      assertEquals("test.file.path is null", e.getMessage());
      // fromSequence fills the hidden field by its property's name.
      IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
          () -> type.fromSequence(List.of(1L, false, "x", "/g", 2L, 3), Map.of("getMtime_ns", 4L)));
      assertTrue(unknown.getMessage().contains("unexpected field name"), unknown.getMessage());
    }
  }

  /**
   * {@code interface Ranked : StructSequence, Comparable<Ranked> { val rank: Int; val title: String? }}
   * and {@code interface Twin<A, B> : StructSequence { val first: A; val second: B }}: compareTo reads
   * the other value through the interface's getters, and the getters keep the type variables.
   */
  @Test
  void comparableAndGenericProperties(@TempDir Path classes) throws Exception {
    Compilation compilation = compile(stub("Ranked"), stub("Twin"));
    assertThat(compilation).succeeded();
    try (URLClassLoader loader = CompiledClasses.load(compilation, classes)) {
      StructType<?> ranked = (StructType<?>) loader.loadClass("test.RankedRecord").getField("TYPE").get(null);
      @SuppressWarnings("unchecked")
      Comparable<Object> low = (Comparable<Object>) ranked.fromSequence(java.util.Arrays.asList(1, null));
      Object high = ranked.fromSequence(List.of(1, "b"));
      assertTrue(low.compareTo(high) < 0);
      assertEquals(0, low.compareTo(ranked.fromSequence(java.util.Arrays.asList(1, null))));
      Class<?> twin = loader.loadClass("test.TwinRecord");
      Object pair = twin.getConstructor(Object.class, Object.class).newInstance("a", 2);
      assertEquals("a", twin.getMethod("getFirst").invoke(pair));
      assertEquals(2, twin.getMethod("getSecond").invoke(pair));
      assertEquals("Twin(first='a', second=2)", pair.toString());
    }
  }

  /** {@code var label: String}: its setter cannot be implemented. */
  @Test
  void varIsRejected() {
    JavaFileObject f = stub("Counter");
    ProcessorErrorsTest.assertOneError(compile(f), f, "[StructSeqKotlinVar] property label is a var, whose setter"
        + " setLabel() a struct sequence cannot implement: its fields are final; declare it with val",
        "setLabel(");
  }

  /** {@code @Hidden val note: String}: the annotation is on the property, which Java does not see. */
  @Test
  void annotationWithoutUseSiteTargetIsRejected() {
    JavaFileObject f = stub("Marked");
    ProcessorErrorsTest.assertOneError(compile(f), f, "[StructSeqKotlinUseSite] @Hidden on property note applies"
        + " to the property, which Java does not see, and not to its getter; write @get:Hidden", "getNote()");
  }

  /** The same under {@code -jvm-default=no-compatibility}, where the synthetic method is on the interface. */
  @Test
  void annotationWithoutUseSiteTargetIsRejectedWithoutDefaultImpls() {
    JavaFileObject f = stub("MarkedStatic");
    ProcessorErrorsTest.assertOneError(compile(f), f, "[StructSeqKotlinUseSite] @Hidden on property note",
        "getNote()");
  }

  /** {@code @get:Hidden val twice: Int get() = count * 2}: a derived value cannot be hidden. */
  @Test
  void annotatedComputedPropertyIsRejected() {
    JavaFileObject f = stub("Derived");
    Compilation compilation = compile(f);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    // On the getter's @Hidden (line 9); the copy on DefaultImpls' static getTwice is not the field.
    assertThat(compilation).hadErrorContaining("[StructSeqComputedProperty] @get:Hidden applies only to"
        + " fields, but property twice has a getter with a body, so it is a derived value and not a field;"
        + " remove @get:Hidden, or remove the getter's body to make it a field").inFile(f).onLine(9);
  }

  /**
   * {@code fun twice(): Int = count * 2} and {@code val thrice: Int get() = count * 3} compiled with
   * {@code -jvm-default=disable}: abstract in the stub, their bodies in DefaultImpls.
   */
  @Test
  void bodiesInDefaultImplsAreRejected() {
    JavaFileObject f = stub("Bodies");
    Compilation compilation = compile(f);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[StructSeqKotlinDefaultImpls] function twice() has a body in"
        + " Kotlin, but its JVM method twice() is abstract").inFile(f).onLineContaining("abstract int twice()");
    assertThat(compilation).hadErrorContaining("[StructSeqKotlinDefaultImpls] property thrice has a body in"
        + " Kotlin, but its JVM method getThrice() is abstract").inFile(f).onLineContaining("getThrice()");
  }

  /** {@code val default: Int}: a fine Kotlin name, a Java keyword. */
  @Test
  void propertyNamedAfterJavaKeywordIsRejected() {
    JavaFileObject f = stub("Keyword");
    ProcessorErrorsTest.assertOneError(compile(f), f, "[StructSeqKotlinName] property default cannot name a"
        + " record component, being a Java keyword; rename the property", "getDefault()");
  }

  /** {@code val size: Int}: the field's name is the property's, which clashes with List.size. */
  @Test
  void propertyNameClashesLikeAMethodName() {
    JavaFileObject f = stub("Sized");
    ProcessorErrorsTest.assertOneError(compile(f), f,
        "[StructSeqNameClash] field name 'size' clashes with java.util.List.size", "getSize()");
  }

  /** A Java interface keeps its rule: a method getA() is the field getA. */
  @Test
  void javaGettersKeepTheirNames() {
    JavaFileObject f = ProcessorErrorsTest.source("test.Bean",
        "package test;",
        "@io.structseq.StructSeq",
        "public interface Bean extends io.structseq.StructSequence {",
        "  int getA();",
        "  boolean isOpen();",
        "}");
    Compilation compilation = compile(f);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.BeanRecord").contentsAsUtf8String()
        .contains("public record BeanRecord(int getA, boolean isOpen) implements Bean {");
  }

  /** Metadata that cannot be read is reported, not a crash: truncated, or in Kotlin 1.3's encoding. */
  @Test
  void unreadableMetadataIsReported() {
    for (String d1 : List.of("\\u0000\\u00ff", "\\u0001abc")) {
      JavaFileObject f = ProcessorErrorsTest.source("test.Broken",
          "package test;",
          "@kotlin.Metadata(k = 1, d1 = {\"" + d1 + "\"}, d2 = {})",
          "@io.structseq.StructSeq",
          "public interface Broken extends io.structseq.StructSequence {",
          "  int getA();",
          "}");
      ProcessorErrorsTest.assertOneError(compile(f), f, "[StructSeqKotlinMetadata] cannot read the"
          + " @kotlin.Metadata of Broken", "interface Broken");
    }
  }
}
