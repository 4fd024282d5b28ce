package io.structseq.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/** Writes the record for one {@link StructModel}. Reads only the model, never javac's elements. */
final class RecordWriter {
  private static final String PROCESSOR = "io.structseq.processor.StructSeqProcessor";
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  /** Arguments per line in long generated argument lists. */
  static final int ARGUMENTS_PER_LINE = 6;

  private final StructModel model;
  private final TypeName self;
  private final boolean generatedAnnotation;

  /** @param generatedAnnotation whether to write {@code @Generated} (see {@link GeneratedAnnotation}) */
  RecordWriter(StructModel model, boolean generatedAnnotation) {
    this.model = model;
    this.self = model.recordType();
    this.generatedAnnotation = generatedAnnotation;
  }

  JavaFile write() {
    TypeSpec.Builder record = TypeSpec.recordBuilder(model.recordName())
        .addOriginatingElement(model.element())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(model.typeVariables())
        .addSuperinterface(model.interfaceType())
        .addJavadoc(javadoc())
        .recordConstructor(canonicalConstructor())
        // A component named like a type we call (Objects, Double, ...) would shadow it in
        // expressions; JavaPoet then writes such types fully qualified.
        .alwaysQualify(model.fields().stream().map(FieldModel::name).toArray(String[]::new))
        .alwaysQualify(model.shadowingNames().toArray(new String[0]))
        .addField(typeField());
    if (generatedAnnotation) {
      record.addAnnotation(AnnotationSpec.builder(ClassNames.GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    if (!model.typeVariables().isEmpty() || needsFactoryMethod()) {
      record.addMethod(factoryMethod());
    }
    record.addMethod(size())
        .addMethod(getByIndex())
        .addMethod(getByName())
        .addMethod(asMap())
        .addMethod(structType());
    for (FieldModel field : model.fields()) {
      record.addMethod(wither(field));
    }
    BuilderWriter builder = new BuilderWriter(model);
    record.addMethod(replace())
        .addMethod(builder.builderMethod())
        .addMethod(builder.toBuilderMethod())
        .addMethod(equalsMethod())
        .addMethod(hashCodeMethod())
        .addMethod(toStringMethod());
    if (model.comparableTo() != null) {
      record.addMethod(compareTo());
    }
    record.addType(builder.builderType());
    return JavaFile.builder(model.recordName().packageName(), record.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private CodeBlock javadoc() {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!model.doc().isEmpty()) {
      doc.add("$L\n\n", model.doc());
    }
    return doc.add("<p>The struct sequence {@code $L}, generated from {@link $T}.\n",
        model.displayName(), model.interfaceName()).build();
  }

  /**
   * The compact canonical constructor, or, when the interface has checks, the full one: a compact
   * constructor assigns the fields only after its body, and a check reads them through the accessors.
   */
  private MethodSpec canonicalConstructor() {
    boolean checked = !model.checks().isEmpty();
    MethodSpec.Builder constructor = (checked ? MethodSpec.constructorBuilder()
        : MethodSpec.compactConstructorBuilder()).addModifiers(Modifier.PUBLIC);
    for (FieldModel field : model.fields()) {
      constructor.addParameter(ParameterSpec.builder(field.type(), field.name()).build());
      if (!field.isPrimitive() && !field.nullable()) {
        constructor.addStatement("$T.requireNonNull($N, $S)", OBJECTS, field.name(),
            model.displayName() + "." + field.name() + " is null");
      }
    }
    if (checked) {
      StringBuilder body = new StringBuilder();
      for (FieldModel field : model.fields()) {
        body.append("this.").append(PlainCode.name(field)).append(" = ").append(PlainCode.name(field))
            .append(";\n");
      }
      for (String check : model.checks()) {
        body.append(check.replace("$", "$$")).append("();\n");
      }
      constructor.addCode(body.toString());
    }
    return constructor.build();
  }

  private FieldSpec typeField() {
    TypeName type = ParameterizedTypeName.get(ClassNames.STRUCT_TYPE, model.wildcardRecordType());
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.define(\n", ClassNames.STRUCT_TYPE)
        .indent().indent()
        .add("$S,\n$S,\n", model.displayName(), model.doc());
    if (!model.typeVariables().isEmpty() || needsFactoryMethod()) {
      init.add("$T::fromValues", model.recordName());
    } else {
      init.add("values -> new $T($L)", model.recordName(), castValues());
    }
    for (FieldModel field : model.fields()) {
      init.add(",\n");
      if (field.unnamed()) {
        init.add("$T.unnamed($L, $S, $S, $T.class, $L, $S)", ClassNames.STRUCT_FIELD, field.index(),
            field.name(), field.label(), field.erasure(), field.nullable(), field.doc());
      } else {
        init.add("$T.$L($L, $S, $T.class, $L, $S)", ClassNames.STRUCT_FIELD,
            field.hidden() ? "hidden" : "visible", field.index(), field.name(), field.erasure(),
            field.nullable(), field.doc());
      }
    }
    init.add(")").unindent().unindent();
    return FieldSpec.builder(type, ClassNames.TYPE_FIELD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The struct type of {@link $T}: its name, fields and constructor.\n", model.interfaceName())
        .initializer(init.build())
        .build();
  }

  /** A generic cast from {@code Object} needs a method to carry the type variables and the suppression. */
  private boolean needsFactoryMethod() {
    return model.fields().stream().anyMatch(f -> f.kind() == TypeKind.TYPEVAR || isGenericCast(f));
  }

  private static boolean isGenericCast(FieldModel field) {
    return !field.type().withoutAnnotations().equals(field.erasure());
  }

  private MethodSpec factoryMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromValues")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariables(model.typeVariables())
        .returns(self)
        .addParameter(Object[].class, "values")
        .addStatement("return new $T$L($L)", model.recordName(),
            model.typeVariables().isEmpty() ? "" : "<>", castValues());
    if (model.fields().stream().anyMatch(RecordWriter::isGenericCast)) {
      method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "unchecked").build());
    }
    return method.build();
  }

  private CodeBlock castValues() {
    CodeBlock.Builder casts = CodeBlock.builder();
    for (FieldModel f : model.fields()) {
      if (f.index() > 0) {
        casts.add(f.index() % ARGUMENTS_PER_LINE == 0 ? ",\n" : ", ");
      }
      if (f.erasure().equals(ClassName.OBJECT) && !isGenericCast(f)) {
        casts.add("values[$L]", f.index());
      } else {
        casts.add("($T) values[$L]", f.type().withoutAnnotations(), f.index());
      }
    }
    return casts.build();
  }

  /**
   * Joins identifiers into one argument list, a line break every few: one string is one JavaPoet
   * emit, where a CodeBlock per argument with wrap points costs several per argument.
   */
  static String argumentList(List<String> arguments) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        list.append(i % ARGUMENTS_PER_LINE == 0 ? ",\n" : ", ");
      }
      list.append(arguments.get(i));
    }
    return list.toString();
  }

  private MethodSpec size() {
    return override("size", TypeName.INT).addStatement("return $L", model.visibleFields().size()).build();
  }

  private MethodSpec getByIndex() {
    StringBuilder cases = new StringBuilder();
    for (FieldModel field : model.visibleFields()) {
      cases.append("case ").append(field.index()).append(": return this.")
          .append(PlainCode.name(field)).append(";\n");
    }
    return override("get", ClassName.OBJECT).addParameter(int.class, "index")
        .beginControlFlow("switch (index)")
        .addCode(cases.toString())
        .addStatement("default: throw $T.outOfRange($N, index)", ClassNames.STRUCT_SUPPORT,
            ClassNames.TYPE_FIELD)
        .endControlFlow()
        .build();
  }

  private MethodSpec getByName() {
    MethodSpec.Builder get = override("get", ClassName.OBJECT).addParameter(String.class, "name");
    List<FieldModel> named = model.namedFields();
    PerfectHash hash = PerfectHash.find(named.stream().map(FieldModel::name).toList());
    if (!named.isEmpty() && hash != null) {
      get.addComment("One dense switch on a collision-free slot of the hash, then one equals.")
          .beginControlFlow("if (name != null)")
          .addStatement("int h = name.hashCode()")
          .beginControlFlow(hash.shift() == 0 ? "switch (h & $L)" : "switch ((h ^ (h >>> $L)) & $L)",
              hash.shift() == 0 ? new Object[] {hash.mask()} : new Object[] {hash.shift(), hash.mask()});
      StringBuilder cases = new StringBuilder();
      named.stream()
          .sorted(java.util.Comparator.comparingInt(f -> hash.slot(f.name())))
          .forEach(f -> cases.append("case ").append(hash.slot(f.name())).append(":\n$>if (")
              .append(PlainCode.literal(f)).append(".equals(name)) return this.")
              .append(PlainCode.name(f)).append(";\nbreak;\n$<"));
      get.addCode(cases.toString()).endControlFlow().endControlFlow();
    } else if (!named.isEmpty()) {
      get.beginControlFlow("if (name != null)").beginControlFlow("switch (name)");
      for (FieldModel f : named) {
        get.addStatement("case $S: return this.$N", f.name(), f.name());
      }
      get.endControlFlow().endControlFlow();
    }
    return get.addStatement("throw $T.noField($N, name)", ClassNames.STRUCT_SUPPORT, ClassNames.TYPE_FIELD)
        .build();
  }

  private MethodSpec asMap() {
    return override("asMap", ParameterizedTypeName.get(MAP, TypeName.get(String.class), ClassName.OBJECT))
        .addStatement("return $N.asMap($L)", ClassNames.TYPE_FIELD, allValues())
        .build();
  }

  private MethodSpec structType() {
    return override("structType", ParameterizedTypeName.get(ClassNames.STRUCT_TYPE, model.wildcardRecordType()))
        .addStatement("return $N", ClassNames.TYPE_FIELD)
        .build();
  }

  private MethodSpec wither(FieldModel field) {
    // The wither's parameter has the field's name; every other value is read through this.
    // Identifiers only, so one pre-joined string: emitting it costs JavaPoet one call, not 3N.
    String arguments = argumentList(model.fields().stream()
        .map(f -> f == field ? f.name() : "this." + f.name())
        .collect(Collectors.toList()));
    return MethodSpec.methodBuilder(field.witherName())
        .addJavadoc("Returns a copy with {@code $L} replaced.\n", field.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(field.type(), field.name())
        .addStatement("return new $T$L($L)", model.recordName(),
            model.typeVariables().isEmpty() ? "" : "<>", arguments)
        .build();
  }

  private MethodSpec replace() {
    TypeName changes = ParameterizedTypeName.get(MAP, TypeName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
    MethodSpec.Builder replace = MethodSpec.methodBuilder(ClassNames.REPLACE)
        .addJavadoc("Returns a copy with the named fields changed, hidden ones included, as CPython's"
            + " {@code __replace__}.\n\n@param changes new values by field name\n@return the copy\n"
            + "@throws IllegalArgumentException if a name is not a field or a value does not fit\n"
            + "@throws UnsupportedOperationException if the type has unnamed fields\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(changes, "changes");
    if (model.typeVariables().isEmpty()) {
      replace.addStatement("return $N.replace($L, changes)", ClassNames.TYPE_FIELD, allValues());
    } else {
      replace.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
          .addComment("The values keep the erased types of A, B, ...: the cast is checked by StructType.")
          .addStatement("return ($T) $N.replace($L, changes)", self, ClassNames.TYPE_FIELD, allValues());
    }
    return replace.build();
  }

  private MethodSpec equalsMethod() {
    MethodSpec.Builder equals = override("equals", TypeName.BOOLEAN).addParameter(Object.class, "other")
        .beginControlFlow("if (other == this)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (other instanceof $T)", model.wildcardRecordType())
        .addStatement("$T that = ($T) other", model.wildcardRecordType(), model.wildcardRecordType());
    CodeBlock comparisons = model.visibleFields().stream()
        .map(RecordWriter::fieldEquals)
        .collect(CodeBlock.joining("\n    && "));
    return equals.addStatement("return $L", comparisons)
        .endControlFlow()
        .addStatement("return $T.listEquals(this, other)", ClassNames.STRUCT_SUPPORT)
        .build();
  }

  private static CodeBlock fieldEquals(FieldModel f) {
    switch (f.kind()) {
      case DOUBLE:
        return CodeBlock.of("$T.compare(this.$N, that.$N) == 0", Double.class, f.name(), f.name());
      case FLOAT:
        return CodeBlock.of("$T.compare(this.$N, that.$N) == 0", Float.class, f.name(), f.name());
      case INT: case LONG: case SHORT: case BYTE: case CHAR: case BOOLEAN:
        return CodeBlock.of("this.$N == that.$N", f.name(), f.name());
      default:
        return CodeBlock.of("$T.equals(this.$N, that.$N)", OBJECTS, f.name(), f.name());
    }
  }

  private MethodSpec hashCodeMethod() {
    MethodSpec.Builder hashCode = override("hashCode", TypeName.INT)
        .addComment("java.util.List's hash over the visible values, without boxing.")
        .addStatement("int h = 1");
    StringBuilder lines = new StringBuilder();
    List<Object> types = new java.util.ArrayList<>();
    for (FieldModel f : model.visibleFields()) {
      ClassName box = boxName(f.kind());
      types.add(box == null ? OBJECTS : box);
      lines.append("h = 31 * h + $T.hashCode(this.").append(PlainCode.name(f)).append(");\n");
    }
    return hashCode.addCode(lines.toString(), types.toArray())
        .addStatement("return h").build();
  }

  static ClassName boxName(TypeKind kind) {
    switch (kind) {
      case INT: return ClassName.get(Integer.class);
      case LONG: return ClassName.get(Long.class);
      case DOUBLE: return ClassName.get(Double.class);
      case FLOAT: return ClassName.get(Float.class);
      case SHORT: return ClassName.get(Short.class);
      case BYTE: return ClassName.get(Byte.class);
      case CHAR: return ClassName.get(Character.class);
      case BOOLEAN: return ClassName.get(Boolean.class);
      default: return null;
    }
  }

  private MethodSpec toStringMethod() {
    MethodSpec.Builder toString = override("toString", TypeName.get(String.class))
        .addComment("CPython's repr: name(label=value, ...) over the visible values.")
        .addStatement("$T sb = new $T($L)", StringBuilder.class, StringBuilder.class,
            16 + model.displayName().length() + 16 * model.visibleFields().size());
    String separator = model.displayName() + "(";
    StringBuilder lines = new StringBuilder();
    List<Object> args = new java.util.ArrayList<>();
    for (FieldModel f : model.visibleFields()) {
      String prefix = separator + (f.unnamed() ? labelOf(f) : f.name()) + "=";
      switch (f.kind()) {
        case INT: case LONG: case SHORT: case BYTE:
          lines.append("sb.append($S).append(this.").append(PlainCode.name(f)).append(");\n");
          args.add(prefix);
          break;
        default:
          lines.append("$T.append(sb.append($S), this.").append(PlainCode.name(f)).append(");\n");
          args.add(ClassNames.PY_REPR);
          args.add(prefix);
          break;
      }
      separator = ", ";
    }
    return toString.addCode(lines.toString(), args.toArray()).addStatement("return sb.append(')').toString()").build();
  }

  static String labelOf(FieldModel f) {
    return f.label().isEmpty() ? "unnamed@" + f.index() : f.label();
  }

  private MethodSpec compareTo() {
    MethodSpec.Builder compareTo = override("compareTo", TypeName.INT)
        .addParameter(model.comparableTo(), "other")
        .addComment("Tuple order over the visible values; null sorts first.");
    if (model.visibleFields().size() > 1) {
      compareTo.addStatement("int c");
    }
    List<FieldModel> visible = model.visibleFields();
    for (int i = 0; i < visible.size(); i++) {
      FieldModel f = visible.get(i);
      ClassName box = boxName(f.kind());
      CodeBlock comparison;
      if (box != null) {
        comparison = CodeBlock.of("$T.compare(this.$N, other.$N())", box, f.name(), f.name());
      } else if (f.nullable()) {
        comparison = CodeBlock.of("this.$N == null ? (other.$N() == null ? 0 : -1) : other.$N() == null ? 1"
            + " : this.$N.compareTo(other.$N())", f.name(), f.name(), f.name(), f.name(), f.name());
      } else {
        comparison = CodeBlock.of("this.$N.compareTo(other.$N())", f.name(), f.name());
      }
      if (i == visible.size() - 1) {
        return compareTo.addStatement("return $L", comparison).build();
      }
      compareTo.addStatement("c = $L", comparison)
          .beginControlFlow("if (c != 0)").addStatement("return c").endControlFlow();
    }
    return compareTo.addStatement("return 0").build();
  }

  /** {@code new Object[] {this.a, this.b, ...}}: identifiers only, pre-joined for JavaPoet. */
  private String allValues() {
    return "new Object[] {" + argumentList(model.fields().stream()
        .map(f -> "this." + f.name())
        .collect(Collectors.toList())) + "}";
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
