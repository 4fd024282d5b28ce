package io.structseq.jsontesting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.StructSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON documents, made of the fixtures' own member names and values of every JSON kind, or
 * valid documents with one member dropped, replaced or added, read as three types: the only outcomes
 * allowed are a value that writes and reads back equal, or the library's own exception.
 */
public final class RandomJson {
  private static final List<Class<? extends StructSequence>> TYPES =
      List.of(Fixtures.Point.class, Fixtures.Version.class, Fixtures.Shape.class);
  private static final List<StructSequence> VALID = List.of(Fixtures.POINT, Fixtures.SHAPE, Fixtures.VERSION);
  private static final List<String> NAMES = List.of("x", "y_value", "weight", "note", "major", "minor",
      "level", "name", "origin", "corners", "area", "tag", "labels", "first", "second", "other");

  private RandomJson() {}

  /**
   * Reads one random document, chosen by {@code seed}, as each of three types.
   *
   * @param seed chooses the document
   * @param codec the library
   * @param libraryException the library's own exception type
   * @throws Exception when the library fails outside reading
   */
  public static void check(long seed, JsonCodec codec, Class<? extends Exception> libraryException)
      throws Exception {
    Random random = new Random(seed);
    String json = random.nextBoolean() ? document(random, 0) : mutated(random, codec);
    for (Class<? extends StructSequence> type : TYPES) {
      StructSequence value;
      try {
        value = codec.read(json, type);
      } catch (Exception e) {
        if (!libraryException.isInstance(e)) {
          throw new AssertionError("not " + libraryException.getName() + " for " + type + " from " + json, e);
        }
        continue;
      }
      if (value == null) {
        assertEquals("null", json);
        continue;
      }
      assertEquals(value.asMap().toString(), codec.read(codec.write(value), type).asMap().toString(), json);
    }
  }

  /** A valid document of one of the types with one member dropped, replaced or added. */
  @SuppressWarnings("unchecked")
  private static String mutated(Random random, JsonCodec codec) throws Exception {
    Map<String, Object> members =
        codec.read(codec.write(VALID.get(random.nextInt(VALID.size()))), LinkedHashMap.class);
    List<String> names = new ArrayList<>(members.keySet());
    String name = random.nextInt(4) == 0 ? NAMES.get(random.nextInt(NAMES.size()))
        : names.get(random.nextInt(names.size()));
    if (random.nextInt(3) == 0) {
      members.remove(name);
    } else {
      members.put(name, codec.read(document(random, 2), Object.class));
    }
    return codec.write(members);
  }

  /** A document biased towards the types' own shapes: objects with their member names. */
  private static String document(Random random, int depth) {
    int kind = depth > 3 ? 2 + random.nextInt(5) : random.nextInt(7);
    switch (kind) {
  case 0, 1 -> {
StringBuilder object = new StringBuilder("{");
        int members = random.nextInt(7);
        for (int i = 0; i < members; i++) {
          if (i > 0) {
            object.append(',');
          }
          object.append('"').append(NAMES.get(random.nextInt(NAMES.size()))).append("\":")
              .append(document(random, depth + 1));
        }
        return object.append('}').toString();
}
  case 2 -> {
StringBuilder array = new StringBuilder("[");
        int items = random.nextInt(depth > 3 ? 3 : 6);
        for (int i = 0; i < items; i++) {
          array.append(i > 0 ? "," : "").append(depth > 3 ? scalar(random) : document(random, depth + 1));
        }
        return array.append(']').toString();
}
  default -> {
return scalar(random);
}
}
  }

  private static String scalar(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> Integer.toString(random.nextInt(2000) - 1000);
      case 3 -> Long.toString(random.nextLong());
      case 4 -> "1" + "0".repeat(random.nextInt(40));
      case 5 -> Double.toString(random.nextGaussian() * 1e3);
      case 6 -> "\"NaN\"";
      default -> "\"s" + random.nextInt(100) + "\"";
    };
  }
}
