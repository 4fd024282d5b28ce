package io.structseq.processor;

import com.palantir.javapoet.TypeName;
import javax.lang.model.type.TypeKind;

/**
 * One field of a struct sequence, in the terms the code generator needs.
 *
 * @param name the field's name, which is the record component's name: the accessor's name, or for
 *     a Kotlin property its name ({@code size_bytes} for the getter {@code getSize_bytes()})
 * @param type the accessor's return type as seen from the annotated interface
 * @param kind the type's kind: a primitive kind, or {@code DECLARED}/{@code TYPEVAR}/{@code ARRAY}
 * @param erasure the erased type, for the {@code StructField} class literal
 * @param hidden whether the field is outside the sequence
 * @param unnamed whether the field is reachable by index only
 * @param label the {@code @Unnamed} label, empty when none
 * @param nullable whether the field may be null
 * @param nullableAnnotation the annotation that says so, written again in the record; null when
 *     the field is not nullable
 * @param doc the accessor's Javadoc, trimmed, or empty
 * @param index canonical position
 * @param accessor the interface method the field implements: {@code name}, or a Kotlin property's
 *     getter, which the record implements by returning the component
 */
record FieldModel(
    String name,
    TypeName type,
    TypeKind kind,
    TypeName erasure,
    boolean hidden,
    boolean unnamed,
    String label,
    boolean nullable,
    NullableAnnotation nullableAnnotation,
    String doc,
    int index,
    String accessor) {

  /** Returns whether the record must implement the interface's accessor besides the component's. */
  boolean needsBridge() {
    return !accessor.equals(name);
  }

  boolean isPrimitive() {
    return kind.isPrimitive();
  }

  /** Returns the wither's name: {@code with} and the name with its first letter upper-cased. */
  String witherName() {
    return witherName(name);
  }

  static String witherName(String fieldName) {
    int first = fieldName.codePointAt(0);
    return "with" + new String(Character.toChars(Character.toUpperCase(first)))
        + fieldName.substring(Character.charCount(first));
  }
}
