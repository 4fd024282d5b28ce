package io.structseq.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The annotation named {@code Nullable} that marks a field, as the generated code writes it again on
 * the record component, the wither's and the builder's parameters and the builder's field: on the
 * type when it is a type-use annotation (JSpecify's), else on each declaration its targets allow.
 *
 * @param annotation the annotation as written on the interface, members included
 * @param typeUse whether it is a type-use annotation, written on the type
 * @param targets the declaration contexts it may be written in (every one when it has no
 *     {@code @Target})
 */
record NullableAnnotation(AnnotationSpec annotation, boolean typeUse, Set<ElementType> targets) {

  static NullableAnnotation of(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    Target target = type.getAnnotation(Target.class);
    // Without @Target an annotation is applicable in every declaration context and no type context.
    Set<ElementType> targets = EnumSet.complementOf(EnumSet.of(ElementType.TYPE_USE));
    if (target != null) {
      targets = EnumSet.noneOf(ElementType.class);
      targets.addAll(List.of(target.value()));
    }
    return new NullableAnnotation(AnnotationSpec.get(mirror), targets.contains(ElementType.TYPE_USE),
        Set.copyOf(targets));
  }

  /** Returns JSpecify's {@code Nullable}, a type-use annotation. */
  static NullableAnnotation jspecify(ClassName nullable) {
    return new NullableAnnotation(AnnotationSpec.builder(nullable).build(), true, Set.of(ElementType.TYPE_USE));
  }

  /**
   * Returns how the record marks {@code field} nullable: with the interface's annotation, else (a
   *     field nullable by other means) with JSpecify's when it is visible; null when it is not
   *     nullable or nothing can say so.
   */
  static NullableAnnotation of(FieldModel field, ClassName jspecifyNullable) {
    if (field.nullableAnnotation() != null) {
      return field.nullableAnnotation();
    }
    return field.nullable() && jspecifyNullable != null ? jspecify(jspecifyNullable) : null;
  }

  /** Returns {@code type} with the annotation on it when it is a type-use annotation. */
  TypeName on(TypeName type) {
    return typeUse ? type.annotated(annotation) : type;
  }

  /** Returns a parameter or component of that type and name, annotated as the context allows. */
  ParameterSpec parameter(TypeName type, String name, ElementType context) {
    ParameterSpec.Builder parameter = ParameterSpec.builder(on(type), name);
    if (!typeUse && allows(context)) {
      parameter.addAnnotation(annotation);
    }
    return parameter.build();
  }

  /**
   * Returns whether it may be written as a declaration annotation in that context; a record
   *     component takes one that fits any declaration it propagates to.
   */
  boolean allows(ElementType context) {
    if (context == ElementType.RECORD_COMPONENT) {
      return targets.contains(ElementType.RECORD_COMPONENT) || targets.contains(ElementType.FIELD)
          || targets.contains(ElementType.METHOD) || targets.contains(ElementType.PARAMETER);
    }
    return targets.contains(context);
  }
}
