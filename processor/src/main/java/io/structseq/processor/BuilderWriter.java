package io.structseq.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Builder} of a record and its {@code builder()} / {@code toBuilder()}
 * methods: a setter per field, and a {@code build()} that names every missing required field (a
 * primitive never set, or a non-null reference left null) in one message.
 */
final class BuilderWriter {
  private static final ClassName BIT_SET = ClassName.get(BitSet.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ClassName ILLEGAL_STATE = ClassName.get(IllegalStateException.class);

  private final StructModel model;
  private final ClassName builderName;
  private final TypeName builderType;
  private final String assigned;

  BuilderWriter(StructModel model) {
    this.model = model;
    this.builderName = model.recordName().nestedClass(ClassNames.BUILDER_CLASS);
    this.builderType = model.typeVariables().isEmpty()
        ? builderName
        : ParameterizedTypeName.get(builderName, model.typeVariables().toArray(new TypeName[0]));
    this.assigned = assignedName(model);
  }

  /** @return the builder's mask of set primitives: {@code assigned}, with a {@code _} per field it would hide */
  static String assignedName(StructModel model) {
    Set<String> names = model.fields().stream().map(FieldModel::name).collect(Collectors.toSet());
    String mask = "assigned";
    while (names.contains(mask)) {
      mask += "_";
    }
    return mask;
  }

  /** @return {@code public static Builder builder()} */
  MethodSpec builderMethod() {
    return MethodSpec.methodBuilder(ClassNames.BUILDER)
        .addJavadoc("Returns a builder with no field set.\n\n@return a new builder\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(model.typeVariables())
        .returns(builderType)
        .addStatement("return new $T$L()", builderName, model.typeVariables().isEmpty() ? "" : "<>")
        .build();
  }

  /** @return {@code public Builder toBuilder()}, a builder holding every value of this record */
  MethodSpec toBuilderMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(ClassNames.TO_BUILDER)
        .addJavadoc("Returns a builder holding every value of this record, hidden ones included.\n\n"
            + "@return a new builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builderType)
        .addStatement("$T builder = new $T$L()", builderType, builderName,
            model.typeVariables().isEmpty() ? "" : "<>");
    StringBuilder calls = new StringBuilder();
    for (FieldModel f : model.fields()) {
      calls.append("builder.").append(PlainCode.name(f)).append("(this.").append(PlainCode.name(f))
          .append(");\n");
    }
    return method.addCode(calls.toString()).addStatement("return builder").build();
  }

  TypeSpec builderType() {
    TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
        .addJavadoc("A builder of {@link $T}: set fields in any order, then {@link #build()}.\n",
            model.recordName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariables(model.typeVariables());
    List<FieldModel> primitives = model.fields().stream().filter(FieldModel::isPrimitive).toList();
    if (!primitives.isEmpty()) {
      builder.addField(FieldSpec.builder(BIT_SET, assigned, Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc("Which primitive fields were set, by canonical index.\n")
          .initializer("new $T($L)", BIT_SET, model.fields().size())
          .build());
    }
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FieldModel f : model.fields()) {
      builder.addField(f.type(), f.name(), Modifier.PRIVATE);
      MethodSpec.Builder setter = MethodSpec.methodBuilder(f.name())
          .addJavadoc(new PlainCode().text("Sets {@code " + f.name() + "}.\n").build())
          .addModifiers(Modifier.PUBLIC)
          .returns(builderType)
          .addParameter(f.type(), f.name());
      String name = PlainCode.name(f);
      StringBuilder body = new StringBuilder("this.").append(name).append(" = ").append(name).append(";\n");
      if (f.isPrimitive()) {
        body.append(assigned).append(".set(").append(f.index()).append(");\n");
      }
      builder.addMethod(setter.addCode(body.append("return this;\n").toString()).build());
    }
    return builder.addMethod(build(primitives)).build();
  }

  private MethodSpec build(List<FieldModel> primitives) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addJavadoc("Builds the record.\n\n@return the record\n@throws IllegalStateException naming every"
            + " required field that was not set\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(model.recordType());
    List<FieldModel> required = new ArrayList<>();
    for (FieldModel f : model.fields()) {
      if (f.isPrimitive() || !f.nullable()) {
        required.add(f);
      }
    }
    if (!required.isEmpty()) {
      build.addStatement("$T<String> missing = new $T<>()", LIST, ARRAY_LIST);
      StringBuilder checks = new StringBuilder();
      for (FieldModel f : required) {
        checks.append(f.isPrimitive()
                ? "if (!" + assigned + ".get(" + f.index() + ")) {\n"
                : "if (this." + PlainCode.name(f) + " == null) {\n")
            .append("$>missing.add(").append(PlainCode.literal(f)).append(");\n$<}\n");
      }
      build.addCode(checks.toString());
      build.beginControlFlow("if (!missing.isEmpty())")
          .addStatement("throw new $T($S + missing)", ILLEGAL_STATE,
              model.displayName() + " is missing required field(s): ")
          .endControlFlow();
    }
    String arguments = RecordWriter.argumentList(model.fields().stream()
        .map(f -> "this." + f.name())
        .collect(Collectors.toList()));
    return build.addStatement("return new $T$L($L)", model.recordName(),
        model.typeVariables().isEmpty() ? "" : "<>", arguments).build();
  }
}
