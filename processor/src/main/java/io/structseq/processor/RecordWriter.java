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
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/** Writes the record for one {@link StructModel}. Reads only the model, never javac's elements. */
final class RecordWriter {
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName STRING_BUILDER = ClassName.get(StringBuilder.class);
  private static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(Override.class).build();
  /** {@code @SuppressWarnings("unchecked")} */
  static final AnnotationSpec UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
  /**
   * Up to this many named fields, {@code get(String)} is a plain {@code switch} on the name, which
   * measures as fast as the perfect hash there (see BENCHMARKS.md); above it, the perfect hash.
   */
  static final int PLAIN_NAME_SWITCH_MAX = 4;
  /** String literals longer than this are split into a concatenation, to keep lines short. */
  private static final int LITERAL_CHUNK = 64;
  /** A Javadoc comment of one line, as JavaPoet writes it. */
  private static final Pattern ONE_LINE_JAVADOC =
      Pattern.compile("(?m)^( *)/\\*\\*\n\\1 \\* ([^\n]*)\n\\1 \\*/$");
  /**
   * A field without initializer or Javadoc, and the blank line JavaPoet writes after it when
   * another such field follows, annotated or not.
   */
  private static final Pattern FIELD_AFTER_FIELD =
      Pattern.compile("(?m)^( +private [^=(/\n]*;)\n\n(?=( +@[^\n]*\n)* +private [^=(/\n]*;$)");
  private static final int COLUMNS = 100;
  /** Where a statement's continuation lines start in a method of the record: 4 + 4 columns. */
  private static final int STATEMENT_CONTINUATION = 8;

  private final StructModel model;
  private final TypeName self;
  private final boolean generatedAnnotation;
  private final ClassName jspecifyNullable;

  /**
   * @param generatedAnnotation whether to write {@code @Generated} (see {@link GeneratedAnnotation})
   * @param jspecifyNullable JSpecify's {@code Nullable} when the record's module can read it, else
   *     null: {@code equals}, the getters of nullable values and the builder's fields of required
   *     references then carry it
   */
  RecordWriter(StructModel model, boolean generatedAnnotation, ClassName jspecifyNullable) {
    this.model = model;
    this.self = model.recordType();
    this.generatedAnnotation = generatedAnnotation;
    this.jspecifyNullable = jspecifyNullable;
  }

  /**
   * Returns the record's source as {@link #write} renders it, with two changes JavaPoet has no
   *     option for: each Javadoc comment of one line written on one line, and no blank line
   *     between the builder's fields.
   */
  String source() {
    String source = FIELD_AFTER_FIELD.matcher(write().toString()).replaceAll("$1\n");
    Matcher matcher = ONE_LINE_JAVADOC.matcher(source);
    StringBuilder folded = new StringBuilder(source.length());
    while (matcher.find()) {
      String line = matcher.group(1) + "/** " + matcher.group(2) + " */";
      matcher.appendReplacement(folded, Matcher.quoteReplacement(
          line.length() <= COLUMNS ? line : matcher.group()));
    }
    return matcher.appendTail(folded).toString();
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
        // A member type the interface declares or inherits (Two.Nullable) shadows an import of the
        // same simple name inside the record: such names are written qualified.
        .avoidClashesWithNestedClasses(model.element())
        .addField(typeField());
    if (generatedAnnotation) {
      record.addAnnotation(AnnotationSpec.builder(ClassNames.GENERATED)
          .addMember("value", "$S", ClassNames.PROCESSOR)
          .build());
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
    BuilderWriter builder = new BuilderWriter(model, jspecifyNullable);
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
      constructor.addParameter(parameter(field, checked ? ElementType.PARAMETER : ElementType.RECORD_COMPONENT,
          jspecifyNullable));
      if (!field.isPrimitive() && !field.nullable()) {
        constructor.addStatement("$T.requireNonNull($N,$W$L)", OBJECTS, field.name(),
            literal(model.displayName() + "." + field.name() + " is null"));
      }
    }
    if (checked) {
      for (FieldModel field : model.fields()) {
        constructor.addStatement("this.$N = $N", field.name(), field.name());
      }
      for (String check : model.checks()) {
        constructor.addStatement("$N()", check);
      }
    }
    return constructor.build();
  }

  /**
   * Returns a parameter of the field's type and name, carrying the field's {@code Nullable} as
   *     {@code context} allows (see {@link NullableAnnotation#of}).
   */
  static ParameterSpec parameter(FieldModel field, ElementType context, ClassName jspecifyNullable) {
    NullableAnnotation nullable = NullableAnnotation.of(field, jspecifyNullable);
    return nullable == null
        ? ParameterSpec.builder(field.type(), field.name()).build()
        : nullable.parameter(field.type(), field.name(), context);
  }

  private FieldSpec typeField() {
    TypeName type = ParameterizedTypeName.get(ClassNames.STRUCT_TYPE, model.wildcardRecordType());
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(literal(model.displayName()));
    arguments.add(literal(model.doc()));
    if (!model.typeVariables().isEmpty() || needsFactoryMethod()) {
      arguments.add(CodeBlock.of("$T::fromValues", model.recordName()));
    } else {
      arguments.add(CodeBlock.of("values -> new $T($L)", model.recordName(), castValues()));
    }
    for (FieldModel field : model.fields()) {
      CodeBlock name = field.unnamed()
          ? CodeBlock.of("unnamed($L,$W$S,$W$L", field.index(), field.name(), literal(field.label()))
          : CodeBlock.of("$L($L,$W$S", field.hidden() ? "hidden" : "visible", field.index(), field.name());
      arguments.add(CodeBlock.of("$T.$L,$W$T.class,$W$L,$W$L)", ClassNames.STRUCT_FIELD, name,
          field.erasure(), field.nullable(), literal(field.doc())));
    }
    return FieldSpec.builder(type, RecordMembers.TYPE_FIELD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The struct type of {@link $T}: its name, fields and constructor.\n", model.interfaceName())
        .initializer("$T.define(\n$>$>$L$<$<)", ClassNames.STRUCT_TYPE, CodeBlock.join(arguments, ",\n"))
        .build();
  }

  /**
   * Returns {@code value} as a string literal; a long one as a concatenation of pieces, each ending
   *     after a space, so that JavaPoet can break the line between them. Line feeds stay escaped
   *     inside a piece: a concatenation of lines is what Error Prone would have be a text block.
   */
  static CodeBlock literal(String value) {
    List<CodeBlock> pieces = new ArrayList<>();
    int start = 0;
    while (value.length() - start > LITERAL_CHUNK) {
      int space = value.lastIndexOf(' ', start + LITERAL_CHUNK);
      int end = space <= start ? start + LITERAL_CHUNK : space + 1;
      if (Character.isHighSurrogate(value.charAt(end - 1))) {
        end++;
      }
      pieces.add(CodeBlock.of("$L", quoted(value.substring(start, end))));
      start = end;
    }
    pieces.add(CodeBlock.of("$L", quoted(value.substring(start))));
    return CodeBlock.join(pieces, "$W+ ");
  }

  /** @return {@code value} in double quotes, escaped as JavaPoet's {@code $S} does, but in one line */
  private static String quoted(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        case '\b' -> quoted.append("\\b");
        case '\f' -> quoted.append("\\f");
        default -> {
          if (Character.isISOControl(c)) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
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
        .addStatement("return new $T$L($L)", model.recordName(), diamond(), castValues());
    if (model.fields().stream().anyMatch(RecordWriter::isGenericCast)) {
      method.addAnnotation(UNCHECKED);
    }
    return method.build();
  }

  /** Returns {@code <>} for a generic record, else nothing. */
  String diamond() {
    return model.typeVariables().isEmpty() ? "" : "<>";
  }

  /** {@code (T0) values[0], (T1) values[1], ...}. */
  private CodeBlock castValues() {
    return arguments(model.fields(), f -> !f.erasure().equals(ClassName.OBJECT) || isGenericCast(f)
        ? CodeBlock.of("($T) values[$L]", f.type().withoutAnnotations(), f.index())
        : CodeBlock.of("values[$L]", f.index()));
  }

  /** Returns one argument per field, separated where JavaPoet may break the line. */
  static CodeBlock arguments(List<FieldModel> fields, Function<FieldModel, CodeBlock> argument) {
    List<CodeBlock> arguments = new ArrayList<>(fields.size());
    for (FieldModel f : fields) {
      arguments.add(argument.apply(f));
    }
    return CodeBlock.join(arguments, ",$W");
  }

  /**
   * Returns {@code arguments} joined by commas, a line break before an argument that would end
   *     past the column limit: the text JavaPoet's {@code $W} would give, for a statement whose
   *     first line already holds {@code used} columns and whose continuation lines start at
   *     {@code continuation}.
   */
  static String wrap(List<String> arguments, int used, int continuation) {
    StringBuilder text = new StringBuilder();
    int column = used;
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      // The argument, then ", " or the closing ");".
      if (i > 0 && column + 1 + argument.length() + 2 > COLUMNS) {
        text.append(",\n");
        column = continuation;
      } else if (i > 0) {
        text.append(", ");
        column += 2;
      }
      text.append(argument);
      column += argument.length();
    }
    return text.toString();
  }

  /** Returns {@code this.a, this.b, ...} over every field. */
  static CodeBlock fieldValues(List<FieldModel> fields) {
    return arguments(fields, f -> CodeBlock.of("this.$N", f.name()));
  }

  private MethodSpec size() {
    return override("size", TypeName.INT).addStatement("return $L", model.visibleFields().size()).build();
  }

  private MethodSpec getByIndex() {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (FieldModel field : model.visibleFields()) {
      cases.add("case $L -> this.$N;\n", field.index(), field.name());
    }
    return getter("get", model.visibleFields()).addParameter(TypeName.INT, "index")
        .addCode("return switch (index) {\n$>$L", cases.build())
        .addCode("default -> throw $T.outOfRange($N, index);\n$<};\n", ClassNames.STRUCT_SUPPORT,
            RecordMembers.TYPE_FIELD)
        .build();
  }

  private MethodSpec getByName() {
    MethodSpec.Builder get = getter("get", model.namedFields()).addParameter(STRING, "name");
    List<FieldModel> named = model.namedFields();
    PerfectHash hash = named.size() <= PLAIN_NAME_SWITCH_MAX ? null
        : PerfectHash.find(named.stream().map(FieldModel::name).toList());
    if (named.isEmpty()) {
      return get.addStatement("throw $T.noField($N, name)", ClassNames.STRUCT_SUPPORT, RecordMembers.TYPE_FIELD)
          .build();
    }
    if (hash == null) {
      CodeBlock.Builder cases = CodeBlock.builder();
      for (FieldModel f : named) {
        cases.add("case $S -> this.$N;\n", f.name(), f.name());
      }
      return get.addCode("return switch (name) {\n$>$L", cases.build())
          .addCode("default -> throw $T.noField($N, name);\n$<};\n", ClassNames.STRUCT_SUPPORT,
              RecordMembers.TYPE_FIELD)
          .build();
    }
    get.addComment("One dense switch on a collision-free slot of the hash, then one equals.")
        .addStatement("int h = name.hashCode()");
    if (hash.shift() == 0) {
      get.beginControlFlow("switch (h & $L)", hash.mask());
    } else {
      get.beginControlFlow("switch ((h ^ (h >>> $L)) & $L)", hash.shift(), hash.mask());
    }
    named.stream().sorted(Comparator.comparingInt(f -> hash.slot(f.name()))).forEach(f -> get
        .beginControlFlow("case $L ->", hash.slot(f.name()))
        .beginControlFlow("if ($S.equals(name))", f.name())
        .addStatement("return this.$N", f.name())
        .endControlFlow()
        .endControlFlow());
    return get.addCode("default -> {\n}\n")
        .endControlFlow()
        .addStatement("throw $T.noField($N, name)", ClassNames.STRUCT_SUPPORT, RecordMembers.TYPE_FIELD)
        .build();
  }

  private MethodSpec asMap() {
    // StructSequence declares Map<String, @Nullable Object>: the override says the same.
    return override("asMap", ParameterizedTypeName.get(MAP, STRING, nullableObject()))
        .addStatement("return $N.asMap($L)", RecordMembers.TYPE_FIELD, allValues())
        .build();
  }

  private MethodSpec structType() {
    return override("structType", ParameterizedTypeName.get(ClassNames.STRUCT_TYPE, model.wildcardRecordType()))
        .addStatement("return $N", RecordMembers.TYPE_FIELD)
        .build();
  }

  private MethodSpec wither(FieldModel field) {
    // The wither's parameter has the field's name; every other value is read through this. One
    // argument list per wither makes their cost quadratic in the fields, so the list is one
    // pre-wrapped $L, not a CodeBlock part and a wrap point per argument.
    List<String> values = new ArrayList<>(model.fields().size());
    for (FieldModel f : model.fields()) {
      values.add(f.index() == field.index() ? f.name() : "this." + f.name());
    }
    String statement = "    return new " + model.recordName().simpleName() + diamond() + "(";
    String arguments = wrap(values, statement.length(), STATEMENT_CONTINUATION);
    return MethodSpec.methodBuilder(field.witherName())
        .addJavadoc("Returns a copy with {@code $L} replaced.\n", field.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(parameter(field, ElementType.PARAMETER, jspecifyNullable))
        .addStatement("return new $T$L($L)", model.recordName(), diamond(), arguments)
        .build();
  }

  /**
   * The interface's accessor of a field named otherwise (a Kotlin property's getter), nullable as the
   * component is.
   */
  private MethodSpec bridge(FieldModel field) {
    NullableAnnotation nullable = NullableAnnotation.of(field, jspecifyNullable);
    MethodSpec.Builder bridge = override(field.accessor(),
        nullable == null ? field.type() : nullable.on(field.type()));
    if (nullable != null && !nullable.typeUse() && nullable.allows(ElementType.METHOD)) {
      bridge.addAnnotation(nullable.annotation());
    }
    return bridge.addStatement("return this.$N", field.name()).build();
  }

  private MethodSpec replace() {
    TypeName changes = ParameterizedTypeName.get(MAP, STRING, WildcardTypeName.subtypeOf(Object.class));
    MethodSpec.Builder replace = MethodSpec.methodBuilder(RecordMembers.REPLACE)
        .addJavadoc("""
            Returns a copy with the named fields changed, hidden ones included, as CPython's
            {@code __replace__}.

            @param changes new values by field name
            @return the copy
            @throws IllegalArgumentException if a name is not a field or a value does not fit
            @throws UnsupportedOperationException if the type has unnamed fields
            """)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(changes, "changes");
    if (model.typeVariables().isEmpty()) {
      replace.addStatement("return $N.replace($L,$Wchanges)", RecordMembers.TYPE_FIELD, allValues());
    } else {
      replace.addAnnotation(UNCHECKED)
          .addComment("The values keep the erased types of A, B, ...: the cast is checked by StructType.")
          .addStatement("return ($T) $N.replace($L,$Wchanges)", self, RecordMembers.TYPE_FIELD, allValues());
    }
    return replace.build();
  }

  private MethodSpec equalsMethod() {
    TypeName object = nullableObject();
    List<CodeBlock> comparisons = new ArrayList<>();
    for (FieldModel f : model.visibleFields()) {
      comparisons.add(switch (f.kind()) {
        case DOUBLE, FLOAT -> CodeBlock.of("$T.compare(this.$N, that.$N) == 0", boxName(f.kind()),
            f.name(), f.name());
        case INT, LONG, SHORT, BYTE, CHAR, BOOLEAN -> CodeBlock.of("this.$N == that.$N", f.name(), f.name());
        default -> CodeBlock.of("$T.equals(this.$N, that.$N)", OBJECTS, f.name(), f.name());
      });
    }
    return override("equals", TypeName.BOOLEAN)
        .addParameter(object, "other")
        .beginControlFlow("if (other == this)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (other instanceof $T that)", model.wildcardRecordType())
        .addStatement("return $L", CodeBlock.join(comparisons, "\n&& "))
        .endControlFlow()
        .addStatement("return $T.listEquals(this, other)", ClassNames.STRUCT_SUPPORT)
        .build();
  }

  private MethodSpec hashCodeMethod() {
    MethodSpec.Builder hashCode = override("hashCode", TypeName.INT)
        .addComment("java.util.List's hash over the visible values, without boxing.")
        .addStatement("int h = 1");
    for (FieldModel f : model.visibleFields()) {
      ClassName box = boxName(f.kind());
      hashCode.addStatement("h = 31 * h + $T.hashCode(this.$N)", box == null ? OBJECTS : box, f.name());
    }
    return hashCode.addStatement("return h").build();
  }

  static ClassName boxName(TypeKind kind) {
    return switch (kind) {
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DOUBLE -> ClassName.get(Double.class);
      case FLOAT -> ClassName.get(Float.class);
      case SHORT -> ClassName.get(Short.class);
      case BYTE -> ClassName.get(Byte.class);
      case CHAR -> ClassName.get(Character.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      default -> null;
    };
  }

  private MethodSpec toStringMethod() {
    MethodSpec.Builder toString = override("toString", STRING)
        .addComment("CPython's repr: name(label=value, ...) over the visible values.")
        .addStatement("$T sb = new $T($L)", STRING_BUILDER, STRING_BUILDER,
            16 + model.displayName().length() + 16 * model.visibleFields().size());
    String separator = model.displayName() + "(";
    for (FieldModel f : model.visibleFields()) {
      String prefix = separator + (f.unnamed() ? labelOf(f) : f.name()) + "=";
      switch (f.kind()) {
        case INT, LONG, SHORT, BYTE ->
            toString.addStatement("sb.append($L).append(this.$N)", literal(prefix), f.name());
        default -> toString.addStatement("$T.append(sb.append($L),$Wthis.$N)", ClassNames.PY_REPR,
            literal(prefix), f.name());
      }
      separator = ", ";
    }
    return toString.addStatement("return sb.append(')').toString()").build();
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
        comparison = CodeBlock.of("this.$1N == null ? (other.$2N() == null ? 0 : -1)$W"
            + ": other.$2N() == null ? 1$W: this.$1N.compareTo(other.$2N())", f.name(), f.accessor());
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

  /** {@code new Object[] {this.a, this.b, ...}}. */
  private CodeBlock allValues() {
    return CodeBlock.of("new Object[] {$L}", fieldValues(model.fields()));
  }

  /**
   * @return an override that returns one of {@code fields} as {@code Object}: a nullable one when a
   *     field may be null, marked by JSpecify's {@code Nullable} or else by the field's own (as a
   *     type-use annotation, or on the method when its targets allow)
   */
  private MethodSpec.Builder getter(String name, List<FieldModel> fields) {
    List<NullableAnnotation> nullable = fields.stream()
        .map(f -> NullableAnnotation.of(f, jspecifyNullable))
        .filter(Objects::nonNull)
        .toList();
    if (nullable.isEmpty()) {
      return override(name, ClassName.OBJECT);
    }
    if (jspecifyNullable != null) {
      return override(name, nullableObject());
    }
    for (NullableAnnotation annotation : nullable) {
      if (annotation.typeUse()) {
        return override(name, annotation.on(ClassName.OBJECT));
      }
      if (annotation.allows(ElementType.METHOD)) {
        return override(name, ClassName.OBJECT).addAnnotation(annotation.annotation());
      }
    }
    return override(name, ClassName.OBJECT);
  }

  /** Returns {@code Object} marked by JSpecify's {@code Nullable}, or plain where it is not readable. */
  private TypeName nullableObject() {
    return jspecifyNullable == null
        ? ClassName.OBJECT
        : ClassName.OBJECT.annotated(AnnotationSpec.builder(jspecifyNullable).build());
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
