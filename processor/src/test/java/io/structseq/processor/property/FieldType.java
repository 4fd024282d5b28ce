package io.structseq.processor.property;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A field type the spec generator can declare: how it is written in the interface (with a type-use
 * {@code @Nullable} where one goes), its erasure as {@code StructField.type()} reports it, whether the
 * generated {@code compareTo} accepts it, and how to make random values of it once the spec is loaded.
 *
 * @param source the type as written, for example {@code List<List<String>>}; {@code PKG} stands for
 *     the spec's package (for its own enum)
 * @param arrayDims the {@code []} suffix of an array type, empty otherwise; a type-use annotation on
 *     the array itself goes before it ({@code String @Nullable []})
 * @param erasure the binary name of the erasure as {@link Class#forName} reads it, or a primitive's name
 * @param comparable whether {@code Comparable<Self>} accepts a visible field of this type
 * @param values makes one random value (never null) given the spec's loaded classes
 */
record FieldType(
    String source,
    String arrayDims,
    String erasure,
    boolean primitive,
    boolean comparable,
    BiFunction<Random, Values, Object> values) {

  /** What a value generator may need beyond randomness: the spec's classes and type arguments. */
  interface Values {
    Class<?> load(String binaryName);

    /** A value for type variable {@code A} or {@code B}, of the type the spec chose for it. */
    Object typeArgument(String variable, Random random);
  }

  boolean isArray() {
    return !arrayDims.isEmpty();
  }

  boolean isTypeVariable() {
    return source.equals("A") || source.equals("B");
  }

  /** The type as written, with a type-use annotation on the type itself (not on an array's elements). */
  String render(String typeUseAnnotation) {
    if (typeUseAnnotation.isEmpty()) {
      return source + arrayDims;
    }
    return isArray() ? source + " " + typeUseAnnotation + " " + arrayDims : typeUseAnnotation + " " + source;
  }

  Class<?> erasureClass(Values context) {
    switch (erasure) {
      case "int": return int.class;
      case "long": return long.class;
      case "double": return double.class;
      case "float": return float.class;
      case "short": return short.class;
      case "byte": return byte.class;
      case "char": return char.class;
      case "boolean": return boolean.class;
      default: return context.load(erasure);
    }
  }

  @Override
  public String toString() {
    return source + arrayDims;
  }

  // The catalogue.

  static final FieldType INT = primitive("int", "int", (r, c) -> Samples.anInt(r));
  static final FieldType LONG = primitive("long", "long", (r, c) -> Samples.aLong(r));
  static final FieldType DOUBLE = primitive("double", "double", (r, c) -> Samples.aDouble(r));
  static final FieldType FLOAT = primitive("float", "float", (r, c) -> Samples.aFloat(r));
  static final FieldType SHORT = primitive("short", "short", (r, c) -> (short) Samples.anInt(r));
  static final FieldType BYTE = primitive("byte", "byte", (r, c) -> (byte) Samples.anInt(r));
  static final FieldType CHAR = primitive("char", "char", (r, c) -> Samples.aChar(r));
  static final FieldType BOOLEAN = primitive("boolean", "boolean", (r, c) -> r.nextBoolean());

  static final List<FieldType> PRIMITIVES = List.of(INT, LONG, DOUBLE, FLOAT, SHORT, BYTE, CHAR, BOOLEAN);

  static final List<FieldType> BOXED = List.of(
      comparable("Integer", "java.lang.Integer", (r, c) -> Samples.anInt(r)),
      comparable("Long", "java.lang.Long", (r, c) -> Samples.aLong(r)),
      comparable("Double", "java.lang.Double", (r, c) -> Samples.aDouble(r)),
      comparable("Float", "java.lang.Float", (r, c) -> Samples.aFloat(r)),
      comparable("Short", "java.lang.Short", (r, c) -> (short) Samples.anInt(r)),
      comparable("Byte", "java.lang.Byte", (r, c) -> (byte) Samples.anInt(r)),
      comparable("Character", "java.lang.Character", (r, c) -> Samples.aChar(r)),
      comparable("Boolean", "java.lang.Boolean", (r, c) -> r.nextBoolean()));

  static final FieldType STRING = comparable("String", "java.lang.String", (r, c) -> Samples.aString(r));

  /** Reference types beyond boxes and String: arrays, generics, enums, wildcards. */
  static final List<FieldType> OTHERS = List.of(
      STRING,
      comparable("BigInteger", "java.math.BigInteger", (r, c) -> new BigInteger(r.nextInt(130), r)
          .multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1))),
      comparable("Colour", "PKG.Colour", (r, c) -> {
        Object[] constants = c.load("PKG.Colour").getEnumConstants();
        return constants[r.nextInt(constants.length)];
      }),
      new FieldType("int", "[]", "[I", false, false, (r, c) -> Samples.ints(r)),
      new FieldType("String", "[]", "[Ljava.lang.String;", false, false, (r, c) -> Samples.strings(r)),
      new FieldType("int", "[][]", "[[I", false, false, (r, c) -> {
        int[][] a = new int[r.nextInt(3)][];
        for (int i = 0; i < a.length; i++) {
          a[i] = Samples.ints(r);
        }
        return a;
      }),
      other("List<String>", "java.util.List", (r, c) -> Samples.list(r, () -> Samples.aString(r))),
      other("List<List<String>>", "java.util.List",
          (r, c) -> Samples.list(r, () -> Samples.list(r, () -> Samples.aString(r)))),
      other("Map<String, Integer>", "java.util.Map", (r, c) -> Samples.map(r, () -> Samples.anInt(r))),
      other("Map<String, List<Integer>>", "java.util.Map",
          (r, c) -> Samples.map(r, () -> Samples.list(r, () -> Samples.anInt(r)))),
      other("List<? extends Number>", "java.util.List", (r, c) -> Samples.list(r, () -> Samples.aNumber(r))),
      other("Number", "java.lang.Number", (r, c) -> Samples.aNumber(r)),
      other("Object", "java.lang.Object", (r, c) -> Samples.anObject(r)),
      other("CharSequence", "java.lang.CharSequence", (r, c) -> Samples.aString(r)));

  static FieldType typeVariable(String name, boolean comparableBound) {
    return new FieldType(name, "", comparableBound ? "java.lang.Comparable" : "java.lang.Object", false,
        comparableBound, (r, c) -> c.typeArgument(name, r));
  }

  private static FieldType primitive(String source, String erasure, BiFunction<Random, Values, Object> values) {
    return new FieldType(source, "", erasure, true, true, values);
  }

  private static FieldType comparable(String source, String erasure, BiFunction<Random, Values, Object> values) {
    return new FieldType(source, "", erasure, false, true, values);
  }

  private static FieldType other(String source, String erasure, BiFunction<Random, Values, Object> values) {
    return new FieldType(source, "", erasure, false, false, values);
  }

  /** Random values with a taste for edge cases. */
  static final class Samples {
    private static final String[] STRINGS = {
      "", "a", "it's", "\"quoted\"", "both ' and \"", "back\\slash", "line\nbreak", "tab\t", "\0nul",
      "é", "naïve", "名前", "😀", "None", "True", "\u200b", "\r\n", "\u007f", "x=1, y=2)", "\ud800",
    };

    private Samples() {}

    static int anInt(Random r) {
      switch (r.nextInt(8)) {
        case 0: return 0;
        case 1: return -1;
        case 2: return Integer.MIN_VALUE;
        case 3: return Integer.MAX_VALUE;
        case 4: return r.nextInt(10);
        default: return r.nextInt();
      }
    }

    static long aLong(Random r) {
      switch (r.nextInt(6)) {
        case 0: return Long.MIN_VALUE;
        case 1: return Long.MAX_VALUE;
        case 2: return anInt(r);
        default: return r.nextLong();
      }
    }

    static double aDouble(Random r) {
      switch (r.nextInt(12)) {
        case 0: return 0.0;
        case 1: return -0.0;
        case 2: return Double.NaN;
        case 3: return Double.POSITIVE_INFINITY;
        case 4: return Double.NEGATIVE_INFINITY;
        case 5: return 1e16;
        case 6: return 1e-5;
        case 7: return Double.MIN_VALUE;
        case 8: return 0.1;
        case 9: return Double.longBitsToDouble(r.nextLong());
        default: return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
      }
    }

    static float aFloat(Random r) {
      switch (r.nextInt(8)) {
        case 0: return -0.0f;
        case 1: return Float.NaN;
        case 2: return Float.NEGATIVE_INFINITY;
        case 3: return 0.1f;
        case 4: return Float.intBitsToFloat(r.nextInt());
        default: return (float) aDouble(r);
      }
    }

    static char aChar(Random r) {
      String specials = "a'\"\\\n\0é名\u200b\ud800\uffff ";
      return r.nextBoolean() ? specials.charAt(r.nextInt(specials.length())) : (char) r.nextInt(0x10000);
    }

    static String aString(Random r) {
      if (r.nextInt(3) > 0) {
        return STRINGS[r.nextInt(STRINGS.length)];
      }
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 32 + r.nextInt(95));
      }
      return sb.toString();
    }

    static Number aNumber(Random r) {
      switch (r.nextInt(4)) {
        case 0: return anInt(r);
        case 1: return aLong(r);
        case 2: return aDouble(r);
        default: return BigInteger.valueOf(r.nextLong()).shiftLeft(r.nextInt(80));
      }
    }

    static Object anObject(Random r) {
      switch (r.nextInt(4)) {
        case 0: return aString(r);
        case 1: return anInt(r);
        case 2: return list(r, () -> aString(r));
        default: return aDouble(r);
      }
    }

    static int[] ints(Random r) {
      int[] a = new int[r.nextInt(4)];
      for (int i = 0; i < a.length; i++) {
        a[i] = anInt(r);
      }
      return a;
    }

    static String[] strings(Random r) {
      String[] a = new String[r.nextInt(4)];
      for (int i = 0; i < a.length; i++) {
        a[i] = r.nextInt(5) == 0 ? null : aString(r);
      }
      return a;
    }

    /** Sometimes an immutable List.of, sometimes an ArrayList: both serialize. */
    static <T> List<T> list(Random r, java.util.function.Supplier<T> element) {
      List<T> list = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        list.add(element.get());
      }
      return r.nextBoolean() ? List.copyOf(list) : list;
    }

    static <V> Map<String, V> map(Random r, java.util.function.Supplier<V> value) {
      Map<String, V> map = new LinkedHashMap<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        map.put(aString(r), value.get());
      }
      return map;
    }
  }
}
