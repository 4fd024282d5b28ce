package io.structseq.jsontesting;

import static io.structseq.jsontesting.Fixtures.POINT;
import static io.structseq.jsontesting.Fixtures.SHAPE;
import static io.structseq.jsontesting.Fixtures.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor's cases ({@link Fixtures}) in the OBJECT and ARRAY shapes, for any JSON library: each
 * JSON module's {@code UserTypesTest} extends it with its library and adds what is the library's own
 * (type references, settings, discovery).
 */
public abstract class UserTypesContract {
  /** Returns the library set up for the OBJECT shape. */
  protected abstract JsonCodec objects();

  /** Returns the library set up for the ARRAY shape. */
  protected abstract JsonCodec arrays();

  /** Returns the library's exception for values that the record refuses (its cause says why). */
  protected abstract Class<? extends Exception> refusedValueException();

  @Test
  void objectShapeHasEveryFieldByItsAccessorName() throws Exception {
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":\"origin\"}", objects().write(POINT));
    assertEquals("[3,-4]", arrays().write(POINT));
  }

  @Test
  void unnamedAndHiddenFieldsRoundTrip() throws Exception {
    for (Fixtures_PointRecord point : List.of(POINT, POINT.withNote(null), POINT.withWeight(-0.0))) {
      assertLossless(point, Fixtures.Point.class);
    }
  }

  @Test
  void nestedListsBigIntegersAndGenericHiddenFieldsRoundTrip() throws Exception {
    Fixtures.Shape back = assertLossless(SHAPE, Fixtures.Shape.class);
    assertInstanceOf(Fixtures_PointRecord.class, back.corners().get(1));
    assertInstanceOf(Integer.class, back.tag().second());
    assertLossless(SHAPE.withTag(null), Fixtures.Shape.class);
  }

  @Test
  void comparableTypesRoundTripAndStillCompare() throws Exception {
    Fixtures.Version back = assertLossless(VERSION, Fixtures.Version.class);
    assertTrue(back.compareTo(new Fixtures_VersionRecord(3, 12, "final")) > 0);
  }

  @Test
  void checkedTypesRoundTrip() throws Exception {
    assertLossless(new Fixtures_ClockRecord(23, 59), Fixtures.Clock.class);
    assertEquals(new Fixtures_ClockRecord(0, 1), arrays().read("[0,1]", Fixtures.Clock.class));
  }

  @Test
  void aValueThatACheckRejectsFailsWithTheLibrarysException() {
    for (String json : List.of("{\"tm_hour\":24,\"tm_min\":0}", "[24,0]")) {
      Exception e = assertThrows(refusedValueException(), () -> objects().read(json, Fixtures.Clock.class));
      assertTrue(e.getMessage().contains("test.clock") && e.getMessage().contains("tm_hour out of range: 24"),
          e.getMessage());
      assertInstanceOf(IllegalArgumentException.class, e.getCause());
      assertEquals("tm_hour out of range: 24", e.getCause().getMessage());
    }
  }

  @Test
  void arrayShapeReadsCPythonsArraysAndBothShapesReadBack() throws Exception {
    assertEquals("[3,13,\"final\"]", arrays().write(VERSION));
    assertEquals(VERSION, arrays().read("[3,13,\"final\"]", Fixtures.Version.class));
    assertEquals(VERSION, arrays().read(objects().write(VERSION), Fixtures.Version.class));
    assertEquals(VERSION, objects().read(arrays().write(VERSION), Fixtures.Version.class));
  }

  @Test
  void nullablesMayBeAbsent() throws Exception {
    Fixtures.Point point = objects().read("{\"y_value\":2,\"x\":1,\"weight\":0.5}", Fixtures.Point.class);
    assertNull(point.note());
    assertEquals(new Fixtures_PointRecord(1, 2L, 0.5, null).asMap(), point.asMap());
  }

  /**
   * Writes the value in the OBJECT shape, reads it back as its interface and as its record, and
   * compares every field, hidden ones included.
   *
   * @param value a struct sequence
   * @param iface its interface
   * @param <T> the interface
   * @return the value read back as the interface
   * @throws Exception when the library fails
   */
  protected <T extends StructSequence> T assertLossless(StructSequence value, Class<T> iface) throws Exception {
    return assertLossless(objects(), value, iface);
  }

  /**
   * {@link #assertLossless(StructSequence, Class)} with the given library.
   *
   * @param codec the library
   * @param value a struct sequence
   * @param iface its interface
   * @param <T> the interface
   * @return the value read back as the interface
   * @throws Exception when the library fails
   */
  protected static <T extends StructSequence> T assertLossless(JsonCodec codec, StructSequence value, Class<T> iface)
      throws Exception {
    String json = codec.write(value);
    T back = codec.read(json, iface);
    assertEquals(value, back);
    assertEquals(value.asMap().toString(), back.asMap().toString());
    assertEquals(value.getClass(), back.getClass());
    StructSequence asRecord = codec.read(json, value.getClass());
    assertEquals(value.asMap().toString(), asRecord.asMap().toString());
    assertEquals(json, codec.write(back));
    return back;
  }
}
