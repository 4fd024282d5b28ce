package io.structseq.processor.property;

import io.structseq.StructSequence;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Field and type names for generated specs: plain ones, neighbours of Java keywords, names the
 * generated code itself uses for locals and types, unicode and very long identifiers, minus the
 * names the contract reserves.
 */
final class Identifiers {

  /** Keyword neighbours and contextual keywords, all legal identifiers. */
  static final List<String> KEYWORD_NEIGHBOURS = List.of(
      "class_", "_int", "Integer", "record1", "yield_", "var", "sealed", "permits", "record", "yield",
      "when", "module", "open", "exports", "requires", "transitive", "non", "int_", "goto_", "const_",
      "true_", "null_", "Null", "True", "None", "enum_", "assert_", "$", "$x", "a$b", "__", "_1",
      "String", "Object", "List", "Map", "with", "withA", "x");

  /**
   * Names the generated code also uses: locals and parameters ({@code that}, {@code h}, {@code sb},
   * {@code other}, {@code name}, {@code index}, ...) and the simple names of the types it refers to.
   * A record component of such a name shadows the local or the type in the generated methods.
   */
  static final List<String> GENERATED_CODE_NAMES = List.of(
      "that", "h", "sb", "other", "c", "name", "index", "changes", "values", "value", "result", "i",
      "Objects", "Double", "Float", "Long", "Short", "Byte", "Character", "Boolean", "PyRepr",
      "StructSupport", "StructType", "StructField", "StringBuilder", "Override", "SuppressWarnings",
      "Generated", "fromValues", "Arrays", "IndexOutOfBoundsException", "builder_", "Builder", "set");

  static final List<String> UNICODE = List.of(
      "é", "ü", "naïve", "größe", "αβγ", "Ωmega", "λ", "名前", "数据", "日本語", "ß", "\uD835\uDEFCx",
      "ǆ", "İstanbul", "ﬁle", "Ärger", "ñandú", "кот", "π", "µ", "ºC", "ª");

  /** Names that a field may not take: members of StructSequence (with List and Object), of Record, ours. */
  static final Set<String> RESERVED = reserved();

  private Identifiers() {}

  private static Set<String> reserved() {
    Set<String> names = new LinkedHashSet<>(List.of("TYPE", "replace", "builder", "toBuilder"));
    for (Class<?> owner : List.of(StructSequence.class, List.class, Collection.class, Iterable.class,
        Object.class, Record.class)) {
      for (Method m : owner.getMethods()) {
        names.add(m.getName());
      }
      for (Method m : owner.getDeclaredMethods()) {
        names.add(m.getName());
      }
      for (Field f : owner.getDeclaredFields()) {
        names.add(f.getName());
      }
    }
    return names;
  }

  /** The wither name the processor derives: {@code with} and the first code point upper-cased. */
  static String witherName(String name) {
    int first = name.codePointAt(0);
    return "with" + new String(Character.toChars(Character.toUpperCase(first)))
        + name.substring(Character.charCount(first));
  }

  static boolean usable(String name) {
    return SourceVersion.isName(name) && !SourceVersion.isKeyword(name) && !RESERVED.contains(name)
        && !name.equals("_");
  }

  /** A random field name, from any of the pools. */
  static String fieldName(Random r) {
    switch (r.nextInt(10)) {
      case 0: return KEYWORD_NEIGHBOURS.get(r.nextInt(KEYWORD_NEIGHBOURS.size()));
      case 1: return GENERATED_CODE_NAMES.get(r.nextInt(GENERATED_CODE_NAMES.size()));
      case 2: return UNICODE.get(r.nextInt(UNICODE.size())) + (r.nextBoolean() ? "" : suffix(r));
      case 3: return longName(r);
      default: return plain(r);
    }
  }

  /** A random interface name: plain, unicode, long, or one that shadows a java.lang type. */
  static String typeName(Random r) {
    switch (r.nextInt(12)) {
      case 0: return "Überblick" + suffix(r);
      case 1: return "名前型";
      case 2: return "Σtruct" + suffix(r);
      case 3: return "S" + longName(r);
      case 4: return List.of("Integer", "Character", "Override", "Record", "Comparable").get(r.nextInt(5));
      case 5: return "Stat_result";
      case 6: return "$Dollar";
      default: return Character.toUpperCase((char) ('a' + r.nextInt(26))) + plain(r);
    }
  }

  static String plain(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append((char) ('a' + r.nextInt(26)));
    int n = r.nextInt(10);
    String tail = "abcdefghijklmnopqrstuvwxyz0123456789_";
    for (int i = 0; i < n; i++) {
      sb.append(tail.charAt(r.nextInt(tail.length())));
    }
    return sb.toString();
  }

  private static String suffix(Random r) {
    return Integer.toString(r.nextInt(100));
  }

  /** 100 to 300 identifier characters, unicode included. */
  static String longName(Random r) {
    String parts = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$éüαβ名";
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "long_" : "ÿ");
    int n = 100 + r.nextInt(200);
    while (sb.length() < n) {
      sb.append(parts.charAt(r.nextInt(parts.length())));
    }
    return sb.toString();
  }
}
