package io.structseq.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.jsontesting.BadDocument;
import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
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
  void unknownMember() {
    UnrecognizedPropertyException e = fails(UnrecognizedPropertyException.class,
        "{\"x\":1,\"y_value\":2,\"weight\":0.5,\"z\":3}", Fixtures.Point.class);
    assertEquals("z", e.getPropertyName());
    assertTrue(e.getMessage().contains(POINT), e.getMessage());
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.structseq.jsontesting.BadDocument#forJackson")
  void refusedAsBothJacksonsRefuseIt(BadDocument bad) {
    JacksonException e = fails(JacksonException.class, bad.json(), bad.type());
    assertTrue(bad.isThrownAs(e), () -> "expected a " + bad.exception() + ", got " + e);
    assertNames(e, bad.words().toArray(new String[0]));
    if (bad.exception().equals("ValueInstantiationException")) {
      assertInstanceOf(IllegalArgumentException.class, e.getCause(), "the cause is StructType's own error");
    }
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
