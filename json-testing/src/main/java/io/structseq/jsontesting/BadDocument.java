package io.structseq.jsontesting;

import io.structseq.runtime.StatResult;
import java.util.List;

/**
 * A document both Jackson modules refuse in the same way: the exception they throw, by its simple
 * name (Jackson 2 and 3 give it the same name in different packages), and the words its message
 * holds, which name the type and the field. Each module's {@code BadInputTest} reads every one of
 * {@link #forJackson()}; what only one Jackson does stays in that module's test.
 *
 * @param name what is wrong, for the test's display name
 * @param json the document
 * @param type the type it is read as
 * @param exception the simple name of the exception's class or of one of its superclasses
 * @param words what its message contains
 */
public record BadDocument(String name, String json, Class<?> type, String exception, List<String> words) {
  private static final String POINT = Fixtures.Point.class.getName();

  /** Returns every document, in a fixed order. */
  public static List<BadDocument> forJackson() {
    return List.of(
        new BadDocument("a missing member", "{\"x\":1,\"y_value\":2,\"note\":null}", Fixtures.Point.class,
            "MismatchedInputException", List.of("test.point", "\"weight\"", "Missing member \"weight\"")),
        new BadDocument("a missing member of a runtime type", "{\"st_mode\":1}", StatResult.class,
            "MismatchedInputException", List.of("os.stat_result", "\"st_ino\"")),
        new BadDocument("a string for an int", "{\"x\":\"one\",\"y_value\":2,\"weight\":0.5}",
            Fixtures.Point.class, "InvalidFormatException", List.of(POINT, "\"x\"")),
        new BadDocument("an object for a number", "{\"x\":1,\"y_value\":{\"n\":2},\"weight\":0.5}",
            Fixtures.Point.class, "MismatchedInputException", List.of(POINT, "\"y_value\"")),
        new BadDocument("null for a non-nullable field", "{\"major\":3,\"minor\":13,\"level\":null}",
            Fixtures.Version.class, "MismatchedInputException", List.of("test.version", "\"level\"")),
        new BadDocument("an array too short", "[1]", Fixtures.Point.class, "ValueInstantiationException",
            List.of("test.point() takes an at least 2-sequence (1-sequence given)", POINT)),
        new BadDocument("an array too long", "[1,2,0.5,\"n\",5]", Fixtures.Point.class,
            "ValueInstantiationException", List.of("test.point() takes an at most 4-sequence (5-sequence given)")),
        new BadDocument("an array without a hidden primitive", "[1,2]", Fixtures.Point.class,
            "ValueInstantiationException", List.of("test.point.weight is missing")),
        new BadDocument("an array of a type with no hidden field, too short", "[3,13]", Fixtures.Version.class,
            "ValueInstantiationException", List.of("test.version() takes a 3-sequence (2-sequence given)")),
        new BadDocument("a bare string", "\"hello\"", Fixtures.Point.class, "MismatchedInputException",
            List.of("test.point", POINT, "VALUE_STRING")),
        new BadDocument("a wrong type inside a nested struct sequence",
            "{\"name\":\"s\",\"origin\":{\"x\":true,\"y_value\":2,\"weight\":0.5},\"corners\":[],"
                + "\"area\":1,\"labels\":[]}",
            Fixtures.Shape.class, "MismatchedInputException",
            List.of("Fixtures$Shape[\"origin\"]", "Fixtures$Point[\"x\"]")));
  }

  /**
   * Tells whether the library threw the exception this document expects.
   *
   * @param thrown what the library threw
   * @return whether its class, or a superclass, has {@link #exception()} as its simple name
   */
  public boolean isThrownAs(Throwable thrown) {
    for (Class<?> c = thrown.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getSimpleName().equals(exception)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name;
  }
}
