package io.structseq.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.structseq.StructSequence;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random JSON documents, made of the types' own member names and values of every JSON kind, read as
 * three types: the only outcomes allowed are a value that writes and reads back equal, or Gson's own
 * exception.
 */
class RandomDocumentsTest {
  /** Writes NaN back: Gson's fromJson reads "NaN" into a double, and plain Gson refuses to write it. */
  private static final Gson OBJECTS = new GsonBuilder().serializeSpecialFloatingPointValues()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
  private static final List<Class<? extends StructSequence>> TYPES =
      List.of(Fixtures.Point.class, Fixtures.Version.class, Fixtures.Shape.class);
  private static final List<String> NAMES = List.of("x", "y_value", "weight", "note", "major", "minor",
      "level", "name", "origin", "corners", "area", "tag", "labels", "first", "second", "other");

  @Property(tries = 400)
  void aValueOrGsonsException(@ForAll long seed) {
    Random random = new Random(seed);
    String json = random.nextBoolean() ? document(random, 0) : mutated(random);
    for (Class<? extends StructSequence> type : TYPES) {
      StructSequence value;
      try {
        value = OBJECTS.fromJson(json, type);
      } catch (JsonParseException expected) {
        continue;
      }
      if (value == null) {
        assertEquals("null", json);
        continue;
      }
      assertEquals(value.asMap().toString(),
          OBJECTS.fromJson(OBJECTS.toJson(value), type).asMap().toString(), json);
    }
  }

  /** A valid document of one of the types with one member dropped, replaced or added. */
  static String mutated(Random random) {
    List<StructSequence> valid = List.of(UserTypesTest.POINT, UserTypesTest.SHAPE,
        new Fixtures_VersionRecord(3, 13, "final"));
    Gson plain = new Gson();
    java.util.Map<String, Object> members = plain.fromJson(OBJECTS.toJson(valid.get(random.nextInt(valid.size()))),
        new com.google.gson.reflect.TypeToken<java.util.LinkedHashMap<String, Object>>() {}.getType());
    List<String> names = new java.util.ArrayList<>(members.keySet());
    String name = random.nextInt(4) == 0 ? NAMES.get(random.nextInt(NAMES.size()))
        : names.get(random.nextInt(names.size()));
    if (random.nextInt(3) == 0) {
      members.remove(name);
    } else {
      members.put(name, plain.fromJson(document(random, 2), Object.class));
    }
    return plain.toJson(members);
  }

  /** A document biased towards the types' own shapes: objects with their member names. */
  static String document(Random random, int depth) {
    int kind = depth > 3 ? 2 + random.nextInt(5) : random.nextInt(7);
    switch (kind) {
      case 0:
      case 1: {
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
      case 2: {
        StringBuilder array = new StringBuilder("[");
        int items = random.nextInt(depth > 3 ? 3 : 6);
        for (int i = 0; i < items; i++) {
          array.append(i > 0 ? "," : "").append(depth > 3 ? scalar(random) : document(random, depth + 1));
        }
        return array.append(']').toString();
      }
      default:
        return scalar(random);
    }
  }

  private static String scalar(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return "null";
      case 1:
        return random.nextBoolean() ? "true" : "false";
      case 2:
        return Integer.toString(random.nextInt(2000) - 1000);
      case 3:
        return Long.toString(random.nextLong());
      case 4:
        return "1" + "0".repeat(random.nextInt(40));
      case 5:
        return Double.toString(random.nextGaussian() * 1e3);
      case 6:
        return "\"NaN\"";
      default:
        return "\"s" + random.nextInt(100) + "\"";
    }
  }
}
