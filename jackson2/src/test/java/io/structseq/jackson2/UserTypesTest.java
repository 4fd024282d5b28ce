package io.structseq.jackson2;

import static io.structseq.jsontesting.Fixtures.POINT;
import static io.structseq.jsontesting.Fixtures.SHAPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_PairRecord;
import io.structseq.jsontesting.Fixtures_PointRecord;
import io.structseq.jsontesting.Fixtures_ShapeRecord;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.UserTypesContract;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor's cases in the OBJECT shape, the ARRAY shape, {@code @JsonFormat} and the settings. */
class UserTypesTest extends UserTypesContract {
  private static final ObjectMapper OBJECTS = new ObjectMapper().registerModule(new StructSeqModule());
  private static final ObjectMapper ARRAYS =
      new ObjectMapper().registerModule(new StructSeqModule(StructSeqModule.Shape.ARRAY));

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
    return ValueInstantiationException.class;
  }

  @Test
  void genericTypesReadThroughTypeReferences() throws Exception {
    Fixtures_PairRecord<String, BigInteger> pair = new Fixtures_PairRecord<>("big", BigInteger.TEN.pow(30));
    String json = OBJECTS.writeValueAsString(pair);
    Fixtures.Pair<String, BigInteger> asInterface = OBJECTS.readValue(json, new TypeReference<Fixtures.Pair<String, BigInteger>>() {});
    Fixtures_PairRecord<String, BigInteger> asRecord =
        OBJECTS.readValue(json, new TypeReference<Fixtures_PairRecord<String, BigInteger>>() {});
    assertEquals(pair, asInterface);
    assertEquals(pair, asRecord);
    assertInstanceOf(BigInteger.class, asRecord.second());
    // Without type arguments a value is what Jackson reads for Object.
    Fixtures_PairRecord<?, ?> untyped = OBJECTS.readValue("{\"first\":\"a\",\"second\":[1]}", Fixtures_PairRecord.class);
    assertEquals(List.of(1), untyped.second());
    Fixtures.Pair<String, List<Fixtures.Point>> points =
        OBJECTS.readValue("{\"first\":\"p\",\"second\":[{\"x\":3,\"y_value\":-4,\"weight\":0.25,\"note\":\"origin\"}]}",
            new TypeReference<Fixtures.Pair<String, List<Fixtures.Point>>>() {});
    assertEquals(POINT.asMap(), points.second().get(0).asMap());
  }

  @Test
  void declaredAsStructSequenceItIsWrittenTheSameWay() throws Exception {
    assertEquals(OBJECTS.writeValueAsString(POINT), OBJECTS.writerFor(StructSequence.class).writeValueAsString(POINT));
    assertEquals(OBJECTS.writeValueAsString(POINT), OBJECTS.writerFor(Fixtures.Point.class).writeValueAsString(POINT));
    assertEquals(OBJECTS.writeValueAsString(List.of(POINT)),
        OBJECTS.writerFor(new TypeReference<List<StructSequence>>() {}).writeValueAsString(List.of(POINT)));
  }

  @Test
  void jsonFormatOnTheInterfaceOverridesTheModulesShape() throws Exception {
    ArrayShapedRecord rgb = new ArrayShapedRecord(1, 2, 3, "hidden");
    assertEquals("[1,2,3]", OBJECTS.writeValueAsString(rgb));
    assertEquals(rgb.withName(null).asMap(), OBJECTS.readValue("[1,2,3]", ArrayShaped.class).asMap());
    assertEquals("[1,2,3,\"dark\"]".length() > 0, true);
    assertEquals(rgb.withName("dark").asMap(), OBJECTS.readValue("[1,2,3,\"dark\"]", ArrayShaped.class).asMap());
  }

  @Test
  void theModuleIsFoundThroughServiceLoader() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertTrue(found.getRegisteredModuleIds().contains(new StructSeqModule().getTypeId()), found.getRegisteredModuleIds()::toString);
    assertEquals(OBJECTS.writeValueAsString(SHAPE), found.writeValueAsString(SHAPE));
    assertEquals(SHAPE.asMap().toString(), found.readValue(found.writeValueAsString(SHAPE), Fixtures.Shape.class).asMap().toString());
  }

  @Test
  void nanFollowsTheMappersSettings() throws Exception {
    Fixtures_PointRecord nan = POINT.withWeight(Double.NaN);
    assertTrue(OBJECTS.writeValueAsString(nan).contains("\"weight\":\"NaN\""));
    assertEquals(nan, OBJECTS.readValue(OBJECTS.writeValueAsString(nan), Fixtures.Point.class));
    ObjectMapper tokens = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .addModule(new StructSeqModule()).build();
    String json = tokens.writeValueAsString(nan);
    assertTrue(json.contains("\"weight\":NaN"), json);
    assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> tokens.readValue(json, Fixtures.Point.class));
    ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .addModule(new StructSeqModule()).build();
    assertEquals(nan.asMap().toString(), lenient.readValue(json, Fixtures.Point.class).asMap().toString());
  }

  @Test
  void unknownMembersFollowFailOnUnknownProperties() throws Exception {
    String json = "{\"major\":3,\"minor\":13,\"level\":\"final\",\"serial\":0}";
    JsonMappingException e = assertThrows(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
        () -> OBJECTS.readValue(json, Fixtures.Version.class));
    assertTrue(e.getMessage().contains("\"serial\""), e.getMessage());
    ObjectMapper tolerant = OBJECTS.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(new Fixtures_VersionRecord(3, 13, "final"), tolerant.readValue(json, Fixtures.Version.class));
  }

  @Test
  void structTypeOfFindsTheRecordsType() {
    assertEquals(Fixtures_ShapeRecord.TYPE, StructType.of(Fixtures.Shape.class));
    assertEquals(Fixtures_ShapeRecord.TYPE, StructType.of(Fixtures_ShapeRecord.class));
  }
}
