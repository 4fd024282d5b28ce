package io.structseq.processor.property;

import io.structseq.testing.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The oracle of {@link RecordChecks}' toString check: CPython's repr of a struct sequence with the
 * record's name, labels and values, from one CPython process for the whole run. Each value reaches
 * CPython as an expression built from exact data (the bits of a double, the UTF-16 units of a string),
 * never from {@code PyRepr}. A float32 has no CPython type: its repr comes from
 * {@code shortest_float32} of {@code annotations/src/test/python/make_repr_fixture.py} (exact rational
 * arithmetic). An enum constant has no Python counterpart either: the contract prints its
 * {@code toString()}.
 *
 * <p>PyRepr decides what is printable from the running JDK's Unicode data, CPython from its own
 * (documented in PyRepr): JDK 25 knows Unicode 16, CPython 3.13 Unicode 15.1. A record whose strings
 * hold a code point on which the two disagree has no oracle; {@link #structRepr} says so.
 */
final class CPythonRepr {
  private static final Path FIXTURE_SCRIPTS =
      Path.of(System.getProperty("user.dir")).resolveSibling("annotations/src/test/python");

  /** Reads lines of tab-separated hex name, hex labels and value expressions; writes hex UTF-8 reprs. */
  private static final String SCRIPT = String.join("\n",
      "import struct, sys  # -B: no __pycache__ next to the fixture script",
      "sys.path.insert(0, sys.argv[1])",
      "from make_repr_fixture import shortest_float32",
      "def S(h): return bytes.fromhex(h).decode('utf-16-be', 'surrogatepass')",
      "def D(h): return struct.unpack('>d', bytes.fromhex(h))[0]",
      "class F:",
      "    def __init__(self, h): self.text = shortest_float32(int(h, 16))",
      "    def __repr__(self): return self.text",
      "class J:",
      "    def __init__(self, h): self.text = S(h)",
      "    def __repr__(self): return self.text",
      "ranges, start = [], None",
      "for c in range(0x110001):",
      "    printable = c <= 0x10FFFF and chr(c).isprintable()",
      "    if printable and start is None: start = c",
      "    if not printable and start is not None: ranges.append('%x-%x' % (start, c - 1)); start = None",
      "print(','.join(ranges), flush=True)",
      "for line in sys.stdin:",
      "    name, labels, *values = line.rstrip('\\n').split('\\t')",
      "    labels = [S(l) for l in labels.split(',')] if labels else []",
      "    items = ', '.join('%s=%r' % (l, eval(v)) for l, v in zip(labels, values))",
      "    text = '%s(%s)' % (S(name), items)",
      "    sys.stdout.write(text.encode('utf-8', 'surrogatepass').hex() + '\\n')",
      "    sys.stdout.flush()",
      "");

  private static CPythonRepr running;

  private final Process process;
  private final Writer in;
  private final BufferedReader out;
  /** The code points that CPython and this JDK do not agree are printable. */
  private final BitSet disagreements = new BitSet();

  private CPythonRepr(String python) throws IOException {
    if (!Files.isRegularFile(FIXTURE_SCRIPTS.resolve("make_repr_fixture.py"))) {
      throw new IllegalStateException("no make_repr_fixture.py in " + FIXTURE_SCRIPTS
          + ": run the processor's tests from the processor module");
    }
    process = new ProcessBuilder(python, "-B", "-c", SCRIPT, FIXTURE_SCRIPTS.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    String ranges = out.readLine();
    if (ranges == null) {
      throw new IllegalStateException("CPython did not start (see its error output above)");
    }
    BitSet printable = new BitSet();
    for (String range : ranges.split(",")) {
      String[] bounds = range.split("-");
      printable.set(Integer.parseInt(bounds[0], 16), Integer.parseInt(bounds[1], 16) + 1);
    }
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (printable.get(cp) != printableHere(cp)) {
        disagreements.set(cp);
      }
    }
  }

  /** CPython's rule ({@code str.isprintable}) on this JDK's Unicode data. */
  private static boolean printableHere(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return false;
      case Character.SPACE_SEPARATOR:
        return cp == ' ';
      default:
        return true;
    }
  }

  /**
   * @param name the struct sequence's name
   * @param labels the labels of its visible fields
   * @param values their values, of the types {@link FieldType} makes
   * @return what CPython prints as the repr of such a struct sequence: {@code name(label=repr, ...)};
   *     null when a string or char among the values holds a code point that CPython and this JDK do not
   *     agree is printable
   */
  static synchronized String structRepr(String name, List<String> labels, List<?> values) {
    try {
      if (running == null) {
        running = new CPythonRepr(CPython.require());
      }
      if (values.stream().anyMatch(running::disagreesOn)) {
        return null;
      }
      StringJoiner line = new StringJoiner("\t");
      line.add(utf16(name));
      StringJoiner hexLabels = new StringJoiner(",");
      labels.forEach(l -> hexLabels.add(utf16(l)));
      line.add(hexLabels.toString());
      values.forEach(v -> line.add(expression(v)));
      running.in.write(line + "\n");
      running.in.flush();
      String answer = running.out.readLine();
      if (answer == null) {
        throw new IllegalStateException("CPython stopped answering (see its error output above)");
      }
      return new String(HexFormat.of().parseHex(answer), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a string or char in the value holds a code point of {@link #disagreements}. */
  private boolean disagreesOn(Object value) {
    if (value instanceof Character || value instanceof CharSequence) {
      return value.toString().codePoints().anyMatch(disagreements::get);
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(this::disagreesOn);
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().anyMatch(e -> disagreesOn(e.getKey()) || disagreesOn(e.getValue()));
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).anyMatch(this::disagreesOn);
    }
    return false;
  }

  /** A Python expression that builds the value from exact data. */
  static String expression(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof Double d) {
      return "D('" + String.format("%016x", Double.doubleToRawLongBits(d)) + "')";
    }
    if (value instanceof Float f) {
      return "F('" + String.format("%08x", Float.floatToRawIntBits(f)) + "')";
    }
    if (value instanceof Character || value instanceof CharSequence) {
      return "S('" + utf16(value.toString()) + "')";
    }
    if (value instanceof Enum<?>) {
      return "J('" + utf16(value.toString()) + "')";
    }
    List<Object> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      items.addAll(list);
    } else if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(Array.get(value, i));
      }
    } else if (value instanceof Map<?, ?> map) {
      StringJoiner dict = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> dict.add(expression(k) + ": " + expression(v)));
      return dict.toString();
    } else {
      throw new IllegalArgumentException("no Python counterpart for " + value.getClass().getName());
    }
    StringJoiner list = new StringJoiner(", ", "[", "]");
    items.forEach(item -> list.add(expression(item)));
    return list.toString();
  }

  /** The UTF-16 units, lone surrogates included (an encoder would replace those). */
  private static String utf16(String s) {
    StringBuilder hex = new StringBuilder(4 * s.length());
    for (int i = 0; i < s.length(); i++) {
      hex.append(String.format("%04x", (int) s.charAt(i)));
    }
    return hex.toString();
  }
}
