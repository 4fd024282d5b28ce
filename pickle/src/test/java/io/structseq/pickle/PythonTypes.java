package io.structseq.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.jsontesting.Fixtures;
import io.structseq.testing.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CPython process per test JVM ({@code user_types.py}) that holds a Python struct sequence type for
 * each of json-testing's user types, under the same global: Java's pickle of a value goes in,
 * CPython's {@code pickle.loads} of it and {@code pickle.dumps} of that at protocols 0 to 5 come back.
 */
final class PythonTypes {
  /** The user types: registered with Pyrolite, and made in CPython. */
  static final List<Class<? extends StructSequence>> TYPES = List.of(Fixtures.Point.class, Fixtures.Pair.class,
      Fixtures.Shape.class, Fixtures.Version.class, Fixtures.Clock.class, Fixtures.Reading.class);

  private static PythonTypes shared;

  private final Process process;
  private final Writer requests;
  private final BufferedReader answers;
  private final Path errors;

  private PythonTypes(Process process, Path errors) {
    this.process = process;
    this.errors = errors;
    this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Registers the user types with Pyrolite (again: nothing changes). */
  static void register() {
    TYPES.forEach(StructSeqPickle::register);
  }

  /** The process of this JVM, started on first use with the user types registered; it ends with the JVM. */
  static synchronized PythonTypes shared() throws IOException {
    String python = CPython.require();
    if (shared == null) {
      register();
      StringBuilder types = new StringBuilder("[");
      for (Class<? extends StructSequence> type : TYPES) {
        StructType<?> structType = StructType.of(type);
        List<String> hidden = new ArrayList<>();
        for (StructField field : structType.fields().subList(structType.sequenceSize(), structType.fieldCount())) {
          hidden.add('"' + field.name() + '"');
        }
        types.append(types.length() > 1 ? ", " : "").append("{\"name\": \"").append(structType.name())
            .append("\", \"visible\": ").append(structType.sequenceSize()).append(", \"hidden\": ")
            .append(hidden).append('}');
      }
      Path errors = Files.createTempFile("structseq-pickle-", ".err");
      errors.toFile().deleteOnExit();
      Process process = new ProcessBuilder(python, "-c", Pickles.script("user_types.py"), types + "]")
          .redirectError(errors.toFile()).start();
      shared = new PythonTypes(process, errors);
    }
    return shared;
  }

  /**
   * Sends Java's pickle of {@code value} to CPython and reads back its six pickles of what it loaded:
   * each must read as the same value, hidden fields included. At protocol 0 CPython writes a
   * non-finite float as {@code nan} or {@code inf}, which Pyrolite's reader refuses.
   */
  void assertRoundTrips(StructSequence value) throws IOException {
    String[] answer = ask(Pickles.base64(Pickles.dumps(value)));
    assertEquals("ok", answer[0], () -> "CPython refused " + value + ": " + String.join(" ", answer));
    assertEquals(value.structType().name(), answer[1], "the type pickle.loads gave");
    assertEquals(8, answer.length);
    for (int protocol = 0; protocol <= 5; protocol++) {
      byte[] pickle = Pickles.unbase64(answer[2 + protocol]);
      if (protocol == 0 && hasNonFiniteDouble(value)) {
        assertThrows(NumberFormatException.class, () -> Pickles.loads(pickle), value::toString);
        continue;
      }
      Pickles.assertSameValue(value, Pickles.loads(pickle), value + " back from CPython at protocol " + protocol);
    }
  }

  private synchronized String[] ask(String request) throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException("CPython ended: " + Files.readString(errors));
    }
    requests.write(request + "\n");
    requests.flush();
    String line = answers.readLine();
    if (line == null) {
      throw new UncheckedIOException(new IOException("CPython ended: " + Files.readString(errors)));
    }
    return line.split(" ");
  }

  private static boolean hasNonFiniteDouble(Object value) {
    if (value instanceof Double) {
      return !Double.isFinite((Double) value);
    }
    if (value instanceof StructSequence) {
      StructSequence struct = (StructSequence) value;
      return struct.structType().fields().stream().anyMatch(f -> hasNonFiniteDouble(Pickles.field(struct, f)));
    }
    if (value instanceof List<?>) {
      return ((List<?>) value).stream().anyMatch(PythonTypes::hasNonFiniteDouble);
    }
    return false;
  }
}
