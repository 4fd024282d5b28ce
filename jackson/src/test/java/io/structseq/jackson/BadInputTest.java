package io.structseq.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import io.structseq.runtime.StatResult;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input fails with Jackson's own exceptions, whose message or path names the type and the field;
 * never with a NullPointerException, ClassCastException or IllegalStateException.
 */
class BadInputTest {
  /** Fails on unknown members, as Jackson 2 does by default (Jackson 3 does not). */
  private static final ObjectMapper OBJECTS = JsonMapper.builder().addModule(new StructSeqModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final String POINT = Fixtures.Point.class.getName();

  @Test
  void missingMember() {
    MismatchedInputException e = fails(MismatchedInputException.class, "{\"x\":1,\"y_value\":2,\"note\":null}", Fixtures.Point.class);
    assertNames(e, "test.point", "\"weight\"");
    assertTrue(e.getMessage().contains("Missing member \"weight\""), e.getMessage());
  }

  @Test
  void missingMemberOfARuntimeType() {
    MismatchedInputException e = fails(MismatchedInputException.class, "{\"st_mode\":1}", StatResult.class);
    assertNames(e, "os.stat_result", "\"st_ino\"");
  }

  @Test
  void unknownMember() {
    UnrecognizedPropertyException e = fails(UnrecognizedPropertyException.class,
        "{\"x\":1,\"y_value\":2,\"weight\":0.5,\"z\":3}", Fixtures.Point.class);
    assertEquals("z", e.getPropertyName());
    assertTrue(e.getMessage().contains(POINT), e.getMessage());
  }

  @Test
  void wrongType() {
    InvalidFormatException e = fails(InvalidFormatException.class, "{\"x\":\"one\",\"y_value\":2,\"weight\":0.5}", Fixtures.Point.class);
    assertNames(e, POINT, "\"x\"");
  }

  @Test
  void nestedObjectWhereANumberBelongs() {
    MismatchedInputException e = fails(MismatchedInputException.class,
        "{\"x\":1,\"y_value\":{\"n\":2},\"weight\":0.5}", Fixtures.Point.class);
    assertNames(e, POINT, "\"y_value\"");
  }

  @Test
  void nullForANonNullableField() {
    MismatchedInputException e = fails(MismatchedInputException.class,
        "{\"major\":3,\"minor\":13,\"level\":null}", Fixtures.Version.class);
    assertNames(e, "test.version", "\"level\"");
  }

  @Test
  void nullForAPrimitiveFollowsFailOnNullForPrimitives() {
    // Jackson 3 enables FAIL_ON_NULL_FOR_PRIMITIVES by default (Jackson 2 does not).
    String json = "{\"major\":3,\"minor\":null,\"level\":\"final\"}";
    MismatchedInputException e = fails(MismatchedInputException.class, json, Fixtures.Version.class);
    assertNames(e, Fixtures.Version.class.getName(), "\"minor\"");
    ObjectMapper lenient = OBJECTS.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    assertEquals(new Fixtures_VersionRecord(3, 0, "final"), lenient.readValue(json, Fixtures.Version.class));
  }

  @Test
  void arrayOfTheWrongLength() {
    ValueInstantiationException shortArray = fails(ValueInstantiationException.class, "[1]", Fixtures.Point.class);
    assertNames(shortArray, "test.point() takes an at least 2-sequence (1-sequence given)", POINT);
    assertInstanceOf(IllegalArgumentException.class, shortArray.getCause());
    ValueInstantiationException longArray = fails(ValueInstantiationException.class, "[1,2,0.5,\"n\",5]", Fixtures.Point.class);
    assertNames(longArray, "test.point() takes an at most 4-sequence (5-sequence given)");
    ValueInstantiationException hiddenPrimitive = fails(ValueInstantiationException.class, "[1,2]", Fixtures.Point.class);
    assertNames(hiddenPrimitive, "test.point.weight is missing");
    ValueInstantiationException exact = fails(ValueInstantiationException.class, "[3,13]", Fixtures.Version.class);
    assertNames(exact, "test.version() takes a 3-sequence (2-sequence given)");
  }

  @Test
  void bareString() {
    MismatchedInputException e = fails(MismatchedInputException.class, "\"hello\"", Fixtures.Point.class);
    assertNames(e, "test.point", POINT, "VALUE_STRING");
  }

  @Test
  void wrongTypeInsideANestedStructSequence() {
    String json = "{\"name\":\"s\",\"origin\":{\"x\":true,\"y_value\":2,\"weight\":0.5},\"corners\":[],"
        + "\"area\":1,\"labels\":[]}";
    MismatchedInputException e = fails(MismatchedInputException.class, json, Fixtures.Shape.class);
    assertNames(e, "Fixtures$Shape[\"origin\"]", "Fixtures$Point[\"x\"]");
  }

  private static <E extends JacksonException> E fails(Class<E> expected, String json, Class<?> type) {
    return assertThrows(expected, () -> OBJECTS.readValue(json, type));
  }

  private static void assertNames(JacksonException e, String... parts) {
    assertInstanceOf(DatabindException.class, e);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "no " + part + " in: " + e.getMessage());
    }
  }
}
