package io.structseq.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
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
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName STRING_BUILDER = ClassName.get(StringBuilder.class);
  private static final ClassName INTEGER = ClassName.get(Integer.class);
  private static final ClassName LONG = ClassName.get(Long.class);
  private static final ClassName DOUBLE = ClassName.get(Double.class);
  private static final ClassName FLOAT = ClassName.get(Float.class);
  private static final ClassName SHORT = ClassName.get(Short.class);
  private static final ClassName BYTE = ClassName.get(Byte.class);
  private static final ClassName CHARACTER = ClassName.get(Character.class);
  private static final ClassName BOOLEAN = ClassName.get(Boolean.class);
  private static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(Override.class).build();
  /** {@code @SuppressWarnings("unchecked")} */
  static final AnnotationSpec UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
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
      record.addAnnotation(AnnotationSpec.builder(ClassNames.GENERATED).addMember("value", "$S", ClassNames.PROCESSOR).build());
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
    for (FieldModel field : model.fields()) {
      if (field.needsBridge()) {
        record.addMethod(bridge(field));
      }
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
    PlainCode nullChecks = new PlainCode();
    for (FieldModel field : model.fields()) {
      constructor.addParameter(field.type(), field.name());
      if (!field.isPrimitive() && !field.nullable()) {
        // What addStatement("$T.requireNonNull($N, $S)", ...) writes, in one block for all fields.
        nullChecks.format("$[").type(OBJECTS).text(".requireNonNull(" + field.name() + ", ")
            .string(model.displayName() + "." + field.name() + " is null").format(");\n$]");
      }
    }
    constructor.addCode(nullChecks.build());
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
    PlainCode init = new PlainCode().type(ClassNames.STRUCT_TYPE).text(".define(\n").format("$>$>")
        .string(model.displayName()).text(",\n").string(model.doc()).text(",\n");
    if (!model.typeVariables().isEmpty() || needsFactoryMethod()) {
      init.type(model.recordName()).text("::fromValues");
    } else {
      init.text("values -> new ").type(model.recordName()).text("(");
      castValues(init).text(")");
    }
    for (FieldModel field : model.fields()) {
      init.text(",\n").type(ClassNames.STRUCT_FIELD);
      if (field.unnamed()) {
        init.text(".unnamed(" + field.index() + ", ").string(field.name()).text(", ").string(field.label());
      } else {
        init.text((field.hidden() ? ".hidden(" : ".visible(") + field.index() + ", ").string(field.name());
      }
      init.text(", ").type(field.erasure()).text(".class, " + field.nullable() + ", ").string(field.doc())
          .text(")");
    }
    init.text(")").format("$<$<");
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
        .addStatement(castValues(new PlainCode().text("return new ").type(model.recordName())
            .text((model.typeVariables().isEmpty() ? "" : "<>") + "(")).text(")").build());
    if (model.fields().stream().anyMatch(RecordWriter::isGenericCast)) {
      method.addAnnotation(UNCHECKED);
    }
    return method.build();
  }

  /** Appends {@code (T0) values[0], (T1) values[1], ...}, a line break every few arguments. */
  private PlainCode castValues(PlainCode code) {
    for (FieldModel f : model.fields()) {
      if (f.index() > 0) {
        code.text(f.index() % ARGUMENTS_PER_LINE == 0 ? ",\n" : ", ");
      }
      if (!f.erasure().equals(ClassName.OBJECT) || isGenericCast(f)) {
        code.text("(").type(f.type().withoutAnnotations()).text(") ");
      }
      code.text("values[" + f.index() + "]");
    }
    return code;
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
    return override("get", ClassName.OBJECT).addParameter(TypeName.INT, "index")
        .beginControlFlow("switch (index)")
        .addCode(cases.toString())
        .addStatement("default: throw $T.outOfRange($N, index)", ClassNames.STRUCT_SUPPORT,
            ClassNames.TYPE_FIELD)
        .endControlFlow()
        .build();
  }

  private MethodSpec getByName() {
    MethodSpec.Builder get = override("get", ClassName.OBJECT).addParameter(STRING, "name");
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
    return override("asMap", ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT))
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
        .addJavadoc(new PlainCode().text("Returns a copy with {@code " + field.name() + "} replaced.\n").build())
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(field.type(), field.name())
        .addStatement(new PlainCode().text("return new ").type(model.recordName())
            .text((model.typeVariables().isEmpty() ? "" : "<>") + "(" + arguments + ")").build())
        .build();
  }

  /** The interface's accessor of a field named otherwise (a Kotlin property's getter). */
  private MethodSpec bridge(FieldModel field) {
    return override(field.accessor(), field.type()).addStatement("return this.$N", field.name()).build();
  }

  private MethodSpec replace() {
    TypeName changes = ParameterizedTypeName.get(MAP, STRING, WildcardTypeName.subtypeOf(Object.class));
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
      replace.addAnnotation(UNCHECKED)
          .addComment("The values keep the erased types of A, B, ...: the cast is checked by StructType.")
          .addStatement("return ($T) $N.replace($L, changes)", self, ClassNames.TYPE_FIELD, allValues());
    }
    return replace.build();
  }

  private MethodSpec equalsMethod() {
    MethodSpec.Builder equals = override("equals", TypeName.BOOLEAN).addParameter(ClassName.OBJECT, "other")
        .beginControlFlow("if (other == this)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (other instanceof $T)", model.wildcardRecordType())
        .addStatement("$T that = ($T) other", model.wildcardRecordType(), model.wildcardRecordType());
    PlainCode comparisons = new PlainCode().text("return ");
    String separator = "";
    for (FieldModel f : model.visibleFields()) {
      comparisons.text(separator);
      separator = "\n    && ";
      String name = f.name();
      switch (f.kind()) {
        case DOUBLE: case FLOAT:
          comparisons.type(boxName(f.kind()))
              .text(".compare(this." + name + ", that." + name + ") == 0");
          break;
        case INT: case LONG: case SHORT: case BYTE: case CHAR: case BOOLEAN:
          comparisons.text("this." + name + " == that." + name);
          break;
        default:
          comparisons.type(OBJECTS).text(".equals(this." + name + ", that." + name + ")");
          break;
      }
    }
    return equals.addStatement(comparisons.build())
        .endControlFlow()
        .addStatement("return $T.listEquals(this, other)", ClassNames.STRUCT_SUPPORT)
        .build();
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
      case INT: return INTEGER;
      case LONG: return LONG;
      case DOUBLE: return DOUBLE;
      case FLOAT: return FLOAT;
      case SHORT: return SHORT;
      case BYTE: return BYTE;
      case CHAR: return CHARACTER;
      case BOOLEAN: return BOOLEAN;
      default: return null;
    }
  }

  private MethodSpec toStringMethod() {
    MethodSpec.Builder toString = override("toString", STRING)
        .addComment("CPython's repr: name(label=value, ...) over the visible values.")
        .addStatement("$T sb = new $T($L)", STRING_BUILDER, STRING_BUILDER,
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
        comparison = CodeBlock.of("$T.compare(this.$N, other.$N())", box, f.name(), f.accessor());
      } else if (f.nullable()) {
        comparison = CodeBlock.of("this.$N == null ? (other.$N() == null ? 0 : -1) : other.$N() == null ? 1"
            + " : this.$N.compareTo(other.$N())", f.name(), f.accessor(), f.accessor(), f.name(), f.accessor());
      } else {
        comparison = CodeBlock.of("this.$N.compareTo(other.$N())", f.name(), f.accessor());
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
        .addAnnotation(OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
