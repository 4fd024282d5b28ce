package io.structseq;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.testing.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PyRepr} against CPython: a fixture written by CPython
 * ({@code src/test/python/make_repr_fixture.py}), the contract's examples, an exact but slow
 * reference search for shortest float digits, and CPython itself ({@link CPython}).
 */
class PyReprTest {

  // the CPython fixture

  @Test
  void fixtureMatchesCPython() throws IOException {
    List<String> mismatches = new ArrayList<>();
    Map<String, Integer> rows = new HashMap<>();
    String firstLine = null;
    try (InputStream in = PyReprTest.class.getResourceAsStream("repr-fixture.tsv")) {
      assertTrue(in != null, "repr-fixture.tsv is missing from the test resources");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (firstLine == null) {
          firstLine = line;
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] field = line.split("\t", -1);
        assertEquals(3, field.length, "line " + lineNumber + ": " + line);
        rows.merge(field[0], 1, Integer::sum);
        String where = "line " + lineNumber + " (" + field[0] + " " + field[1] + ")";
        switch (field[0]) {
          case "d":
            checkDouble(mismatches, where, Long.parseUnsignedLong(field[1], 16), field[2]);
            break;
          case "f":
            checkFloat(mismatches, where, Integer.parseUnsignedInt(field[1], 16), field[2]);
            break;
          case "s":
            checkString(mismatches, where, utf16(field[1]), new String(hex(field[2]), UTF_8));
            break;
          default:
            fail("line " + lineNumber + ": unknown row kind " + field[0]);
        }
      }
    }
    assertTrue(firstLine != null && firstLine.startsWith("# CPython 3."), firstLine);
    assertTrue(rows.getOrDefault("d", 0) >= 300, "double rows: " + rows);
    assertTrue(rows.getOrDefault("f", 0) >= 100, "float32 rows: " + rows);
    assertTrue(rows.getOrDefault("s", 0) >= 300, "string rows: " + rows);
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " of " + rows + " fixture rows differ from CPython ("
          + firstLine + "):\n" + String.join("\n", mismatches));
    }
  }

  private static void checkDouble(
      List<String> mismatches, String where, long bits, String expected) {
    double value = Double.longBitsToDouble(bits);
    expect(mismatches, where + " repr(double)", expected, PyRepr.repr(value));
    expect(mismatches, where + " repr(Object)", expected, PyRepr.repr((Object) value));
    expect(mismatches, where + " append(double)", "x=" + expected,
        PyRepr.append(new StringBuilder("x="), value).toString());
  }

  private static void checkFloat(List<String> mismatches, String where, int bits, String expected) {
    float value = Float.intBitsToFloat(bits);
    expect(mismatches, where + " repr(float)", expected, PyRepr.repr(value));
    expect(mismatches, where + " repr(Object)", expected, PyRepr.repr((Object) value));
    expect(mismatches, where + " append(float)", "x=" + expected,
        PyRepr.append(new StringBuilder("x="), value).toString());
  }

  private static void checkString(
      List<String> mismatches, String where, String value, String expected) {
    where += " " + escapeForMessage(value);
    expect(mismatches, where + " reprString", expected, PyRepr.reprString(value));
    expect(mismatches, where + " repr(Object)", expected, PyRepr.repr(value));
    expect(mismatches, where + " repr(StringBuilder)", expected,
        PyRepr.repr(new StringBuilder(value)));
    if (value.length() == 1) {
      char c = value.charAt(0);
      expect(mismatches, where + " append(char)", expected,
          PyRepr.append(new StringBuilder(), c).toString());
      expect(mismatches, where + " repr(Character)", expected, PyRepr.repr((Object) c));
    }
  }

  private static void expect(
      List<String> mismatches, String where, String expected, String actual) {
    if (!expected.equals(actual)) {
      mismatches.add(where + ": expected " + escapeForMessage(expected) + " but was "
          + escapeForMessage(actual));
    }
  }

  /** Keeps test output readable whatever the characters: non-ASCII as Java escapes. */
  private static String escapeForMessage(String s) {
    StringBuilder sb = new StringBuilder("<");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.append('>').toString();
  }

  private static String utf16(String hexUnits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hexUnits.length(); i += 4) {
      sb.append((char) Integer.parseInt(hexUnits.substring(i, i + 4), 16));
    }
    return sb.toString();
  }

  private static byte[] hex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  // the contract's examples

  @Test
  void floatsAsInTheContract() {
    assertEquals("1e+16", PyRepr.repr(1e16));
    assertEquals("1e-05", PyRepr.repr(1e-5));
    assertEquals("inf", PyRepr.repr(Double.POSITIVE_INFINITY));
    assertEquals("-inf", PyRepr.repr(Double.NEGATIVE_INFINITY));
    assertEquals("nan", PyRepr.repr(Double.NaN));
    assertEquals("nan", PyRepr.repr(Double.longBitsToDouble(0xfff8000000000001L)));
    assertEquals("-0.0", PyRepr.repr(-0.0));
    assertEquals("0.0", PyRepr.repr(0.0));
  }

  @Test
  void floatNotation() {
    assertEquals("1.0", PyRepr.repr(1.0));
    assertEquals("-1.5", PyRepr.repr(-1.5));
    assertEquals("100.0", PyRepr.repr(100.0));
    assertEquals("0.0001", PyRepr.repr(0.0001));
    assertEquals("123.456", PyRepr.repr(123.456));
    assertEquals("123456789.123", PyRepr.repr(123456789.123));
    assertEquals("1000000000000000.0", PyRepr.repr(1e15));
    assertEquals("9999999999999998.0", PyRepr.repr(9999999999999998.0));
    assertEquals("1.5e+300", PyRepr.repr(1.5e300));
    assertEquals("2.5e-07", PyRepr.repr(2.5e-7));
    assertEquals("1e+22", PyRepr.repr(1e22));
    assertEquals("0.30000000000000004", PyRepr.repr(0.1 + 0.2));
    assertEquals("5e-324", PyRepr.repr(Double.MIN_VALUE));
    assertEquals("1.7976931348623157e+308", PyRepr.repr(Double.MAX_VALUE));
    assertEquals("-1.7976931348623157e+308", PyRepr.repr(-Double.MAX_VALUE));
  }

  @Test
  void floatsWhereJava17IsNotShortest() {
    // JDK-4511638: Double.toString on Java 17 prints 0.0020 and 2.82879384806159008E17.
    assertEquals("0.002", PyRepr.repr(2.0E-3));
    assertEquals("1e+23", PyRepr.repr(1.0E23));
    assertEquals("2.82879384806159e+17", PyRepr.repr(2.82879384806159E17));
  }

  @Test
  void singlePrecisionUsesItsOwnShortestDigits() {
    assertEquals("0.1", PyRepr.repr(0.1f));
    assertEquals("0.1", PyRepr.repr((Object) 0.1f));
    assertEquals("3.4028235e+38", PyRepr.repr(Float.MAX_VALUE));
    assertEquals("1e-45", PyRepr.repr(Float.MIN_VALUE));
    assertEquals("16777216.0", PyRepr.repr(16777216f));
    assertEquals("10000000000.0", PyRepr.repr(1e10f));
    assertEquals("3.14159", PyRepr.repr(3.14159f));
    assertEquals("-0.0", PyRepr.repr(-0.0f));
    assertEquals("inf", PyRepr.repr(Float.POSITIVE_INFINITY));
    assertEquals("nan", PyRepr.repr(Float.NaN));
  }

  @Test
  void scalars() {
    assertEquals("None", PyRepr.repr(null));
    assertEquals("True", PyRepr.repr(Boolean.TRUE));
    assertEquals("False", PyRepr.repr(Boolean.FALSE));
    assertEquals("True", PyRepr.append(new StringBuilder(), true).toString());
    assertEquals("-9223372036854775808", PyRepr.repr((Object) Long.MIN_VALUE));
    assertEquals("42", PyRepr.repr((Object) 42));
    assertEquals("-7", PyRepr.repr((Object) (short) -7));
    assertEquals("127", PyRepr.repr((Object) (byte) 127));
    assertEquals("1267650600228229401496703205376", PyRepr.repr(BigInteger.ONE.shiftLeft(100)));
    assertEquals("Decimal('1.50')", PyRepr.repr(new BigDecimal("1.50")));
    assertEquals("Decimal('1E+3')", PyRepr.repr(new BigDecimal("1E+3")));
    assertEquals("Decimal('-0.5')", PyRepr.repr(new BigDecimal("-0.5")));
  }

  @Test
  void stringQuotingAndEscapes() {
    assertEquals("'abc'", PyRepr.reprString("abc"));
    assertEquals("''", PyRepr.reprString(""));
    assertEquals("\"it's\"", PyRepr.reprString("it's"));
    assertEquals("'say \"hi\"'", PyRepr.reprString("say \"hi\""));
    assertEquals("'both \\' and \"'", PyRepr.reprString("both ' and \""));
    assertEquals("'\\t\\n\\r\\\\'", PyRepr.reprString("\t\n\r\\"));
    assertEquals("'\\x00\\x7f\\x85\\xa0'", PyRepr.reprString("\u0000\u007f\u0085\u00a0"));
    assertEquals("'\\u200b\\U000e0001\uD83D\uDE00'",
        PyRepr.reprString("\u200b\uDB40\uDC01\uD83D\uDE00"));
    assertEquals("'\\ud800'", PyRepr.reprString("\ud800"));
    assertEquals("'\\udc00\\ud800'", PyRepr.reprString("\udc00\ud800"));
    assertEquals("'caf\u00e9 \u4e2d\u6587'", PyRepr.reprString("caf\u00e9 \u4e2d\u6587"));
    assertEquals("'sb'", PyRepr.repr(new StringBuilder("sb")));
  }

  @Test
  void characters() {
    assertEquals("'a'", PyRepr.repr((Object) 'a'));
    assertEquals("\"'\"", PyRepr.append(new StringBuilder(), '\'').toString());
    assertEquals("'\"'", PyRepr.append(new StringBuilder(), '"').toString());
    assertEquals("'\\n'", PyRepr.append(new StringBuilder(), '\n').toString());
    assertEquals("'\\ud800'", PyRepr.append(new StringBuilder(), '\ud800').toString());
    assertEquals("'\\u2028'", PyRepr.repr((Object) '\u2028'));
  }

  @Test
  void collections() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("k", List.of());
    map.put("n", null);
    map.put("x", 1.5);
    assertEquals("[1, ['a', 2.5], {'k': [], 'n': None, 'x': 1.5}]",
        PyRepr.repr(List.of(1, List.of("a", 2.5), map)));
    assertEquals("[None, True, 'it\\'s \"q\"']",
        PyRepr.repr(Arrays.asList(null, true, "it's \"q\"")));
    assertEquals("[1, 2]", PyRepr.repr(new LinkedList<>(List.of(1, 2))));
    assertEquals("[]", PyRepr.repr(List.of()));
    assertEquals("{}", PyRepr.repr(Map.of()));
    assertEquals("set()", PyRepr.repr(Set.of()));
    assertEquals("{1, 'two', 3.0}", PyRepr.repr(new LinkedHashSet<>(List.of(1, "two", 3.0))));
    assertEquals("{1: [1e+16]}", PyRepr.repr(Map.of(1, List.of(1e16))));
  }

  @Test
  void arrays() {
    assertEquals("['a', None, [1, 2]]", PyRepr.repr(new Object[] {"a", null, new int[] {1, 2}}));
    assertEquals("[]", PyRepr.repr(new String[0]));
    assertEquals("[1, -2]", PyRepr.repr(new long[] {1, -2}));
    assertEquals("[1e+16, nan]", PyRepr.repr(new double[] {1e16, Double.NaN}));
    assertEquals("[0.1, -0.0]", PyRepr.repr(new float[] {0.1f, -0.0f}));
    assertEquals("[True, False]", PyRepr.repr(new boolean[] {true, false}));
    assertEquals("['a', \"'\"]", PyRepr.repr(new char[] {'a', '\''}));
    assertEquals("[-1, 2]", PyRepr.repr(new byte[] {-1, 2}));
    assertEquals("[300]", PyRepr.repr(new short[] {300}));
  }

  @Test
  void optionals() {
    assertEquals("'x'", PyRepr.repr(Optional.of("x")));
    assertEquals("None", PyRepr.repr(Optional.empty()));
    assertEquals("[1e-05]", PyRepr.repr(Optional.of(List.of(1e-5))));
    assertEquals("3", PyRepr.repr(OptionalInt.of(3)));
    assertEquals("None", PyRepr.repr(OptionalLong.empty()));
    assertEquals("0.5", PyRepr.repr(OptionalDouble.of(0.5)));
  }

  @Test
  void containersThatContainThemselves() {
    List<Object> list = new ArrayList<>();
    list.add(list);
    list.add(1);
    assertEquals("[[...], 1]", PyRepr.repr(list));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("self", map);
    assertEquals("{'self': {...}}", PyRepr.repr(map));
    Object[] array = new Object[1];
    array[0] = array;
    assertEquals("[[...]]", PyRepr.repr(array));
    List<Object> twice = List.of("a");
    assertEquals("[['a'], ['a']]", PyRepr.repr(List.of(twice, twice)));
  }

  @Test
  void otherObjectsUseToString() {
    assertEquals("PT1S", PyRepr.repr(java.time.Duration.ofSeconds(1)));
    assertEquals("[PT1S]", PyRepr.repr(List.of(java.time.Duration.ofSeconds(1))));
  }

  @Test
  void structSequencesPrintThemselves() {
    Class<?> type;
    try {
      type = Class.forName("io.structseq.StructSequence");
    } catch (ClassNotFoundException e) {
      assumeTrue(false, "io.structseq.StructSequence is not in this build yet");
      return;
    }
    Object structSequence = Proxy.newProxyInstance(
        PyReprTest.class.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "toString":
              return "os.stat_result(st_mode=1)";
            case "hashCode":
              return 1;
            case "equals":
              return proxy == args[0];
            default:
              throw new UnsupportedOperationException(method.getName());
          }
        });
    assertEquals("os.stat_result(st_mode=1)", PyRepr.repr(structSequence));
    assertEquals("[os.stat_result(st_mode=1), 2]", PyRepr.repr(List.of(structSequence, 2)));
  }

  @Test
  void appendReturnsTheBuilderItWasGiven() {
    StringBuilder sb = new StringBuilder("v=");
    assertSame(sb, PyRepr.append(sb, (Object) List.of(1)));
    assertSame(sb, PyRepr.append(sb, 1.5));
    assertSame(sb, PyRepr.append(sb, 1.5f));
    assertSame(sb, PyRepr.append(sb, false));
    assertSame(sb, PyRepr.append(sb, 'c'));
    assertEquals("v=[1]1.51.5False'c'", sb.toString());
  }

  // shortest digits against an exact search

  @Test
  void shortestDigitsMatchAnExactSearch() {
    List<String> mismatches = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      double d;
      switch (i % 4) {
        case 0:
          d = Double.longBitsToDouble(random.nextLong());
          break;
        case 1: // few significant bits: exact decimal expansions, ties, trailing zeros
          d = Math.scalb((double) random.nextLong(1, 1L << random.nextInt(1, 16)),
              random.nextInt(-1080, 1000));
          break;
        case 2: // short decimals
          d = Double.parseDouble(random.nextLong(1, 100_000_000_000_000_000L) + "e"
              + random.nextInt(-330, 310));
          break;
        default:
          d = random.nextDouble() * Math.pow(10, random.nextInt(-8, 20));
      }
      String expected = ReferenceRepr.of(d, false);
      if (!expected.equals(PyRepr.repr(d))) {
        mismatches.add(Double.doubleToRawLongBits(d) + "L (" + d + "): expected " + expected
            + " but was " + PyRepr.repr(d));
      }
      float f = i % 2 == 0
          ? Float.intBitsToFloat(random.nextInt())
          : Math.scalb((float) random.nextInt(1, 1 << random.nextInt(1, 12)),
              random.nextInt(-160, 128));
      expected = ReferenceRepr.of(f, true);
      if (!expected.equals(PyRepr.repr(f))) {
        mismatches.add(Float.floatToRawIntBits(f) + " (" + f + "f): expected " + expected
            + " but was " + PyRepr.repr(f));
      }
    }
    // Powers of two and their neighbours: the uneven spacing below a power of two.
    for (int e = -1074; e <= 1023; e += e < -1000 || e > 1000 ? 1 : 7) {
      double p = Math.scalb(1.0, e);
      for (double d : new double[] {Math.nextDown(p), p, Math.nextUp(p)}) {
        String expected = ReferenceRepr.of(d, false);
        if (!expected.equals(PyRepr.repr(d))) {
          mismatches.add(d + ": expected " + expected + " but was " + PyRepr.repr(d));
        }
      }
    }
    for (int e = -149; e <= 127; e++) {
      float p = Math.scalb(1f, e);
      for (float f : new float[] {Math.nextDown(p), p, Math.nextUp(p)}) {
        String expected = ReferenceRepr.of(f, true);
        if (!expected.equals(PyRepr.repr(f))) {
          mismatches.add(f + "f: expected " + expected + " but was " + PyRepr.repr(f));
        }
      }
    }
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
    }
  }

  /**
   * The slow, obviously correct shortest repr: for 1, 2, ... 17 digits, the two decimals that
   * bracket the exact value; the first length where one reads back as the value wins, the nearer
   * one if both do. Formatting is CPython's {@code format_float_short}, written with strings.
   */
  private static final class ReferenceRepr {
    static String of(double value, boolean asFloat) {
      if (Double.isNaN(value)) {
        return "nan";
      }
      if (Double.isInfinite(value)) {
        return value > 0 ? "inf" : "-inf";
      }
      if (value == 0) {
        return 1 / value < 0 ? "-0.0" : "0.0";
      }
      double magnitude = Math.abs(value);
      BigDecimal exact = new BigDecimal(magnitude);
      for (int p = 1; p <= 17; p++) {
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
          BigDecimal candidate = exact.round(new MathContext(p, mode));
          boolean readsBack = asFloat
              ? Float.parseFloat(candidate.toString()) == (float) magnitude
              : Double.parseDouble(candidate.toString()) == magnitude;
          if (!readsBack) {
            continue;
          }
          if (best == null) {
            best = candidate;
          } else {
            int c = candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs());
            if (c < 0 || (c == 0 && !candidate.unscaledValue().testBit(0))) {
              best = candidate;
            }
          }
        }
        if (best != null) {
          return format(value < 0, best.stripTrailingZeros());
        }
      }
      throw new AssertionError("no shortest decimal for " + value);
    }

    private static String format(boolean negative, BigDecimal value) {
      String digits = value.unscaledValue().toString();
      int decpt = digits.length() - value.scale();
      StringBuilder sb = new StringBuilder(negative ? "-" : "");
      if (decpt > 16 || decpt < -3) {
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
          sb.append('.').append(digits, 1, digits.length());
        }
        int e = decpt - 1;
        return sb.append(String.format("e%s%02d", e < 0 ? "-" : "+", Math.abs(e))).toString();
      }
      if (decpt <= 0) {
        return sb.append("0.").append("0".repeat(-decpt)).append(digits).toString();
      }
      if (decpt >= digits.length()) {
        return sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0")
            .toString();
      }
      return sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length())
          .toString();
    }
  }

  // live CPython

  private static final String PYTHON_DOUBLE_REPR =
      "import struct, sys\n"
          + "for line in sys.stdin:\n"
          + "    print(repr(struct.unpack('>d', bytes.fromhex(line.strip()))[0]))\n";

  private static final String PYTHON_STR_REPR =
      "import sys\n"
          + "for line in sys.stdin:\n"
          + "    s = bytes.fromhex(line.strip()).decode('utf-16-be', 'surrogatepass')\n"
          + "    print(repr(s).encode('utf-8').hex())\n";

  @Test
  void liveCPythonAgreesOnRandomDoubles() throws Exception {
    String python = CPython.require();
    SplittableRandom random = new SplittableRandom(20240611);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      switch (i % 4) {
        case 0:
          values.add(Double.longBitsToDouble(random.nextLong()));
          break;
        case 1:
          values.add(random.nextDouble() * Math.pow(10, random.nextInt(-8, 20)));
          break;
        case 2:
          values.add(Double.parseDouble(random.nextLong(1, 1_000_000_000_000L) + "e"
              + random.nextInt(-25, 25)));
          break;
        default:
          values.add(Math.scalb((double) random.nextLong(1, 4096), random.nextInt(-70, 70)));
      }
    }
    List<String> input = new ArrayList<>();
    for (double d : values) {
      input.add(String.format("%016x", Double.doubleToRawLongBits(d)));
    }
    List<String> output = run(python, PYTHON_DOUBLE_REPR, input);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      expect(mismatches, input.get(i) + " (" + values.get(i) + ")", output.get(i),
          PyRepr.repr((double) values.get(i)));
    }
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " mismatches with " + python + ":\n"
          + String.join("\n", mismatches));
    }
  }

  @Test
  void liveCPythonAgreesOnRandomStrings() throws Exception {
    String python = CPython.require();
    // Code points whose category is the same in every Unicode version from 6.3 on.
    int[] pool = {
      '\'', '"', '\\', '\t', '\n', '\r', 0x00, 0x1b, 0x7f, 0x80, 0x85, 0xa0, 0xad, 0xe9, 0xff,
      0x300, 0x3b1, 0x4e2d, 0x200b, 0x2028, 0x2029, 0x3000, 0xfeff, 0xe000, 0xfffd, 0xffff,
      0x1f600, 0x1d11e, 0xe0001, 0x10fffd, 0xd800, 0xdbff, 0xdc00, 0xdfff
    };
    SplittableRandom random = new SplittableRandom(99);
    List<String> values = new ArrayList<>();
    List<String> input = new ArrayList<>();
    while (values.size() < 60) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(0, 10); n > 0; n--) {
        int cp = random.nextInt(4) == 0
            ? pool[random.nextInt(pool.length)]
            : random.nextInt(0x20, 0x7f);
        sb.appendCodePoint(cp);
      }
      String s = sb.toString();
      if (pairsSurrogates(s)) {
        continue; // Java would read a high and a low lone surrogate as one code point
      }
      values.add(s);
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        hex.append(String.format("%04x", (int) s.charAt(i)));
      }
      input.add(hex.toString());
    }
    List<String> output = run(python, PYTHON_STR_REPR, input);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      expect(mismatches, escapeForMessage(values.get(i)), new String(hex(output.get(i)), UTF_8),
          PyRepr.reprString(values.get(i)));
    }
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " mismatches with " + python + ":\n"
          + String.join("\n", mismatches));
    }
  }

  private static boolean pairsSurrogates(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> run(String python, String script, List<String> inputLines)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(python, "-c", script)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write((String.join("\n", inputLines) + "\n").getBytes(UTF_8));
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
        lines.add(line);
      }
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python did not finish");
    assertEquals(0, process.exitValue(), "python exit status");
    assertEquals(inputLines.size(), lines.size(), "python output lines");
    return lines;
  }

  @Test
  void primitiveIntegersCharsAndBooleansPickTheirOwnOverloads() {
    int i = 42;
    short sh = -7;
    byte b = 3;
    assertEquals("42", PyRepr.repr(i));
    assertEquals("-7", PyRepr.repr(sh));
    assertEquals("3", PyRepr.repr(b));
    assertEquals("9223372036854775807", PyRepr.repr(Long.MAX_VALUE));
    assertEquals("x=42", PyRepr.append(new StringBuilder("x="), i).toString());
    assertEquals("'a'", PyRepr.repr('a'));
    assertEquals("\"'\"", PyRepr.repr('\''));
    assertEquals("True", PyRepr.repr(true));
    assertEquals("42.0", PyRepr.repr(42.0f));
  }
}
