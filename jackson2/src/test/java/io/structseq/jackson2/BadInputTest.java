package io.structseq.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.structseq.jsontesting.BadDocument;
import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input fails with Jackson's own exceptions, whose message or path names the type and the field;
 * never with a NullPointerException, ClassCastException or IllegalStateException.
 */
class BadInputTest {
  private static final ObjectMapper OBJECTS = new ObjectMapper().registerModule(new StructSeqModule());
  private static final String POINT = Fixtures.Point.class.getName();

  @Test
  void unknownMember() {
    UnrecognizedPropertyException e = fails(UnrecognizedPropertyException.class,
        "{\"x\":1,\"y_value\":2,\"weight\":0.5,\"z\":3}", Fixtures.Point.class);
    assertEquals("z", e.getPropertyName());
    assertTrue(e.getMessage().contains(POINT), e.getMessage());
  }

  @Test
  void nullForAPrimitiveFollowsFailOnNullForPrimitives() throws Exception {
    String json = "{\"major\":3,\"minor\":null,\"level\":\"final\"}";
    assertEquals(new Fixtures_VersionRecord(3, 0, "final"), OBJECTS.readValue(json, Fixtures.Version.class));
    ObjectMapper strict = OBJECTS.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> strict.readValue(json, Fixtures.Version.class));
    assertNames(e, Fixtures.Version.class.getName(), "\"minor\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.structseq.jsontesting.BadDocument#forJackson")
  void refusedAsBothJacksonsRefuseIt(BadDocument bad) {
    JsonProcessingException e = fails(JsonProcessingException.class, bad.json(), bad.type());
    assertTrue(bad.isThrownAs(e), () -> "expected a " + bad.exception() + ", got " + e);
    assertNames(e, bad.words().toArray(new String[0]));
    if (bad.exception().equals("ValueInstantiationException")) {
      assertInstanceOf(IllegalArgumentException.class, e.getCause(), "the cause is StructType's own error");
    }
  }

  private static <E extends JsonProcessingException> E fails(Class<E> expected, String json, Class<?> type) {
    return assertThrows(expected, () -> OBJECTS.readValue(json, type));
  }

  private static void assertNames(JsonProcessingException e, String... parts) {
    assertInstanceOf(JsonMappingException.class, e);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "no " + part + " in: " + e.getMessage());
    }
  }
}
