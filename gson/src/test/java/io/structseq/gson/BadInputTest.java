package io.structseq.gson;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import io.structseq.jsontesting.Fixtures;
import io.structseq.runtime.StatResult;
import org.junit.jupiter.api.Test;

/**
 * Bad input fails with Gson's own exceptions, whose message names the type, the field and the JSON
 * path; never with a NullPointerException, ClassCastException or IllegalStateException. (Gson skips
 * unknown members, and so does this factory.)
 */
class BadInputTest {
  private static final Gson OBJECTS =
      new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
  private static final String POINT = "test.point (" + Fixtures.Point.class.getName() + ")";

  @Test
  void missingMember() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, "{\"x\":1,\"y_value\":2,\"note\":null}", Fixtures.Point.class);
    assertNames(e, "Missing member \"weight\" of " + POINT, "at path $");
  }

  @Test
  void missingMemberOfARuntimeType() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, "{\"st_mode\":1}", StatResult.class);
    assertNames(e, "\"st_ino\" of os.stat_result");
  }

  @Test
  void wrongType() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, "{\"x\":\"one\",\"y_value\":2,\"weight\":0.5}", Fixtures.Point.class);
    assertNames(e, "member \"x\" of " + POINT, "$.x");
  }

  @Test
  void nestedObjectWhereANumberBelongs() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, "{\"x\":1,\"y_value\":{\"n\":2},\"weight\":0.5}", Fixtures.Point.class);
    assertNames(e, "member \"y_value\" of " + POINT);
  }

  @Test
  void nullForANonNullableField() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, "{\"major\":3,\"minor\":null,\"level\":\"final\"}", Fixtures.Version.class);
    assertNames(e, "\"minor\" of test.version", "is null at path $.minor");
  }

  @Test
  void arrayOfTheWrongLength() {
    JsonParseException shortArray = fails(JsonParseException.class, "[1]", Fixtures.Point.class);
    assertNames(shortArray, "test.point() takes an at least 2-sequence (1-sequence given)", POINT);
    assertInstanceOf(IllegalArgumentException.class, shortArray.getCause());
    assertNames(fails(JsonParseException.class, "[1,2,0.5,\"n\",5]", Fixtures.Point.class),
        "test.point() takes an at most 4-sequence (5-sequence given)");
    assertNames(fails(JsonParseException.class, "[1,2]", Fixtures.Point.class), "test.point.weight is missing");
    assertNames(fails(JsonParseException.class, "[3,13]", Fixtures.Version.class),
        "test.version() takes a 3-sequence (2-sequence given)");
  }

  @Test
  void bareString() {
    assertNames(fails(JsonSyntaxException.class, "\"hello\"", Fixtures.Point.class), POINT, "not STRING");
  }

  @Test
  void wrongTypeInsideANestedStructSequence() {
    String json = "{\"name\":\"s\",\"origin\":{\"x\":true,\"y_value\":2,\"weight\":0.5},\"corners\":[],"
        + "\"area\":1,\"labels\":[]}";
    assertNames(fails(JsonSyntaxException.class, json, Fixtures.Shape.class), "\"origin\" of test.shape",
        "\"x\" of test.point", "$.origin.x");
  }

  private static <E extends JsonParseException> E fails(Class<E> expected, String json, Class<?> type) {
    return assertThrows(expected, () -> OBJECTS.fromJson(json, type));
  }

  private static void assertNames(JsonParseException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "no " + part + " in: " + e.getMessage());
    }
  }
}
