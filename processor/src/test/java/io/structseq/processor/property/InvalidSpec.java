package io.structseq.processor.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A random {@code @StructSeq} type with one or more of the contract's compile errors planted, alone or
 * mixed, rendered with each offending element on a line of its own so that the line and the id of
 * each expected error are known.
 *
 * @param seed the seed it was made from
 * @param errors the planted errors
 * @param fileType the top-level type of the file that declares the annotated type
 * @param text the source with {@code PKG} for its package
 * @param extraTypes top-level types of other files ({@code PKG} for the package), simple name to text
 * @param allowedLines lines an error of this spec may be on: the planted elements and the type's own
 * @param requiredIds for each line that must carry errors, their ids (such as
 *     {@code [StructSeqFieldVoid]}): each at least once, and no other id on that line except
 *     {@code optionalIds}
 * @param optionalIds ids that may appear on a required line without being required there
 */
record InvalidSpec(
    long seed,
    Set<Error> errors,
    String fileType,
    String text,
    List<String[]> extraTypes,
    Set<Integer> allowedLines,
    Map<Integer, Set<String>> requiredIds,
    Set<String> optionalIds) {

  /**
   * The compile errors (the README's "Compile-time errors"), each with the id its message
   * starts with, written out here rather than read from the processor.
   */
  enum Error {
    NOT_INTERFACE("[StructSeqNotInterface]"),
    NOT_STRUCT_SEQUENCE("[StructSeqNotStructSequence]"),
    NOT_ACCESSIBLE("[StructSeqNotAccessible]"),
    NAME_TAKEN("[StructSeqNameTaken]"),
    COMPARABLE_TO_OTHER("[StructSeqComparable]"),
    /** The id is that of the inherited method's own error, reported on the interface. */
    INHERITED_BAD_METHOD(null),
    NO_VISIBLE_FIELD("[StructSeqNoVisibleField]"),
    PARAMETERS("[StructSeqFieldParameters]"),
    TYPE_PARAMETERS("[StructSeqFieldTypeParameters]"),
    VOID("[StructSeqFieldVoid]"),
    THROWS("[StructSeqFieldThrows]"),
    NAME_CLASH("[StructSeqNameClash]"),
    HIDDEN_AND_UNNAMED("[StructSeqHiddenUnnamed]"),
    NOT_A_FIELD("[StructSeqNotAField]"),
    NULLABLE_PRIMITIVE("[StructSeqNullablePrimitive]"),
    NOT_COMPARABLE("[StructSeqNotComparable]"),
    /** Two fields that would get the same wither: the later one's name is taken. */
    WITHER_COLLISION("[StructSeqNameTaken]");

    final String id;

    Error(String id) {
      this.id = id;
    }

    boolean onMethod() {
      return ordinal() >= PARAMETERS.ordinal();
    }
  }

  /** @return the lines that must each carry at least one error */
  Set<Integer> requiredLines() {
    return requiredIds.keySet();
  }

  /** The second item of a member that plants no error. */
  private static final String GOOD = "good";

  static final String[] NAME_CLASHES = {
    "int size();", "Object get();", "int hashCode();", "java.util.stream.Stream<Object> stream();",
    "Object clone();", "boolean isEmpty();", "String toString();", "int TYPE();", "String replace();",
    "java.util.Iterator<Object> iterator();", "Object[] toArray();", "int compare();", "boolean equals();",
    "int builder();", "int toBuilder();", "java.util.Map<String, Object> asMap();", "int finalize();",
    "io.structseq.StructType<?> structType();", "java.util.Spliterator<Object> spliterator();",
    "int indexOf();", "long contains();", "String subList();",
    "@Hidden java.util.ListIterator<Object> listIterator();", "@Unnamed(label = \"n\") Object[] toArray();",
  };

  @Override
  public String toString() {
    return "InvalidSpec(" + errors + ", seed " + seed + ")";
  }

  static InvalidSpec random(Random r) {
    long seed = r.nextLong();
    return new Builder(new Random(seed), seed).build();
  }

  /** Lays the type out line by line, noting where each planted error is. */
  private static final class Builder {
    private final Random g;
    private final long seed;
    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final Set<Integer> allowed = new TreeSet<>();
    private final Map<Integer, Set<String>> required = new TreeMap<>();
    private final List<String[]> extraTypes = new ArrayList<>();
    private int counter;

    Builder(Random g, long seed) {
      this.g = g;
      this.seed = seed;
      String base = Identifiers.typeName(g);
      this.name = List.of("Integer", "Character", "Override", "Record", "Comparable").contains(base) ? "Bad" + base : base;
    }

    InvalidSpec build() {
      lines.add("package PKG;");
      lines.add("import io.structseq.*;");
      lines.add("import java.util.List;");
      Set<Error> errors = EnumSet.noneOf(Error.class);
      int pick = g.nextInt(100);
      if (pick < 8) {
        errors.add(Error.NOT_INTERFACE);
        return notInterface(errors);
      }
      if (pick < 14) {
        errors.add(Error.NOT_STRUCT_SEQUENCE);
        return notStructSequence(errors);
      }
      int count = 1 + g.nextInt(4);
      List<Error> mixable = List.of(Error.values()).subList(Error.NOT_ACCESSIBLE.ordinal(), Error.values().length);
      List<Error> methodErrors = new ArrayList<>();
      while (errors.size() + methodErrors.size() < count) {
        Error e = mixable.get(g.nextInt(mixable.size()));
        if (e.onMethod()) {
          methodErrors.add(e);
        } else {
          errors.add(e);
        }
      }
      errors.addAll(methodErrors);
      if (errors.contains(Error.NO_VISIBLE_FIELD)) {
        errors.removeIf(Error::onMethod);
        methodErrors.clear();
      }
      if (errors.contains(Error.COMPARABLE_TO_OTHER)) {
        errors.remove(Error.NOT_COMPARABLE);
        methodErrors.removeIf(e -> e == Error.NOT_COMPARABLE);
      }
      boolean selfComparable = errors.contains(Error.NOT_COMPARABLE) || (!errors.contains(Error.COMPARABLE_TO_OTHER)
          && g.nextInt(6) == 0);

      List<String[]> members = new ArrayList<>(); // {text, the error's id or "good"}
      int good = errors.contains(Error.NO_VISIBLE_FIELD) ? g.nextInt(3) : 1 + g.nextInt(3);
      for (int i = 0; i < good; i++) {
        members.add(new String[] {(errors.contains(Error.NO_VISIBLE_FIELD) ? "@Hidden " : "")
            + (g.nextBoolean() ? "int" : "long") + " good" + i + "();", GOOD});
      }
      if (!errors.contains(Error.NO_VISIBLE_FIELD) && g.nextBoolean()) {
        members.add(new String[] {"default int derived() { return 1; }", GOOD});
      }
      String[] wither = null;
      for (Error e : methodErrors) {
        if (e == Error.WITHER_COLLISION) {
          if (wither == null) {
            String n = "wc" + (counter++);
            members.add(new String[] {"int " + n + "();", GOOD});
            wither = new String[] {"int " + Character.toUpperCase(n.charAt(0)) + n.substring(1) + "();", e.id};
          }
        } else {
          members.add(new String[] {methodError(e), e.id});
        }
      }
      Collections.shuffle(members, g);
      if (wither != null) {
        members.add(members.size() == 0 ? 0 : g.nextInt(members.size()) + 1, wither);
        // the later of the twins gets the error: move the good twin before it if the shuffle put it after
        int bad = members.indexOf(wither);
        String goodTwin = "int " + wither[0].substring(4, 5).toLowerCase() + wither[0].substring(5);
        for (int i = bad + 1; i < members.size(); i++) {
          if (members.get(i)[0].equals(goodTwin)) {
            String[] twin = members.remove(i);
            members.add(bad, twin);
            break;
          }
        }
      }

      boolean privateNested = errors.contains(Error.NOT_ACCESSIBLE);
      boolean inPrivateClass = privateNested && g.nextBoolean();
      String indent = "";
      String recordPrefix = "";
      String fileType = name;
      if (privateNested) {
        fileType = "Holder";
        lines.add("public final class Holder {");
        indent = "  ";
        recordPrefix = "Holder_";
        if (inPrivateClass) {
          lines.add("  private static final class Inner {");
          indent = "    ";
          recordPrefix = "Holder_Inner_";
        }
      }
      if (g.nextBoolean()) {
        lines.add(indent + "/** A spec with " + errors + ". */");
      }
      String modifiers = !privateNested ? "public " : inPrivateClass ? "" : "private ";
      String supers = "StructSequence"
          + (errors.contains(Error.INHERITED_BAD_METHOD) ? ", " + name + "Base" : "")
          + (errors.contains(Error.COMPARABLE_TO_OTHER) ? ", java.lang.Comparable<String>" : "")
          + (selfComparable ? ", java.lang.Comparable<" + name + ">" : "");
      lines.add(indent + "@StructSeq " + modifiers + "interface " + name + " extends " + supers + " {");
      int typeLine = lines.size();
      allowed.add(typeLine);
      // The processor reports a type without visible fields only when nothing before that check
      // (accessibility, the fields themselves) is wrong with it: the user sees it after fixing those.
      boolean noVisibleFieldShown = !errors.contains(Error.NOT_ACCESSIBLE)
          && !errors.contains(Error.INHERITED_BAD_METHOD);
      errors.stream().filter(e -> !e.onMethod() && e.id != null)
          .filter(e -> e != Error.NO_VISIBLE_FIELD || noVisibleFieldShown)
          .forEach(e -> require(typeLine, e.id));
      Set<String> optional = errors.contains(Error.NO_VISIBLE_FIELD) && !noVisibleFieldShown
          ? Set.of(Error.NO_VISIBLE_FIELD.id) : Set.of();
      for (String[] member : members) {
        lines.add(indent + "  " + member[0]);
        if (!member[1].equals(GOOD)) {
          allowed.add(lines.size());
          require(lines.size(), member[1]);
        }
      }
      lines.add(indent + "}");
      if (privateNested) {
        if (inPrivateClass) {
          lines.add("  }");
        }
        lines.add("}");
      }
      if (errors.contains(Error.INHERITED_BAD_METHOD)) {
        int which = g.nextInt(4);
        String bad = List.of("int scaled(int factor);", "void nothing();", "<T> T anything();",
            "int risky() throws Exception;").get(which);
        require(typeLine, List.of(Error.PARAMETERS, Error.VOID, Error.TYPE_PARAMETERS, Error.THROWS).get(which).id);
        lines.add("interface " + name + "Base { " + bad + " }");
      }
      if (errors.contains(Error.NAME_TAKEN)) {
        String taken = recordPrefix + name + "Record";
        extraTypes.add(new String[] {taken, "package PKG;\npublic class " + taken + " {}\n"});
      }
      if (errors.contains(Error.NULLABLE_PRIMITIVE)) {
        String target = g.nextBoolean() ? "ElementType.TYPE_USE" : "ElementType.METHOD, ElementType.TYPE_USE";
        extraTypes.add(new String[] {"Nullable", "package PKG;\nimport java.lang.annotation.*;\n@Target({" + target
            + "})\npublic @interface Nullable {}\n"});
      }
      return new InvalidSpec(seed, errors, fileType, String.join("\n", lines) + "\n", extraTypes, allowed, required,
          optional);
    }

    private void require(int line, String id) {
      required.computeIfAbsent(line, k -> new TreeSet<>()).add(id);
    }

    private String methodError(Error e) {
      String n = "m" + (counter++);
      switch (e) {
        case PARAMETERS:
          return g.nextBoolean() ? "int " + n + "(int a);" : "String " + n + "(String s, int... rest);";
        case TYPE_PARAMETERS:
          return g.nextBoolean() ? "<T> T " + n + "();" : "<T extends Number> int " + n + "();";
        case VOID:
          return (g.nextBoolean() ? "@Hidden " : "") + "void " + n + "();";
        case THROWS:
          return List.of("int " + n + "() throws java.io.IOException;", "String " + n + "() throws Exception;",
              "long " + n + "() throws RuntimeException, Error;").get(g.nextInt(3));
        case NAME_CLASH:
          return NAME_CLASHES[g.nextInt(NAME_CLASHES.length)];
        case HIDDEN_AND_UNNAMED:
          return g.nextBoolean() ? "@Hidden @Unnamed int " + n + "();" : "@Unnamed(label = \"l\") @Hidden String " + n + "();";
        case NOT_A_FIELD:
          return List.of("@Hidden default int " + n + "() { return 1; }",
              "@Unnamed static int " + n + "() { return 0; }",
              "@Unnamed(label = \"x\") default String " + n + "() { return \"\"; }",
              "@Hidden private int " + n + "() { return 0; }").get(g.nextInt(4));
        case NULLABLE_PRIMITIVE:
          return List.of("@Nullable int " + n + "();", "@Hidden @Nullable double " + n + "();",
              "@Nullable boolean " + n + "();").get(g.nextInt(3));
        case NOT_COMPARABLE:
          return List.of("List<String> " + n + "();", "int[] " + n + "();", "Object " + n + "();",
              "java.util.Map<String, Integer> " + n + "();").get(g.nextInt(4));
        default:
          throw new IllegalArgumentException(e.toString());
      }
    }

    private InvalidSpec notInterface(Set<Error> errors) {
      switch (g.nextInt(4)) {
        case 0:
          lines.add("@StructSeq public abstract class " + name + " implements StructSequence {");
          lines.add("  public abstract int a();");
          lines.add("}");
          break;
        case 1:
          lines.add("@StructSeq public enum " + name + " { A, B }");
          break;
        case 2:
          lines.add("@StructSeq public record " + name + "(int a) {}");
          break;
        default:
          lines.add("@StructSeq public @interface " + name + " { int a(); }");
          break;
      }
      return single(errors, 4);
    }

    private InvalidSpec notStructSequence(Set<Error> errors) {
      String supers = List.of("", " extends java.io.Serializable", " extends java.util.List<Object>").get(g.nextInt(3));
      lines.add("@StructSeq public interface " + name + supers + " {");
      lines.add("  int a();");
      lines.add("}");
      return single(errors, 4);
    }

    private InvalidSpec single(Set<Error> errors, int line) {
      allowed.add(line);
      errors.forEach(e -> require(line, e.id));
      return new InvalidSpec(seed, errors, name, String.join("\n", lines) + "\n", extraTypes, allowed, required,
          Set.of());
    }
  }

  /** The sources in package {@code pkg}. */
  List<InMemoryCompiler.Source> sources(String pkg) {
    List<InMemoryCompiler.Source> sources = new ArrayList<>();
    sources.add(new InMemoryCompiler.Source(pkg + "." + fileType, text.replaceFirst("package PKG;", "package " + pkg + ";")));
    for (String[] extra : extraTypes) {
      sources.add(new InMemoryCompiler.Source(pkg + "." + extra[0], extra[1].replaceFirst("package PKG;", "package " + pkg + ";")));
    }
    return sources;
  }
}
