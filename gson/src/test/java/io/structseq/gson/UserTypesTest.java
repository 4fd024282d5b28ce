package io.structseq.gson;

import static io.structseq.jsontesting.Fixtures.POINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import io.structseq.jsontesting.Fixtures_VersionRecord;
import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.UserTypesContract;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor's cases in the OBJECT and ARRAY shapes, and Gson's settings. */
class UserTypesTest extends UserTypesContract {
  private static final Gson OBJECTS =
      new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
  private static final Gson WITH_NULLS = new GsonBuilder().serializeNulls()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
  private static final Gson ARRAYS =
      new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.arrays()).create();
  private static final Gson SPECIAL = new GsonBuilder().serializeSpecialFloatingPointValues()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();

  @Override
  protected JsonCodec objects() {
    return RuntimeTypesTest.codec(OBJECTS);
  }

  @Override
  protected JsonCodec arrays() {
    return RuntimeTypesTest.codec(ARRAYS);
  }

  @Override
  protected Class<? extends Exception> refusedValueException() {
    return JsonParseException.class;
  }

  /** Also with {@code serializeNulls()}, which writes the null members that Gson leaves out by default. */
  @Override
  protected <T extends StructSequence> T assertLossless(StructSequence value, Class<T> iface) throws Exception {
    assertLossless(RuntimeTypesTest.codec(WITH_NULLS), value, iface);
    return super.assertLossless(value, iface);
  }

  @Test
  void nullMembersAreLeftOutUnlessSerializeNulls() {
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":\"origin\"}", OBJECTS.toJson(POINT));
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25}", OBJECTS.toJson(POINT.withNote(null)));
    assertEquals("{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":null}", WITH_NULLS.toJson(POINT.withNote(null)));
    assertEquals("[3,-4]", ARRAYS.toJson(POINT));
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
  void declaredAsStructSequenceItIsWrittenTheSameWay() {
    assertEquals(OBJECTS.toJson(POINT), OBJECTS.toJson(POINT, StructSequence.class));
    assertEquals(OBJECTS.toJson(POINT), OBJECTS.toJson(POINT, Fixtures.Point.class));
    assertEquals("[" + OBJECTS.toJson(POINT) + "]",
        OBJECTS.toJson(List.of(POINT), new TypeToken<List<StructSequence>>() {}.getType()));
    JsonParseException e = assertThrows(JsonParseException.class, () -> OBJECTS.fromJson("{}", StructSequence.class));
    assertTrue(e.getMessage().contains("io.structseq.StructSequence"), e.getMessage());
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
}
