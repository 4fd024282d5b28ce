package io.structseq.processor;

import com.palantir.javapoet.ClassName;

/** Names of the types the processor reads and the generated code refers to. */
final class ClassNames {
  static final String PACKAGE = "io.structseq";
  static final String STRUCT_SEQ = PACKAGE + ".StructSeq";
  static final String HIDDEN = PACKAGE + ".Hidden";
  static final String UNNAMED = PACKAGE + ".Unnamed";
  static final String CHECK = PACKAGE + ".Check";
  static final String STRUCT_SEQUENCE = PACKAGE + ".StructSequence";
  static final String NULLABLE_SIMPLE_NAME = "Nullable";
  /** JSpecify's nullness annotation, which the record uses where the interface cannot say. */
  static final String JSPECIFY_NULLABLE = "org.jspecify.annotations.Nullable";
  static final String COMPARABLE = "java.lang.Comparable";
  static final String RECORD = "java.lang.Record";
  /** The processor's name, which {@code @Generated} on every record carries. */
  static final String PROCESSOR = StructSeqProcessor.class.getName();

  static final ClassName STRUCT_SEQUENCE_CLASS = ClassName.get(PACKAGE, "StructSequence");
  static final ClassName STRUCT_TYPE = ClassName.get(PACKAGE, "StructType");
  static final ClassName STRUCT_FIELD = ClassName.get(PACKAGE, "StructField");
  static final ClassName STRUCT_SUPPORT = ClassName.get(PACKAGE, "StructSupport");
  static final ClassName PY_REPR = ClassName.get(PACKAGE, "PyRepr");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private ClassNames() {}
}
