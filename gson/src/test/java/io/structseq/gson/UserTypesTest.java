package io.structseq.gson;

import static io.structseq.jsontesting.Fixtures.POINT;
import static io.structseq.jsontesting.Fixtures.SHAPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import io.structseq.StructSequence;
import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_PairRecord;
import io.structseq.jsontesting.Fixtures_PointRecord;
import io.structseq.jsontesting.Fixtures_ShapeRecord;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor's cases in the OBJECT and ARRAY shapes, and Gson's settings. */
class UserTypesTest {
  private static final Gson OBJECTS =
      new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
  private static final Gson WITH_NULLS = new GsonBuilder().serializeNulls()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
  private static final Gson ARRAYS =
      new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.arrays()).create();
  private static final Gson SPECIAL = new GsonBuilder().serializeSpecialFloatingPointValues()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();

  @Test
  void objectShapeHasEveryFieldByItsAccessorName() {
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":\"origin\"}", OBJECTS.toJson(POINT));
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25}", OBJECTS.toJson(POINT.withNote(null)));
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":null}", WITH_NULLS.toJson(POINT.withNote(null)));
    assertEquals("[3,-4]", ARRAYS.toJson(POINT));
  }

  @Test
  void unnamedAndHiddenFieldsRoundTrip() {
    for (Fixtures_PointRecord point : List.of(POINT, POINT.withNote(null), POINT.withWeight(-0.0))) {
      assertLossless(point, Fixtures.Point.class);
    }
  }

  @Test
  void nestedListsBigIntegersAndGenericHiddenFieldsRoundTrip() {
    Fixtures.Shape back = assertLossless(SHAPE, Fixtures.Shape.class);
    assertInstanceOf(Fixtures_PointRecord.class, back.corners().get(1));
    assertInstanceOf(Integer.class, back.tag().second());
    assertLossless(SHAPE.withTag(null), Fixtures.Shape.class);
  }

  @Test
  void genericTypesReadThroughTypeTokens() {
    Fixtures_PairRecord<String, BigInteger> pair = new Fixtures_PairRecord<>("big", BigInteger.TEN.pow(30));
    String json = OBJECTS.toJson(pair);
    Fixtures.Pair<String, BigInteger> asInterface = OBJECTS.fromJson(json, new TypeToken<Fixtures.Pair<String, BigInteger>>() {});
    Fixtures_PairRecord<String, BigInteger> asRecord =
        OBJECTS.fromJson(json, new TypeToken<Fixtures_PairRecord<String, BigInteger>>() {});
    assertEquals(pair, asInterface);
    assertEquals(pair, asRecord);
    assertInstanceOf(BigInteger.class, asRecord.second());
    // Without type arguments a value is what Gson reads for Object.
    Fixtures_PairRecord<?, ?> untyped = OBJECTS.fromJson("{\"first\":\"a\",\"second\":[1]}", Fixtures_PairRecord.class);
    assertEquals(List.of(1.0), untyped.second());
    Fixtures.Pair<String, List<Fixtures.Point>> points =
        OBJECTS.fromJson("{\"first\":\"p\",\"second\":[{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":\"origin\"}]}",
            new TypeToken<Fixtures.Pair<String, List<Fixtures.Point>>>() {});
    assertEquals(POINT.asMap(), points.second().get(0).asMap());
  }

  @Test
  void comparableTypesRoundTripAndStillCompare() {
    Fixtures.Version back = assertLossless(new Fixtures_VersionRecord(3, 13, "final"), Fixtures.Version.class);
    assertTrue(back.compareTo(new Fixtures_VersionRecord(3, 12, "final")) > 0);
  }

  @Test
  void declaredAsStructSequenceItIsWrittenTheSameWay() {
    assertEquals(OBJECTS.toJson(POINT), OBJECTS.toJson(POINT, StructSequence.class));
    assertEquals(OBJECTS.toJson(POINT), OBJECTS.toJson(POINT, Fixtures.Point.class));
    assertEquals("[" + OBJECTS.toJson(POINT) + "]",
        OBJECTS.toJson(List.of(POINT), new TypeToken<List<StructSequence>>() {}.getType()));
    JsonParseException e = assertThrows(JsonParseException.class, () -> OBJECTS.fromJson("{}", StructSequence.class));
    assertTrue(e.getMessage().contains("io.structseq.StructSequence"), e.getMessage());
  }

  @Test
  void arrayShapeReadsCPythonsArraysAndBothShapesReadBack() {
    Fixtures_VersionRecord version = new Fixtures_VersionRecord(3, 13, "final");
    assertEquals("[3,13,\"final\"]", ARRAYS.toJson(version));
    assertEquals(version, ARRAYS.fromJson("[3,13,\"final\"]", Fixtures.Version.class));
    assertEquals(version, ARRAYS.fromJson(OBJECTS.toJson(version), Fixtures.Version.class));
    assertEquals(version, OBJECTS.fromJson(ARRAYS.toJson(version), Fixtures.Version.class));
  }

  @Test
  void nanFollowsGsonsSettings() {
    Fixtures_PointRecord nan = POINT.withWeight(Double.NaN);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> OBJECTS.toJson(nan));
    assertTrue(refused.getMessage().contains("serializeSpecialFloatingPointValues"), refused.getMessage());
    String json = SPECIAL.toJson(nan.withNote(null));
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":NaN}", json);
    assertEquals(nan.withNote(null).asMap().toString(), SPECIAL.fromJson(json, Fixtures.Point.class).asMap().toString());
    Fixtures_PointRecord infinite = POINT.withWeight(Double.POSITIVE_INFINITY);
    assertEquals(infinite.asMap().toString(),
        SPECIAL.fromJson(SPECIAL.toJson(infinite), Fixtures.Point.class).asMap().toString());
  }

  @Test
  void unknownMembersAreSkippedAsGsonSkipsThem() {
    String json = "{\"major\":3,\"minor\":13,\"level\":\"final\",\"serial\":{\"a\":[0]}}";
    assertEquals(new Fixtures_VersionRecord(3, 13, "final"), OBJECTS.fromJson(json, Fixtures.Version.class));
  }

  @Test
  void nullablesMayBeAbsent() {
    Fixtures.Point point = OBJECTS.fromJson("{\"y_value\":2,\"x\":1,\"weight\":0.5}", Fixtures.Point.class);
    assertNull(point.note());
    assertEquals(new Fixtures_PointRecord(1, 2L, 0.5, null).asMap(), point.asMap());
  }

  /** Writes the value, reads it back as its record and as its interface, and compares every field. */
  static <T extends StructSequence> T assertLossless(StructSequence value, Class<T> iface) {
    for (Gson gson : List.of(OBJECTS, WITH_NULLS)) {
      String json = gson.toJson(value);
      T back = gson.fromJson(json, iface);
      assertEquals(value, back);
      assertEquals(value.asMap().toString(), back.asMap().toString());
      assertEquals(value.getClass(), back.getClass());
      Object asRecord = gson.fromJson(json, value.getClass());
      assertEquals(value.asMap().toString(), ((StructSequence) asRecord).asMap().toString());
      assertEquals(json, gson.toJson(back));
    }
    return OBJECTS.fromJson(OBJECTS.toJson(value), iface);
  }
}
