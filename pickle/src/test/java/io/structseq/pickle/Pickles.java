package io.structseq.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.structseq.StructField;
import io.structseq.StructSequence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.razorvine.pickle.Pickler;
import net.razorvine.pickle.Unpickler;

/** The tests' pickling, their comparison of values field by field, and their CPython scripts. */
final class Pickles {
  private Pickles() {}

  /** Pyrolite's pickle of a value, with the module installed. */
  static byte[] dumps(Object value) {
    StructSeqPickle.install();
    try {
      return new Pickler().dumps(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pyrolite's reading of a pickle, with the module installed. */
  static Object loads(byte[] pickle) throws IOException {
    StructSeqPickle.install();
    return new Unpickler().loads(pickle);
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] unbase64(String text) {
    return Base64.getDecoder().decode(text);
  }

  /** A script of the test resources, for {@code CPython.run}. */
  static String script(String name) {
    try (InputStream in = Pickles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same value: a struct sequence of the same record class, {@code equals}, with the same repr and
   * every field the same, hidden ones included; a list element by element; a double bit for bit.
   */
  static void assertSameValue(Object expected, Object actual, String what) {
    if (expected instanceof Double && actual instanceof Double) {
      assertEquals(Double.doubleToRawLongBits((Double) expected), Double.doubleToRawLongBits((Double) actual),
          () -> what + ": " + expected + " and " + actual + " differ in their bits");
    } else if (expected instanceof StructSequence) {
      StructSequence struct = (StructSequence) expected;
      StructSequence back = (StructSequence) assertInstanceOf(struct.getClass(), actual, what);
      assertEquals(struct, back, what);
      assertEquals(struct.toString(), back.toString(), what);
      for (StructField field : struct.structType().fields()) {
        assertSameValue(field(struct, field), field(back, field), what + "." + field.name());
      }
    } else if (expected instanceof List<?>) {
      List<?> list = (List<?>) expected;
      List<?> other = assertInstanceOf(List.class, actual, what);
      assertEquals(list.size(), other.size(), what);
      for (int i = 0; i < list.size(); i++) {
        assertSameValue(list.get(i), other.get(i), what + "[" + i + "]");
      }
    } else {
      assertEquals(expected, actual, what);
    }
  }

  /** A field's value: by name, or by index for an unnamed one. */
  static Object field(StructSequence value, StructField field) {
    return field.isUnnamed() ? value.get(field.index()) : value.get(field.name());
  }
}
