package io.structseq;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Python's {@code repr()} of Java values: the text a generated {@code toString()} writes for each
 * field, so that a struct sequence prints exactly as CPython prints the same struct sequence.
 *
 * <p>Values map to Python as follows:
 * <ul>
 *   <li>{@code null} is {@code None}; {@link Boolean} is {@code True} or {@code False};
 *   <li>{@link Byte}, {@link Short}, {@link Integer}, {@link Long} and {@link BigInteger} are
 *       decimal integers;
 *   <li>{@link Double} is a Python {@code float}: the shortest decimal that reads back as the same
 *       double ({@code 0.1}, {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code nan}, {@code -0.0});
 *       {@link Float} uses the same notation with the shortest decimal that reads back as the same
 *       float ({@code 0.1f} is {@code 0.1}, not {@code 0.10000000149011612});
 *   <li>{@link BigDecimal} is {@code Decimal('...')} around {@link BigDecimal#toString()};
 *   <li>{@link CharSequence} and {@link Character} are Python {@code str} with Python's quoting and
 *       escapes ({@code 'it'}, {@code "it's"}, {@code '\n'}, {@code '\x00'},
 *       <code>'&#92;u200b'</code>);
 *   <li>a {@link StructSequence} is its own {@code toString()}, the repr of a nested struct
 *       sequence;
 *   <li>any other {@link List}, an {@code Object[]} or a primitive array is a Python list
 *       {@code [a, b]}; a {@link Set} is a Python set {@code {a, b}} ({@code set()} when empty); a
 *       {@link Map} is a Python dict {@code {k: v}}, in the collection's iteration order;
 *   <li>an {@link Optional} (or {@link OptionalInt}, {@link OptionalLong},
 *       {@link OptionalDouble}) is the repr of its content, or {@code None} when empty;
 *   <li>anything else is its {@code toString()}.
 * </ul>
 * A list, array or map that contains itself prints the inner occurrence as {@code [...]} or
 * {@code {...}}, as Python does.
 *
 * <p>Whether a non-ASCII character is printed as is or escaped follows Python's
 * {@code str.isprintable()} on the general category that {@link Character#getType(int)} reports, so
 * it follows the Unicode version of the running JDK (13.0 on Java 17): a character assigned in a
 * later Unicode version than the JDK knows is escaped, where a newer Python prints it.
 *
 * <p>All methods are thread-safe. For numbers, booleans and strings they allocate nothing beyond
 * the {@link StringBuilder}'s growth: the shortest float digits come from Ryu on {@code long}
 * arithmetic (the package's {@code FloatDigits}), not from {@link Double#toString(double)} (which on
 * Java 17 is not always shortest, JDK-4511638) or {@link BigDecimal}.
 */
public final class PyRepr {

  private PyRepr() {}

  // Objects

  /**
   * Python's {@code repr()} of a value, as described in the class documentation.
   *
   * @param value any value, or null
   * @return the repr
   */
  public static String repr(@Nullable Object value) {
    return append(new StringBuilder(), value).toString();
  }

  /**
   * Appends Python's {@code repr()} of a value, as described in the class documentation.
   *
   * @param sb the builder to append to
   * @param value any value, or null
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, @Nullable Object value) {
    return appendValue(sb, value, null);
  }

  /** A container whose repr is being written, to catch one that contains itself. */
  private static final class Enclosing {
    final Object container;
    final @Nullable Enclosing outer;

    Enclosing(Object container, @Nullable Enclosing outer) {
      this.container = container;
      this.outer = outer;
    }

    // ReferenceEquality: the cycle is the very same container, not an equal one.
    @SuppressWarnings("ReferenceEquality")
    static boolean contains(@Nullable Enclosing enclosing, Object value) {
      for (Enclosing e = enclosing; e != null; e = e.outer) {
        if (e.container == value) {
          return true;
        }
      }
      return false;
    }
  }

  private static StringBuilder appendValue(
      StringBuilder sb, @Nullable Object value, @Nullable Enclosing enclosing) {
    if (value == null) {
      return sb.append("None");
    }
    if (value instanceof CharSequence charSequence) {
      return appendString(sb, charSequence);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return sb.append(((Number) value).intValue());
    }
    if (value instanceof Long l) {
      return sb.append(l.longValue());
    }
    if (value instanceof Double d) {
      return append(sb, d.doubleValue());
    }
    if (value instanceof Float f) {
      return append(sb, f.floatValue());
    }
    if (value instanceof Boolean b) {
      return append(sb, b.booleanValue());
    }
    if (value instanceof Character c) {
      return append(sb, c.charValue());
    }
    if (value instanceof BigInteger) {
      return sb.append(value);
    }
    if (value instanceof BigDecimal) {
      return sb.append("Decimal('").append(value).append("')");
    }
    if (value instanceof List<?>) {
      if (IS_STRUCT_SEQUENCE.get(value.getClass())) {
        return sb.append(value);
      }
      if (Enclosing.contains(enclosing, value)) {
        return sb.append("[...]");
      }
      return appendList(sb, (List<?>) value, new Enclosing(value, enclosing));
    }
    if (value instanceof Set<?>) {
      if (Enclosing.contains(enclosing, value)) {
        return sb.append("{...}");
      }
      Set<?> set = (Set<?>) value;
      if (set.isEmpty()) {
        return sb.append("set()");
      }
      return appendElements(sb.append('{'), set, new Enclosing(value, enclosing)).append('}');
    }
    if (value instanceof Map<?, ?>) {
      if (Enclosing.contains(enclosing, value)) {
        return sb.append("{...}");
      }
      return appendMap(sb, (Map<?, ?>) value, new Enclosing(value, enclosing));
    }
    if (value instanceof Optional<?>) {
      return appendValue(sb, ((Optional<?>) value).orElse(null), enclosing);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? sb.append(optional.getAsInt()) : sb.append("None");
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? sb.append(optional.getAsLong()) : sb.append("None");
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? append(sb, optional.getAsDouble()) : sb.append("None");
    }
    if (value.getClass().isArray()) {
      return appendArray(sb, value, enclosing);
    }
    return sb.append(value);
  }

  private static StringBuilder appendList(StringBuilder sb, List<?> list, Enclosing enclosing) {
    if (!(list instanceof RandomAccess)) {
      return appendElements(sb.append('['), list, enclosing).append(']');
    }
    sb.append('[');
    for (int i = 0, n = list.size(); i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      appendValue(sb, list.get(i), enclosing);
    }
    return sb.append(']');
  }

  private static StringBuilder appendElements(
      StringBuilder sb, Iterable<?> elements, Enclosing enclosing) {
    Iterator<?> it = elements.iterator();
    if (it.hasNext()) {
      appendValue(sb, it.next(), enclosing);
      while (it.hasNext()) {
        appendValue(sb.append(", "), it.next(), enclosing);
      }
    }
    return sb;
  }

  private static StringBuilder appendMap(StringBuilder sb, Map<?, ?> map, Enclosing enclosing) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      appendValue(sb, entry.getKey(), enclosing).append(": ");
      appendValue(sb, entry.getValue(), enclosing);
    }
    return sb.append('}');
  }

  private static StringBuilder appendArray(
      StringBuilder sb, Object array, @Nullable Enclosing enclosing) {
    if (array instanceof Object[] a) {
      if (Enclosing.contains(enclosing, array)) {
        return sb.append("[...]");
      }

      Enclosing inner = new Enclosing(array, enclosing);
      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        appendValue(i == 0 ? sb : sb.append(", "), a[i], inner);
      }
    } else if (array instanceof int[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        (i == 0 ? sb : sb.append(", ")).append(a[i]);
      }
    } else if (array instanceof long[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        (i == 0 ? sb : sb.append(", ")).append(a[i]);
      }
    } else if (array instanceof double[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        append(i == 0 ? sb : sb.append(", "), a[i]);
      }
    } else if (array instanceof float[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        append(i == 0 ? sb : sb.append(", "), a[i]);
      }
    } else if (array instanceof boolean[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        append(i == 0 ? sb : sb.append(", "), a[i]);
      }
    } else if (array instanceof char[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        append(i == 0 ? sb : sb.append(", "), a[i]);
      }
    } else if (array instanceof byte[] a) {

      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        (i == 0 ? sb : sb.append(", ")).append(a[i]);
      }
    } else {
      short[] a = (short[]) array;
      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        (i == 0 ? sb : sb.append(", ")).append(a[i]);
      }
    }
    return sb.append(']');
  }

  /**
   * Whether a class implements {@code io.structseq.StructSequence}, looked up by name and cached
   * per class, so that this class needs nothing else of the package to compile.
   */
  private static final ClassValue<Boolean> IS_STRUCT_SEQUENCE =
      new ClassValue<Boolean>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (extendsStructSequence(c)) {
              return Boolean.TRUE;
            }
          }
          return Boolean.FALSE;
        }
      };

  private static final String STRUCT_SEQUENCE = "io.structseq.StructSequence";

  private static boolean extendsStructSequence(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.getName().equals(STRUCT_SEQUENCE) || extendsStructSequence(i)) {
        return true;
      }
    }
    return false;
  }

  // bool and str

  /**
   * Python's repr of an integer: its decimal digits. This overload exists so that {@code repr(42)}
   * (an {@code int}, {@code short}, {@code byte} or {@code long}) prints {@code 42}, not the
   * {@code 42.0} that widening to {@link #repr(float)} would give.
   *
   * @param value the value
   * @return the repr
   */
  public static String repr(long value) {
    return Long.toString(value);
  }

  /**
   * Appends Python's repr of an integer: its decimal digits (see {@link #repr(long)}).
   *
   * @param sb the builder to append to
   * @param value the value
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, long value) {
    return sb.append(value);
  }

  /**
   * Python's repr of a bool: {@code True} or {@code False}.
   *
   * @param value the value
   * @return the repr
   */
  public static String repr(boolean value) {
    return value ? "True" : "False";
  }

  /**
   * Python's repr of the one-character {@code str} holding {@code value}.
   *
   * @param value the character
   * @return the repr, as {@link #append(StringBuilder, char)} writes it
   */
  public static String repr(char value) {
    return append(new StringBuilder(8), value).toString();
  }

  /**
   * Appends Python's repr of a bool: {@code True} or {@code False}.
   *
   * @param sb the builder to append to
   * @param value the value
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, boolean value) {
    return sb.append(value ? "True" : "False");
  }

  /**
   * Appends Python's repr of the one-character {@code str} holding {@code value}: {@code 'a'},
   * {@code "'"}, {@code '\n'}; a surrogate is a lone surrogate, <code>'&#92;ud800'</code>.
   *
   * @param sb the builder to append to
   * @param value the character
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, char value) {
    char quote = value == '\'' ? '"' : '\'';
    sb.append(quote);
    if (value < 0x7f) {
      appendAscii(sb, value, quote);
    } else {
      appendNonAscii(sb, value);
    }
    return sb.append(quote);
  }

  /**
   * Python 3's {@code repr()} of a {@code str} with the characters of {@code s}. The quote is
   * {@code '} unless {@code s} contains {@code '} and no {@code "}; the backslash, the quote,
   * {@code \t}, {@code \n} and {@code \r} are escaped, other ASCII control characters and DEL
   * become {@code \xhh}, and non-printable non-ASCII code points (Unicode categories Cc, Cf, Cs,
   * Co, Cn, Zl, Zp, Zs) become {@code \xhh}, <code>&#92;uhhhh</code> or {@code \Uhhhhhhhh}. An
   * unpaired surrogate is a lone surrogate code point, <code>'&#92;udc00'</code>; everything else
   * is copied as is.
   *
   * @param s the characters
   * @return the repr, quotes included
   */
  public static String reprString(CharSequence s) {
    return appendString(new StringBuilder(s.length() + 2), s).toString();
  }

  private static StringBuilder appendString(StringBuilder sb, CharSequence s) {
    int length = s.length();
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        single = true;
      } else if (c == '"') {
        dbl = true;
      }
    }
    char quote = single && !dbl ? '"' : '\'';
    sb.append(quote);
    for (int i = 0; i < length; ) {
      char c = s.charAt(i);
      if (c < 0x7f) {
        appendAscii(sb, c, quote);
        i++;
      } else {
        int codePoint = Character.codePointAt(s, i);
        appendNonAscii(sb, codePoint);
        i += Character.charCount(codePoint);
      }
    }
    return sb.append(quote);
  }

  /** One character below DEL, as inside Python's repr of a str quoted with {@code quote}. */
  private static void appendAscii(StringBuilder sb, char c, char quote) {
    if (c == quote || c == '\\') {
      sb.append('\\').append(c);
    } else if (c >= ' ') {
      sb.append(c);
    } else if (c == '\t') {
      sb.append("\\t");
    } else if (c == '\n') {
      sb.append("\\n");
    } else if (c == '\r') {
      sb.append("\\r");
    } else {
      appendHex(sb.append("\\x"), c, 2);
    }
  }

  /** One code point from DEL up (or a lone surrogate), as inside Python's repr of a str. */
  private static void appendNonAscii(StringBuilder sb, int codePoint) {
    if (isPrintable(codePoint)) {
      sb.appendCodePoint(codePoint);
    } else if (codePoint <= 0xff) {
      appendHex(sb.append("\\x"), codePoint, 2);
    } else if (codePoint <= 0xffff) {
      appendHex(sb.append("\\u"), codePoint, 4);
    } else {
      appendHex(sb.append("\\U"), codePoint, 8);
    }
  }

  /** Python's {@code str.isprintable()} for one code point outside ASCII. */
  private static boolean isPrintable(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  private static void appendHex(StringBuilder sb, int value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(Character.forDigit((value >>> shift) & 0xf, 16));
    }
  }

  // float

  /**
   * Python's {@code repr()} of a {@code float} with this value: see
   * {@link #append(StringBuilder, double)}. Integers, characters and booleans have overloads of
   * their own ({@link #repr(long)}, {@link #repr(char)}, {@link #repr(boolean)}).
   *
   * @param value the value
   * @return the repr, as {@link #append(StringBuilder, double)} writes it
   */
  public static String repr(double value) {
    return append(new StringBuilder(24), value).toString();
  }

  /**
   * Appends Python's {@code repr()} of a {@code float} with this value: the shortest decimal that
   * reads back as {@code value} (the nearest to it when several are as short), in fixed notation
   * with at least one fractional digit when its decimal exponent is from -4 to 15 ({@code 1.0},
   * {@code 0.0001}, {@code 123.456}, {@code 1000000000000000.0}), otherwise in exponent notation
   * with a signed exponent of at least two digits ({@code 1e+16}, {@code 1e-05},
   * {@code 2.5e-07}); {@code inf}, {@code -inf}, {@code nan} (whatever the sign and payload),
   * {@code 0.0} and {@code -0.0}.
   *
   * <p>A {@code byte}, {@code short}, {@code int} or {@code long} argument resolves to
   * {@link #append(StringBuilder, long)} and prints as an integer.
   *
   * @param sb the builder to append to
   * @param value the value
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, double value) {
    if (appendSpecial(sb, value)) {
      return sb;
    }
    if (Math.abs(value) < 0x1p53 && value == (long) value) {
      // Every integer below 2^53 is a double, so the integer itself is the shortest decimal.
      return sb.append((long) value).append(".0");
    }
    return FloatDigits.append(sb, value);
  }

  /** Writes nan, infinities and zeros, which have no digits to choose; false for any other value. */
  private static boolean appendSpecial(StringBuilder sb, double value) {
    if (Double.isNaN(value)) {
      sb.append("nan");
    } else if (value == 0) {
      sb.append(1 / value < 0 ? "-0.0" : "0.0");
    } else if (value == Double.POSITIVE_INFINITY) {
      sb.append("inf");
    } else if (value == Double.NEGATIVE_INFINITY) {
      sb.append("-inf");
    } else {
      return false;
    }
    return true;
  }

  /**
   * Python's notation for a Java {@code float}: see {@link #append(StringBuilder, float)}.
   *
   * @param value the value
   * @return the repr
   */
  public static String repr(float value) {
    return append(new StringBuilder(16), value).toString();
  }

  /**
   * Appends a Java {@code float} in Python's {@code float} notation (see
   * {@link #append(StringBuilder, double)}), with the shortest decimal that reads back as the same
   * {@code float}: {@code 0.1f} is {@code 0.1}, {@code Float.MAX_VALUE} is {@code 3.4028235e+38}.
   * Python has no single-precision type; this is what {@code repr()} would print if it had one.
   *
   * @param sb the builder to append to
   * @param value the value
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, float value) {
    if (appendSpecial(sb, value)) {
      return sb;
    }
    if (Math.abs(value) < 0x1p24f && value == (int) value) {
      return sb.append((int) value).append(".0");
    }
    return FloatDigits.append(sb, value);
  }
}
