package io.structseq.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.type.TypeKind;

/**
 * Writes the record of a plain {@link StructModel} straight into a {@code StringBuilder}: the same
 * text, byte for byte, that {@link RecordWriter} has JavaPoet render, for the models where naming a
 * type needs no decision. Rendering is most of what the processor costs javac, and JavaPoet renders a
 * file twice and splits every emitted string with a regular expression; the processor and JavaPoet
 * are loaded afresh in every compilation, so that code also runs interpreted.
 *
 * <p>STYLE.md asks for JavaPoet only. The exception is kept narrow: types still come from the model's
 * {@code TypeName}s, and this writer takes a model only when every type it names is a primitive, an
 * array, or a top-level class whose simple name is unique in the file and is no field's name (so
 * each type is written by its simple name, imported unless it is in {@code java.lang} or the
 * record's package). Anything else (type variables, generic or annotated types, nested types,
 * multi-line strings, a name JavaPoet would qualify) goes to {@link RecordWriter}. The processor's
 * tests render every model both ways and compare ({@code structseq.processor.crossCheck}).
 */
final class RecordText {
  private static final String PROCESSOR = "io.structseq.processor.StructSeqProcessor";
  private static final int COLUMNS = 100;
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName STRING_BUILDER = ClassName.get(StringBuilder.class);
  private static final ClassName BIT_SET = ClassName.get(BitSet.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ClassName ILLEGAL_STATE = ClassName.get(IllegalStateException.class);
  private static final ClassName OVERRIDE = ClassName.get(Override.class);
  private static final List<ClassName> ALWAYS_NAMED = List.of(OBJECTS, MAP, STRING, STRING_BUILDER, BIT_SET,
      LIST, ARRAY_LIST, ILLEGAL_STATE, OVERRIDE, ClassName.OBJECT, ClassNames.STRUCT_TYPE, ClassNames.STRUCT_FIELD,
      ClassNames.STRUCT_SUPPORT, ClassNames.PY_REPR, ClassNames.GENERATED, ClassName.get(Integer.class),
      ClassName.get(Long.class), ClassName.get(Double.class), ClassName.get(Float.class), ClassName.get(Short.class),
      ClassName.get(Byte.class), ClassName.get(Character.class), ClassName.get(Boolean.class));

  private static final List<TypeName> PRIMITIVES = List.of(TypeName.INT, TypeName.LONG, TypeName.DOUBLE,
      TypeName.FLOAT, TypeName.SHORT, TypeName.BYTE, TypeName.CHAR, TypeName.BOOLEAN);
  private static final List<String> PRIMITIVE_NAMES = List.of("int", "long", "double", "float", "short", "byte",
      "char", "boolean");

  private final StructModel model;
  private final boolean generatedAnnotation;
  private final String record;
  private final String packageName;
  /** Classes the file refers to outside java.lang and its package, by canonical name: the imports. */
  private final Set<String> imports = new TreeSet<>();
  private final StringBuilder out = new StringBuilder(16_384);

  private RecordText(StructModel model, boolean generatedAnnotation) {
    this.model = model;
    this.generatedAnnotation = generatedAnnotation;
    this.record = model.recordName().simpleName();
    this.packageName = model.recordName().packageName();
  }

  /** @return the record's source, or null when the model needs {@link RecordWriter}'s JavaPoet */
  static String render(StructModel model, boolean generatedAnnotation) {
    if (!plain(model)) {
      return null;
    }
    return new RecordText(model, generatedAnnotation).file();
  }

  /** Whether every name in the file is a simple name that nothing shadows: see the class comment. */
  private static boolean plain(StructModel model) {
    ClassName recordName = model.recordName();
    if (!model.typeVariables().isEmpty() || !model.checks().isEmpty() || !model.shadowingNames().isEmpty() || recordName.packageName().isEmpty()
        || !(model.interfaceType() instanceof ClassName) || model.interfaceName().enclosingClassName() != null
        || unsafe(model.displayName()) || unsafeDoc(model.doc())
        || (model.comparableTo() != null && !sameClass(model.comparableTo(), model.interfaceName()))) {
      return false;
    }
    Map<String, ClassName> bySimpleName = new HashMap<>();
    for (FieldModel f : model.fields()) {
      bySimpleName.put(f.name(), null); // a component named like a type makes JavaPoet qualify it
      if (unsafeDoc(f.doc()) || unsafe(f.label())) {
        return false;
      }
    }
    List<ClassName> named = new ArrayList<>(ALWAYS_NAMED);
    named.add(model.interfaceName());
    named.add(recordName);
    named.add(recordName.nestedClass(ClassNames.BUILDER_CLASS));
    for (FieldModel f : model.fields()) {
      // Neither generic nor annotated, so the type is its own erasure (no unchecked cast).
      TypeName type = f.type();
      while (type instanceof ArrayTypeName && !type.isAnnotated()) {
        type = ((ArrayTypeName) type).componentType();
      }
      if (type.isAnnotated()) {
        return false;
      }
      if (type instanceof ClassName) {
        ClassName c = (ClassName) type;
        if (c.enclosingClassName() != null || c.packageName().isEmpty()) {
          return false;
        }
        named.add(c);
      } else if (!type.isPrimitive()) {
        return false;
      }
    }
    for (ClassName c : named) {
      String simple = c.simpleName();
      if (bySimpleName.containsKey(simple) && !sameClass(bySimpleName.get(simple), c)) {
        return false;
      }
      bySimpleName.put(simple, c);
    }
    return true;
  }

  /**
   * Whether both name the same class, without annotations. JavaPoet's {@code TypeName.equals}
   * compares rendered strings, which costs a render of each.
   */
  private static boolean sameClass(TypeName a, ClassName b) {
    return a instanceof ClassName && !a.isAnnotated() && !b.isAnnotated()
        && ((ClassName) a).canonicalName().equals(b.canonicalName());
  }

  /** A string JavaPoet would split over lines or continue as a concatenation. */
  private static boolean unsafe(String s) {
    return s.indexOf('\n') >= 0 || unsafeDoc(s);
  }

  /** A doc comment, whose lines {@link DocComments} joined with {@code \n}, that holds another line break. */
  private static boolean unsafeDoc(String s) {
    return s.indexOf('\r') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0
        || s.indexOf('\u0085') >= 0 || s.indexOf('\u000B') >= 0 || s.indexOf('\u000C') >= 0;
  }

  private String file() {
    recordType();
    StringBuilder file = new StringBuilder(out.length() + 512);
    file.append("package ").append(packageName).append(";\n\n");
    for (String name : imports) {
      file.append("import ").append(name).append(";\n");
    }
    if (!imports.isEmpty()) {
      file.append('\n');
    }
    return file.append(out).toString();
  }

  /** The simple name of {@code c}, noted for import unless java.lang or the record's package has it. */
  private String name(ClassName c) {
    if (!c.packageName().equals("java.lang") && !c.packageName().equals(packageName)) {
      imports.add(c.canonicalName());
    }
    return c.simpleName();
  }

  private String type(TypeName t) {
    if (t instanceof ArrayTypeName) {
      return type(((ArrayTypeName) t).componentType()) + "[]";
    }
    if (t instanceof ClassName) {
      return name((ClassName) t);
    }
    for (int i = 0; i < PRIMITIVES.size(); i++) {
      if (t == PRIMITIVES.get(i)) {
        return PRIMITIVE_NAMES.get(i); // TypeName.toString would render it through JavaPoet
      }
    }
    return t.toString();
  }

  private void recordType() {
    out.append("/**\n");
    if (!model.doc().isEmpty()) {
      javadocLines("", model.doc());
      out.append(" *\n");
    }
    out.append(" * <p>The struct sequence {@code ").append(model.displayName()).append("}, generated from {@link ")
        .append(name(model.interfaceName())).append("}.\n */\n");
    if (generatedAnnotation) {
      out.append('@').append(name(ClassNames.GENERATED)).append("(\"").append(PROCESSOR).append("\")\n");
    }
    List<String> components = new ArrayList<>();
    for (FieldModel f : model.fields()) {
      components.add(type(f.type()) + " " + f.name());
    }
    parameters("", "public record " + record, components, " implements " + name(model.interfaceName()) + " {");
    typeField();
    constructor();
    method(true, "int", "size()", "    return " + model.visibleFields().size() + ";\n");
    getByIndex();
    getByName();
    method(true, name(MAP) + "<" + name(STRING) + ", " + name(ClassName.OBJECT) + ">", "asMap()",
        statement("    ", "return " + ClassNames.TYPE_FIELD + ".asMap(" + allValues() + ")"));
    method(true, name(ClassNames.STRUCT_TYPE) + "<" + record + ">", "structType()",
        "    return " + ClassNames.TYPE_FIELD + ";\n");
    for (FieldModel field : model.fields()) {
      List<String> arguments = new ArrayList<>();
      for (FieldModel f : model.fields()) {
        arguments.add(f == field ? f.name() : "this." + f.name());
      }
      out.append('\n');
      javadoc("  ", "Returns a copy with {@code " + field.name() + "} replaced.");
      parameters("  ", "public " + record + " " + field.witherName(),
          List.of(type(field.type()) + " " + field.name()), " {");
      out.append(statement("    ", "return new " + record + "(" + RecordWriter.argumentList(arguments) + ")"))
          .append("  }\n");
    }
    replace();
    builderMethods();
    equalsMethod();
    hashCodeMethod();
    toStringMethod();
    if (model.comparableTo() != null) {
      compareTo();
    }
    out.append('\n');
    builderType();
    out.append("}\n");
  }

  private void typeField() {
    javadoc("  ", "The struct type of {@link " + name(model.interfaceName()) + "}: its name, fields and constructor.");
    String structField = name(ClassNames.STRUCT_FIELD);
    out.append("  public static final ").append(name(ClassNames.STRUCT_TYPE)).append('<').append(record)
        .append("> ").append(ClassNames.TYPE_FIELD).append(" = ").append(name(ClassNames.STRUCT_TYPE))
        .append(".define(\n      ").append(literal(model.displayName())).append(",\n      ")
        .append(literal(model.doc(), "      ")).append(",\n      values -> new ").append(record).append('(');
    List<FieldModel> fields = model.fields();
    for (FieldModel f : fields) {
      if (f.index() > 0) {
        out.append(f.index() % RecordWriter.ARGUMENTS_PER_LINE == 0 ? ",\n      " : ", ");
      }
      if (sameClass(f.erasure(), ClassName.OBJECT)) {
        out.append("values[").append(f.index()).append(']');
      } else {
        out.append('(').append(type(f.type())).append(") values[").append(f.index()).append(']');
      }
    }
    out.append(')');
    for (FieldModel f : fields) {
      out.append(",\n      ").append(structField).append('.');
      if (f.unnamed()) {
        out.append("unnamed(").append(f.index()).append(", ").append(literal(f.name())).append(", ")
            .append(literal(f.label()));
      } else {
        out.append(f.hidden() ? "hidden(" : "visible(").append(f.index()).append(", ").append(literal(f.name()));
      }
      out.append(", ").append(type(f.erasure())).append(".class, ").append(f.nullable()).append(", ")
          .append(literal(f.doc(), "      ")).append(')');
    }
    out.append(");\n");
  }

  private void constructor() {
    StringBuilder checks = new StringBuilder();
    for (FieldModel f : model.fields()) {
      if (!f.isPrimitive() && !f.nullable()) {
        checks.append("    ").append(name(OBJECTS)).append(".requireNonNull(").append(f.name()).append(", ")
            .append(literal(model.displayName() + "." + f.name() + " is null")).append(");\n");
      }
    }
    if (checks.length() > 0) {
      out.append("\n  public ").append(record).append(" {\n").append(checks).append("  }\n");
    }
  }

  private void getByIndex() {
    StringBuilder body = new StringBuilder("    switch (index) {\n");
    for (FieldModel f : model.visibleFields()) {
      body.append("      case ").append(f.index()).append(": return this.").append(f.name()).append(";\n");
    }
    body.append("      default: throw ").append(name(ClassNames.STRUCT_SUPPORT)).append(".outOfRange(")
        .append(ClassNames.TYPE_FIELD).append(", index);\n    }\n");
    method(true, name(ClassName.OBJECT), "get(int index)", body.toString());
  }

  private void getByName() {
    List<FieldModel> named = model.namedFields();
    PerfectHash hash = PerfectHash.find(named.stream().map(FieldModel::name).toList());
    StringBuilder body = new StringBuilder();
    if (!named.isEmpty() && hash != null) {
      body.append("    // One dense switch on a collision-free slot of the hash, then one equals.\n")
          .append("    if (name != null) {\n      int h = name.hashCode();\n      switch (")
          .append(hash.shift() == 0 ? "h & " + hash.mask() : "(h ^ (h >>> " + hash.shift() + ")) & " + hash.mask())
          .append(") {\n");
      List<FieldModel> bySlot = new ArrayList<>(named);
      bySlot.sort(Comparator.comparingInt(f -> hash.slot(f.name())));
      for (FieldModel f : bySlot) {
        body.append("        case ").append(hash.slot(f.name())).append(":\n          if (").append(literal(f.name()))
            .append(".equals(name)) return this.").append(f.name()).append(";\n          break;\n");
      }
      body.append("      }\n    }\n");
    } else if (!named.isEmpty()) {
      body.append("    if (name != null) {\n      switch (name) {\n");
      for (FieldModel f : named) {
        body.append("        case ").append(literal(f.name())).append(": return this.").append(f.name()).append(";\n");
      }
      body.append("      }\n    }\n");
    }
    body.append("    throw ").append(name(ClassNames.STRUCT_SUPPORT)).append(".noField(").append(ClassNames.TYPE_FIELD)
        .append(", name);\n");
    method(true, name(ClassName.OBJECT), "get(" + name(STRING) + " name)", body.toString());
  }

  private void replace() {
    out.append('\n');
    javadoc("  ", "Returns a copy with the named fields changed, hidden ones included, as CPython's"
        + " {@code __replace__}.\n\n@param changes new values by field name\n@return the copy\n"
        + "@throws IllegalArgumentException if a name is not a field or a value does not fit\n"
        + "@throws UnsupportedOperationException if the type has unnamed fields");
    parameters("  ", "public " + record + " " + ClassNames.REPLACE,
        List.of(name(MAP) + "<" + name(STRING) + ", ?> changes"), " {");
    out.append(statement("    ", "return " + ClassNames.TYPE_FIELD + ".replace(" + allValues() + ", changes)"))
        .append("  }\n");
  }

  private void builderMethods() {
    out.append('\n');
    javadoc("  ", "Returns a builder with no field set.\n\n@return a new builder");
    parameters("  ", "public static Builder " + ClassNames.BUILDER, List.of(), " {");
    out.append("    return new Builder();\n  }\n\n");
    javadoc("  ", "Returns a builder holding every value of this record, hidden ones included.\n\n"
        + "@return a new builder");
    parameters("  ", "public Builder " + ClassNames.TO_BUILDER, List.of(), " {");
    out.append("    Builder builder = new Builder();\n");
    for (FieldModel f : model.fields()) {
      out.append("    builder.").append(f.name()).append("(this.").append(f.name()).append(");\n");
    }
    out.append("    return builder;\n  }\n");
  }

  private void equalsMethod() {
    StringBuilder comparisons = new StringBuilder();
    for (FieldModel f : model.visibleFields()) {
      if (comparisons.length() > 0) {
        comparisons.append("\n    && ");
      }
      switch (f.kind()) {
        case DOUBLE: case FLOAT:
          comparisons.append(name(boxName(f.kind()))).append(".compare(this.").append(f.name())
              .append(", that.").append(f.name()).append(") == 0");
          break;
        case INT: case LONG: case SHORT: case BYTE: case CHAR: case BOOLEAN:
          comparisons.append("this.").append(f.name()).append(" == that.").append(f.name());
          break;
        default:
          comparisons.append(name(OBJECTS)).append(".equals(this.").append(f.name()).append(", that.")
              .append(f.name()).append(')');
          break;
      }
    }
    method(true, "boolean", "equals(" + name(ClassName.OBJECT) + " other)", "    if (other == this) {\n"
        + "      return true;\n    }\n    if (other instanceof " + record + ") {\n      " + record + " that = ("
        + record + ") other;\n" + statement("      ", "return " + comparisons) + "    }\n    return "
        + name(ClassNames.STRUCT_SUPPORT) + ".listEquals(this, other);\n");
  }

  private void hashCodeMethod() {
    StringBuilder body = new StringBuilder("    // java.util.List's hash over the visible values, without boxing.\n"
        + "    int h = 1;\n");
    for (FieldModel f : model.visibleFields()) {
      ClassName box = boxName(f.kind());
      body.append("    h = 31 * h + ").append(name(box == null ? OBJECTS : box)).append(".hashCode(this.")
          .append(f.name()).append(");\n");
    }
    method(true, "int", "hashCode()", body.append("    return h;\n").toString());
  }

  private void toStringMethod() {
    String sb = name(STRING_BUILDER);
    StringBuilder body = new StringBuilder("    // CPython's repr: name(label=value, ...) over the visible values.\n    ")
        .append(sb).append(" sb = new ").append(sb).append('(')
        .append(16 + model.displayName().length() + 16 * model.visibleFields().size()).append(");\n");
    String separator = model.displayName() + "(";
    for (FieldModel f : model.visibleFields()) {
      String prefix = literal(separator + (f.unnamed() ? RecordWriter.labelOf(f) : f.name()) + "=");
      switch (f.kind()) {
        case INT: case LONG: case SHORT: case BYTE:
          body.append("    sb.append(").append(prefix).append(").append(this.").append(f.name()).append(");\n");
          break;
        default:
          body.append("    ").append(name(ClassNames.PY_REPR)).append(".append(sb.append(").append(prefix)
              .append("), this.").append(f.name()).append(");\n");
          break;
      }
      separator = ", ";
    }
    method(true, name(STRING), "toString()", body.append("    return sb.append(')').toString();\n").toString());
  }

  private void compareTo() {
    StringBuilder body = new StringBuilder("    // Tuple order over the visible values; null sorts first.\n");
    List<FieldModel> visible = model.visibleFields();
    if (visible.size() > 1) {
      body.append("    int c;\n");
    }
    for (int i = 0; i < visible.size(); i++) {
      FieldModel f = visible.get(i);
      ClassName box = boxName(f.kind());
      String n = f.name();
      String comparison;
      if (box != null) {
        comparison = name(box) + ".compare(this." + n + ", other." + n + "())";
      } else if (f.nullable()) {
        comparison = "this." + n + " == null ? (other." + n + "() == null ? 0 : -1) : other." + n + "() == null ? 1"
            + " : this." + n + ".compareTo(other." + n + "())";
      } else {
        comparison = "this." + n + ".compareTo(other." + n + "())";
      }
      if (i == visible.size() - 1) {
        body.append("    return ").append(comparison).append(";\n");
      } else {
        body.append("    c = ").append(comparison).append(";\n    if (c != 0) {\n      return c;\n    }\n");
      }
    }
    if (visible.isEmpty()) {
      body.append("    return 0;\n");
    }
    method(true, "int", "compareTo(" + name(model.interfaceName()) + " other)", body.toString());
  }

  private void builderType() {
    javadoc("  ", "A builder of {@link " + record + "}: set fields in any order, then {@link #build()}.");
    out.append("  public static final class Builder {\n");
    String assigned = BuilderWriter.assignedName(model);
    boolean first = true;
    if (model.fields().stream().anyMatch(FieldModel::isPrimitive)) {
      javadoc("    ", "Which primitive fields were set, by canonical index.");
      out.append("    private final ").append(name(BIT_SET)).append(' ').append(assigned).append(" = new ")
          .append(name(BIT_SET)).append('(').append(model.fields().size()).append(");\n");
      first = false;
    }
    for (FieldModel f : model.fields()) {
      if (!first) {
        out.append('\n');
      }
      out.append("    private ").append(type(f.type())).append(' ').append(f.name()).append(";\n");
      first = false;
    }
    out.append('\n');
    parameters("    ", "private Builder", List.of(), " {");
    out.append("    }\n");
    for (FieldModel f : model.fields()) {
      out.append('\n');
      javadoc("    ", "Sets {@code " + f.name() + "}.");
      parameters("    ", "public Builder " + f.name(), List.of(type(f.type()) + " " + f.name()), " {");
      out.append("      this.").append(f.name()).append(" = ").append(f.name()).append(";\n");
      if (f.isPrimitive()) {
        out.append("      ").append(assigned).append(".set(").append(f.index()).append(");\n");
      }
      out.append("      return this;\n    }\n");
    }
    out.append('\n');
    javadoc("    ", "Builds the record.\n\n@return the record\n@throws IllegalStateException naming every"
        + " required field that was not set");
    parameters("    ", "public " + record + " build", List.of(), " {");
    List<FieldModel> required = model.fields().stream().filter(f -> f.isPrimitive() || !f.nullable()).toList();
    if (!required.isEmpty()) {
      out.append("      ").append(name(LIST)).append('<').append(name(STRING)).append("> missing = new ")
          .append(name(ARRAY_LIST)).append("<>();\n");
      for (FieldModel f : required) {
        out.append(f.isPrimitive() ? "      if (!" + assigned + ".get(" + f.index() + ")) {\n"
            : "      if (this." + f.name() + " == null) {\n")
            .append("        missing.add(").append(literal(f.name())).append(");\n      }\n");
      }
      out.append("      if (!missing.isEmpty()) {\n        throw new ").append(name(ILLEGAL_STATE)).append('(')
          .append(literal(model.displayName() + " is missing required field(s): ")).append(" + missing);\n      }\n");
    }
    List<String> arguments = new ArrayList<>();
    for (FieldModel f : model.fields()) {
      arguments.add("this." + f.name());
    }
    out.append(statement("      ", "return new " + record + "(" + RecordWriter.argumentList(arguments) + ")"))
        .append("    }\n  }\n");
  }

  private String allValues() {
    List<String> values = new ArrayList<>();
    for (FieldModel f : model.fields()) {
      values.add("this." + f.name());
    }
    return "new " + name(ClassName.OBJECT) + "[] {" + RecordWriter.argumentList(values) + "}";
  }

  /**
   * A member method of the record: a blank line, {@code @Override} if asked, {@code public}, the
   * signature (one parameter at most, so JavaPoet's wrapping is the parameter list's) and the body,
   * every line indented.
   */
  private void method(boolean override, String returns, String signature, String body) {
    out.append('\n');
    if (override) {
      out.append("  @").append(name(OVERRIDE)).append('\n');
    }
    int open = signature.indexOf('(');
    String parameter = signature.substring(open + 1, signature.length() - 1);
    parameters("  ", "public " + returns + " " + signature.substring(0, open),
        parameter.isEmpty() ? List.of() : List.of(parameter), " {");
    out.append(body).append("  }\n");
  }

  /**
   * Writes {@code head(p1, p2, ...)tail} and a line break, wrapping as JavaPoet's {@code LineWrapper}
   * does: a zero-width wrap point after the parenthesis and a wrapping space after each comma, where
   * the text up to the next wrap point or line end moves to a new line, indented two levels deeper,
   * if it would pass column 100.
   */
  private void parameters(String indent, String head, List<String> parameters, String tail) {
    out.append(indent).append(head).append('(');
    int column = indent.length() + head.length() + 1;
    String continuation = indent + "    ";
    int count = Math.max(1, parameters.size());
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      String chunk = (parameters.isEmpty() ? "" : parameters.get(i)) + (last ? ")" + tail : ",");
      int space = i == 0 ? 0 : 1;
      if (column + space + chunk.length() > COLUMNS) {
        out.append('\n').append(continuation).append(chunk);
        column = continuation.length() + chunk.length();
      } else {
        out.append(i == 0 ? "" : " ").append(chunk);
        column += space + chunk.length();
      }
    }
    out.append('\n');
  }

  /** A statement at {@code indent}: its wrapped lines (the joined argument lists') two levels deeper. */
  private static String statement(String indent, String text) {
    return indent + text.replace("\n", "\n" + indent + "    ") + ";\n";
  }

  private void javadoc(String indent, String text) {
    out.append(indent).append("/**\n");
    javadocLines(indent, text);
    out.append(indent).append(" */\n");
  }

  private void javadocLines(String indent, String text) {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      out.append(indent).append(end == start ? " *" : " * ").append(text, start, end).append('\n');
      start = end + 1;
    }
  }

  /** {@code s} as JavaPoet's {@code $S} writes a string without line breaks. */
  static String literal(String s) {
    return literal(s, null);
  }

  /**
   * {@code s} as JavaPoet's {@code $S} writes it on a line indented by {@code lineIndent}: a line
   * break inside the string ends the literal and continues it on the next line with {@code + "}.
   */
  private static String literal(String s, String lineIndent) {
    StringBuilder literal = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': literal.append("\\\""); break;
        case '\\': literal.append("\\\\"); break;
        case '\b': literal.append("\\b"); break;
        case '\t': literal.append("\\t"); break;
        case '\n':
          literal.append("\\n");
          if (i + 1 < s.length()) {
            literal.append("\"\n").append(lineIndent).append("    + \"");
          }
          break;
        case '\f': literal.append("\\f"); break;
        case '\r': literal.append("\\r"); break;
        default:
          if (Character.isISOControl(c)) {
            literal.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
          break;
      }
    }
    return literal.append('"').toString();
  }

  private static ClassName boxName(TypeKind kind) {
    return RecordWriter.boxName(kind);
  }
}
