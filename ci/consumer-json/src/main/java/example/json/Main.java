package example.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.gson.StructSeqTypeAdapterFactory;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a user's struct sequence and {@code Os.stat}'s result with Jackson 3, Jackson 2 and Gson,
 * each set up as its users set it up, reads both back as the interface and as the record, and fails
 * unless every value, hidden ones included, comes back equal and a {@code @Check} refuses a bad
 * document through the library's own exception. Prints one line per library.
 *
 * <p>Usage: {@code Main FILE}, a real file to stat.
 */
public final class Main {
  private Main() {}

  /** One JSON library, as its users call it. */
  private interface Library {
    String write(Object value) throws Exception;

    <T> T read(String json, Class<T> type) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Span span = new SpanRecord(3, 7, 4L, "cm");
    StatResult stat = Os.stat(Path.of(args[0]));

    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
    ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
    Gson gson = new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
    check("jackson3", new Library() {
      public String write(Object value) { return jackson3.writeValueAsString(value); }
      public <T> T read(String json, Class<T> type) { return jackson3.readValue(json, type); }
    }, span, stat);
    check("jackson2", new Library() {
      public String write(Object value) throws Exception { return jackson2.writeValueAsString(value); }
      public <T> T read(String json, Class<T> type) throws Exception { return jackson2.readValue(json, type); }
    }, span, stat);
    check("gson", new Library() {
      public String write(Object value) { return gson.toJson(value); }
      public <T> T read(String json, Class<T> type) { return gson.fromJson(json, type); }
    }, span, stat);
  }

  private static void check(String name, Library library, Span span, StatResult stat) throws Exception {
    String spanJson = library.write(span);
    String statJson = library.write(stat);
    same(name, span, library.read(spanJson, Span.class));
    same(name, span, library.read(spanJson, SpanRecord.class));
    same(name, stat, library.read(statJson, StatResult.class));
    same(name, stat, library.read(statJson, Class.forName("io.structseq.runtime.StatResultRecord")));
    String bad = "{\"start\":9,\"end\":1,\"span_length\":0,\"unit\":\"cm\"}";
    try {
      library.read(bad, Span.class);
      throw new AssertionError(name + ": read " + bad + " although the check refuses it");
    } catch (IllegalArgumentException e) {
      throw new AssertionError(name + ": the check's exception is not wrapped in the library's own", e);
    } catch (Exception e) {
      if (!(e.getCause() instanceof IllegalArgumentException)
          || !e.getCause().getMessage().equals("end 1 is before start 9")) {
        throw new AssertionError(name + ": the check's exception is not the cause", e);
      }
    }
    System.out.println(name + ": " + spanJson + " " + statJson.length() + " characters of os.stat_result");
  }

  /** Every field's value, by index in the sequence and by name after it (hidden ones). */
  private static List<Object> all(StructSequence value) {
    List<Object> values = new ArrayList<>();
    for (StructField field : value.structType().fields()) {
      values.add(field.index() < value.size() ? value.get(field.index()) : value.get(field.name()));
    }
    return values;
  }

  private static void same(String name, StructSequence expected, Object actual) {
    if (!(actual instanceof StructSequence) || !all(expected).equals(all((StructSequence) actual))) {
      throw new AssertionError(name + ": " + expected + " came back as " + actual);
    }
  }
}
