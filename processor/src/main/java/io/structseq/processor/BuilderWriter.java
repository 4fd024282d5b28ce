package io.structseq.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Builder} of a record and its {@code builder()} / {@code toBuilder()}
 * methods: a setter per field, a copy constructor, and a {@code build()} that names every missing
 * required field (a primitive never set, or a non-null reference left null) in one message.
 *
 * <p>The builder's fields start unset, so a field of a required reference is nullable; with a
 * {@code Nullable} annotation to say so (JSpecify's, else one the interface uses; without either,
 * {@code @SuppressWarnings("NullAway.Init")}), NullAway accepts the builder, and {@code build()}
 * checks each of them before it calls the constructor.
 */
final class BuilderWriter {
  private static final ClassName BIT_SET = ClassName.get(BitSet.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ClassName ILLEGAL_STATE = ClassName.get(IllegalStateException.class);
  private static final AnnotationSpec NULLAWAY_INIT = AnnotationSpec.builder(SuppressWarnings.class)
      .addMember("value", "$S", "NullAway.Init")
      .build();

  private final StructModel model;
  private final ClassName builderName;
  private final TypeName builderType;
  private final String assigned;
  /** The fields of primitive type, whose position in this list is their bit in {@code assigned}. */
  private final List<FieldModel> primitives;
  private final ClassName jspecifyNullable;
  /** Marks the builder's fields of required references; null when there is none to use. */
  private final NullableAnnotation unset;

  BuilderWriter(StructModel model, ClassName jspecifyNullable) {
    this.model = model;
    this.builderName = model.recordName().nestedClass(RecordMembers.BUILDER_CLASS);
    this.builderType = model.typeVariables().isEmpty()
        ? builderName
        : ParameterizedTypeName.get(builderName, model.typeVariables().toArray(new TypeName[0]));
    this.assigned = assignedName(model);
    this.primitives = model.fields().stream().filter(FieldModel::isPrimitive).toList();
    this.jspecifyNullable = jspecifyNullable;
    this.unset = jspecifyNullable != null
        ? NullableAnnotation.jspecify(jspecifyNullable)
        : model.fields().stream()
            .map(FieldModel::nullableAnnotation)
            .filter(a -> a != null && (a.typeUse() || a.allows(ElementType.FIELD)))
            .findFirst()
            .orElse(null);
  }

  /**
   * Returns the builder's mask of set primitives: {@code assigned}, with a {@code _} per field it
   * would hide.
   */
  static String assignedName(StructModel model) {
    Set<String> names = model.fields().stream().map(FieldModel::name).collect(Collectors.toSet());
    String mask = "assigned";
    while (names.contains(mask)) {
      mask += "_";
    }
    return mask;
  }

  private String diamond() {
    return model.typeVariables().isEmpty() ? "" : "<>";
  }

  /** Returns {@code public static Builder builder()}. */
  MethodSpec builderMethod() {
    return MethodSpec.methodBuilder(RecordMembers.BUILDER)
        .addJavadoc("Returns a builder with no field set.\n\n@return a new builder\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(model.typeVariables())
        .returns(builderType)
        .addStatement("return new $T$L()", builderName, diamond())
        .build();
  }

  /** Returns {@code public Builder toBuilder()}, a builder holding every value of this record. */
  MethodSpec toBuilderMethod() {
    return MethodSpec.methodBuilder(RecordMembers.TO_BUILDER)
        .addJavadoc("""
            Returns a builder holding every value of this record, hidden ones included.

            @return a new builder
            """)
        .addModifiers(Modifier.PUBLIC)
        .returns(builderType)
        .addStatement("return new $T$L(this)", builderName, diamond())
        .build();
  }

  TypeSpec builderType() {
    TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
        .addJavadoc("A builder of {@link $T}: set fields in any order, then {@link #build()}.\n",
            model.recordName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariables(model.typeVariables());
    if (!primitives.isEmpty()) {
      builder.addField(FieldSpec.builder(BIT_SET, assigned, Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc("Which primitive fields were set, by their order among the primitive fields.\n")
          .initializer("new $T($L)", BIT_SET, primitives.size())
          .build());
    }
    for (FieldModel f : model.fields()) {
      builder.addField(field(f));
    }
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(copyConstructor());
    for (FieldModel f : model.fields()) {
      MethodSpec.Builder setter = MethodSpec.methodBuilder(f.name())
          .addJavadoc("Sets {@code $L}.\n", f.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(builderType)
          .addParameter(RecordWriter.parameter(f, ElementType.PARAMETER, jspecifyNullable))
          .addStatement("this.$N = $N", f.name(), f.name());
      if (f.isPrimitive()) {
        setter.addStatement("$N.set($L)", assigned, primitives.indexOf(f));
      }
      builder.addMethod(setter.addStatement("return this").build());
    }
    builder.addMethod(build());
    if (!required().isEmpty()) {
      builder.addMethod(missing());
    }
    return builder.build();
  }

  /** A field of the builder: nullable when the record's is, or when it holds a required reference. */
  private FieldSpec field(FieldModel f) {
    if (f.isPrimitive()) {
      return FieldSpec.builder(f.type(), f.name(), Modifier.PRIVATE).build();
    }
    NullableAnnotation nullable = f.nullable() ? NullableAnnotation.of(f, jspecifyNullable) : null;
    if (nullable == null) {
      nullable = unset;
    }
    if (nullable == null) {
      // No annotation can say that it starts unset; NullAway's own key says that build() checks it.
      return FieldSpec.builder(f.type(), f.name(), Modifier.PRIVATE).addAnnotation(NULLAWAY_INIT).build();
    }
    FieldSpec.Builder field = FieldSpec.builder(nullable.on(f.type()), f.name(), Modifier.PRIVATE);
    if (!nullable.typeUse() && nullable.allows(ElementType.FIELD)) {
      field.addAnnotation(nullable.annotation());
    }
    return field.build();
  }

  private MethodSpec copyConstructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(model.recordType(), "source");
    for (FieldModel f : model.fields()) {
      constructor.addStatement("this.$N = source.$N", f.name(), f.name());
    }
    if (!primitives.isEmpty()) {
      constructor.addStatement("$N.set(0, $L)", assigned, primitives.size());
    }
    return constructor.build();
  }

  /** @return the fields {@code build()} requires: primitives, and references not nullable */
  private List<FieldModel> required() {
    return model.fields().stream().filter(f -> f.isPrimitive() || !f.nullable()).toList();
  }

  private MethodSpec build() {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addJavadoc("Builds the record.\n\n@return the record\n@throws IllegalStateException naming every"
            + " required field that was not set\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(model.recordType());
    List<CodeBlock> unsetConditions = new ArrayList<>();
    if (!primitives.isEmpty()) {
      unsetConditions.add(CodeBlock.of("$N.cardinality() < $L", assigned, primitives.size()));
    }
    for (FieldModel f : required()) {
      if (!f.isPrimitive()) {
        unsetConditions.add(CodeBlock.of("this.$N == null", f.name()));
      }
    }
    if (!unsetConditions.isEmpty()) {
      // Each reference is checked here, where NullAway sees it, before it reaches the constructor.
      build.beginControlFlow("if ($L)", CodeBlock.join(unsetConditions, "\n|| "))
          .addStatement("throw new $T($S$W+ missing())", ILLEGAL_STATE,
              model.displayName() + " is missing required field(s): ")
          .endControlFlow();
    }
    return build.addStatement("return new $T$L($L)", model.recordName(), diamond(),
        RecordWriter.fieldValues(model.fields())).build();
  }

  private MethodSpec missing() {
    MethodSpec.Builder missing = MethodSpec.methodBuilder("missing")
        .addModifiers(Modifier.PRIVATE)
        .returns(ParameterizedTypeName.get(LIST, ClassName.get(String.class)))
        .addStatement("$T<String> names = new $T<>()", LIST, ARRAY_LIST);
    for (FieldModel f : required()) {
      if (f.isPrimitive()) {
        missing.beginControlFlow("if (!$N.get($L))", assigned, primitives.indexOf(f));
      } else {
        missing.beginControlFlow("if (this.$N == null)", f.name());
      }
      missing.addStatement("names.add($S)", f.name()).endControlFlow();
    }
    return missing.addStatement("return names").build();
  }
}
