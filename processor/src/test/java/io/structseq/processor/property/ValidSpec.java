package io.structseq.processor.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A random {@code @StructSeq} interface that the contract accepts, and how to write it as Java source.
 *
 * @param seed the seed it was made from, which also seeds the values the checks use
 * @param simpleName the interface's simple name
 * @param holder the enclosing class's simple name for a member interface, else null
 * @param displayName the {@code @StructSeq(name)}, or null for none
 * @param doc the interface's Javadoc, or null
 * @param generic whether the interface declares {@code <A, B>}
 * @param comparable whether it extends {@code Comparable<Self>}
 * @param nullableTarget the {@code @Target} of the spec's own {@code @Nullable}
 * @param argumentA the type the values use for {@code A}: {@code String} or {@code Integer}
 * @param fields the fields in declaration order
 */
record ValidSpec(
    long seed,
    String simpleName,
    String holder,
    String displayName,
    String doc,
    boolean generic,
    boolean comparable,
    NullableTarget nullableTarget,
    String argumentA,
    List<FieldSpec> fields) {

  enum NullableTarget { TYPE_USE, METHOD, BOTH }

  /**
   * @param label the {@code @Unnamed} label: null for {@code @Unnamed} without one
   * @param doc the accessor's Javadoc, or null
   */
  record FieldSpec(String name, FieldType type, boolean hidden, boolean unnamed, String label, boolean nullable,
      String doc) {

    /** What toString shows before the value. */
    String shownLabel(int index) {
      if (!unnamed) {
        return name;
      }
      return label == null || label.isEmpty() ? "unnamed@" + index : label;
    }
  }

  static final String[] DOCS = {
    "the size", "Ünïcödé doc", "has $dollar and {@code x}", "<b>html</b> &amp; more", "a  b", "ends with."
  };
  static final String[] LABELS = {
    "", "st_atime", "it's", "q\"uote", "back\\slash", "名前", "unnamed@0", "x", "with space", "tab\t",
  };

  /** Short, for jqwik's sample listing; the failure message has the source. */
  @Override
  public String toString() {
    return "ValidSpec(" + simpleName.substring(0, Math.min(simpleName.length(), 24)) + ", " + fields.size()
        + " fields, seed " + seed + ")";
  }

  /** Canonical order: visible fields in declaration order, then hidden ones. */
  List<FieldSpec> canonical() {
    List<FieldSpec> order = fields.stream().filter(f -> !f.hidden()).collect(Collectors.toList());
    fields.stream().filter(FieldSpec::hidden).forEach(order::add);
    return order;
  }

  List<FieldSpec> visible() {
    return fields.stream().filter(f -> !f.hidden()).collect(Collectors.toList());
  }

  String shownName() {
    return displayName == null || displayName.isEmpty() ? simpleName : displayName;
  }

  /** The generated record's simple name. */
  String recordName() {
    return (holder == null ? "" : holder + "_") + simpleName + "Record";
  }

  String interfaceBinaryName(String pkg) {
    return pkg + "." + (holder == null ? "" : holder + "$") + simpleName;
  }

  /** The file that declares the interface. */
  String fileTypeName() {
    return holder == null ? simpleName : holder;
  }

  static ValidSpec random(Random r) {
    long seed = r.nextLong();
    Random g = new Random(seed);
    String simpleName = Identifiers.typeName(g);
    String holder = g.nextInt(10) == 0 ? "Holder" : null;
    String displayName = switch (g.nextInt(5)) {
      case 0 -> "os.stat_result";
      case 1 -> "mod.Ünï \"q\" \\ 名";
      case 2 -> "";
      default -> null;
    };
    String doc = g.nextInt(4) == 0 ? DOCS[g.nextInt(DOCS.length)] : null;
    boolean generic = g.nextInt(4) == 0;
    boolean comparable = g.nextInt(4) == 0;
    NullableTarget target = NullableTarget.values()[g.nextInt(3)];
    String argumentA = g.nextBoolean() ? "String" : "Integer";
    int count = g.nextInt(3) == 0 ? 1 + g.nextInt(40) : 1 + g.nextInt(8);
    List<FieldSpec> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> withers = new HashSet<>();
    for (int i = 0; i < count; i++) {
      String name = Identifiers.fieldName(g);
      if (!Identifiers.usable(name) || !names.add(name) || !withers.add(Identifiers.witherName(name))) {
        continue;
      }
      boolean hidden = g.nextInt(5) == 0;
      boolean unnamed = !hidden && g.nextInt(6) == 0;
      FieldType type = pickType(g, simpleName, generic, comparable, comparable && !hidden);
      String label = unnamed && g.nextBoolean() ? LABELS[g.nextInt(LABELS.length)] : null;
      boolean nullable = !type.primitive() && g.nextInt(3) == 0;
      String fieldDoc = g.nextInt(5) == 0 ? DOCS[g.nextInt(DOCS.length)] : null;
      fields.add(new FieldSpec(name, type, hidden, unnamed, label, nullable, fieldDoc));
    }
    if (fields.stream().allMatch(FieldSpec::hidden)) {
      String name = "visible_" + fields.size();
      fields.add(new FieldSpec(name, FieldType.INT, false, false, null, false, null));
    }
    return new ValidSpec(seed, simpleName, holder, displayName, doc, generic, comparable, target, argumentA,
        List.copyOf(fields));
  }

  private static FieldType pickType(
      Random g, String interfaceName, boolean generic, boolean comparable, boolean mustCompare) {
    while (true) {
      FieldType type;
      int kind = g.nextInt(10);
      if (kind < 3) {
        type = FieldType.PRIMITIVES.get(g.nextInt(FieldType.PRIMITIVES.size()));
      } else if (kind < 5) {
        type = FieldType.BOXED.get(g.nextInt(FieldType.BOXED.size()));
      } else if (kind < 6 && generic) {
        type = g.nextBoolean() ? FieldType.typeVariable("A", comparable) : FieldType.typeVariable("B", false);
      } else {
        type = FieldType.OTHERS.get(g.nextInt(FieldType.OTHERS.size()));
      }
      // An interface named Integer would take the name from java.lang.Integer, also in List<Integer>.
      if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(interfaceName) + "\\b")
          .matcher(type.source()).find() || (mustCompare && !type.comparable())) {
        continue;
      }
      return type;
    }
  }

  /** This spec without field {@code i}, for reducing a failure; null if no visible field would remain. */
  ValidSpec without(int i) {
    List<FieldSpec> rest = new ArrayList<>(fields);
    rest.remove(i);
    if (rest.stream().allMatch(FieldSpec::hidden)) {
      return null;
    }
    return new ValidSpec(seed, simpleName, holder, displayName, doc, generic, comparable, nullableTarget,
        argumentA, List.copyOf(rest));
  }

  /** The sources of this spec in package {@code pkg}: the interface, its Nullable and its enum. */
  List<InMemoryCompiler.Source> sources(String pkg) {
    List<InMemoryCompiler.Source> sources = new ArrayList<>();
    String target = switch (nullableTarget) {
      case TYPE_USE -> "ElementType.TYPE_USE";
      case METHOD -> "ElementType.METHOD";
      case BOTH -> "ElementType.METHOD, ElementType.TYPE_USE";
    };
    sources.add(new InMemoryCompiler.Source(pkg + ".Nullable", "package " + pkg + ";\n"
        + "import java.lang.annotation.*;\n"
        + "@Retention(RetentionPolicy.CLASS)\n"
        + "@Target({" + target + "})\n"
        + "public @interface Nullable {}\n"));
    sources.add(new InMemoryCompiler.Source(pkg + ".Colour", "package " + pkg + ";\n"
        + "public enum Colour { RED, GREEN, BLUE }\n"));
    sources.add(new InMemoryCompiler.Source(pkg + "." + fileTypeName(), render(pkg)));
    return sources;
  }

  String render(String pkg) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n")
        .append("import io.structseq.Hidden;\n")
        .append("import io.structseq.StructSeq;\n")
        .append("import io.structseq.StructSequence;\n")
        .append("import io.structseq.Unnamed;\n")
        .append("import java.math.BigInteger;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n\n");
    String indent = "";
    if (holder != null) {
      s.append("public final class ").append(holder).append(" {\n");
      s.append("  private ").append(holder).append("() {}\n\n");
      indent = "  ";
    }
    if (doc != null) {
      s.append(indent).append("/** ").append(doc).append(" */\n");
    }
    String typeParameters = !generic ? "" : comparable ? "<A extends java.lang.Comparable<A>, B>" : "<A, B>";
    String self = simpleName + (generic ? "<A, B>" : "");
    s.append(indent).append("@StructSeq")
        .append(displayName == null ? "" : "(name = " + JavaText.literal(displayName) + ")")
        .append(" public interface ").append(simpleName).append(typeParameters).append(" extends StructSequence")
        .append(comparable ? ", java.lang.Comparable<" + self + ">" : "")
        .append(" {\n");
    for (FieldSpec f : fields) {
      if (f.doc() != null) {
        s.append(indent).append("  /** ").append(f.doc()).append(" */\n");
      }
      s.append(indent).append("  ").append(fieldLine(f)).append("\n");
    }
    s.append(indent).append("}\n");
    if (holder != null) {
      s.append("}\n");
    }
    return s.toString();
  }

  private String fieldLine(FieldSpec f) {
    StringBuilder line = new StringBuilder();
    boolean methodNullable = f.nullable() && nullableTarget != NullableTarget.TYPE_USE;
    if (methodNullable) {
      line.append("@Nullable ");
    }
    if (f.hidden()) {
      line.append("@Hidden ");
    }
    if (f.unnamed()) {
      line.append(f.label() == null ? "@Unnamed " : "@Unnamed(label = " + JavaText.literal(f.label()) + ") ");
    }
    line.append(f.type().render(f.nullable() && !methodNullable ? "@Nullable" : ""))
        .append(" ").append(f.name()).append("();");
    return line.toString();
  }
}
