package io.structseq.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.RuntimeTypesContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every runtime type from live calls, through Gson (see {@link RuntimeTypesContract}), with and
 * without {@code serializeNulls()}: without it, null members are left out and read back as null.
 */
class RuntimeTypesTest extends RuntimeTypesContract {
  private static final JsonCodec OBJECTS =
      codec(new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create());
  private static final JsonCodec WITH_NULLS = codec(new GsonBuilder().serializeNulls()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create());
  private static final JsonCodec ARRAYS =
      codec(new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.arrays()).create());

  @Override
  protected JsonCodec objects() {
    return OBJECTS;
  }

  @Override
  protected JsonCodec arrays() {
    return ARRAYS;
  }

  @Override
  protected List<String> expectedMembers(StructSequence value) {
    List<String> nonNull = new ArrayList<>();
    for (StructField field : value.structType().fields()) {
      if ((field.isHidden() ? value.get(field.name()) : value.get(field.index())) != null) {
        nonNull.add(field.name());
      }
    }
    return nonNull;
  }

  @Override
  protected void assertRoundTrips(StructSequence value) throws Exception {
    super.assertRoundTrips(value);
    String json = WITH_NULLS.write(value);
    Map<?, ?> members = WITH_NULLS.read(json, Map.class);
    assertEquals(super.expectedMembers(value), new ArrayList<>(members.keySet()), json);
    assertEquals(value.asMap(), WITH_NULLS.read(json, value.getClass()).asMap());
  }

  static JsonCodec codec(Gson gson) {
    return new JsonCodec() {
      @Override
      public String write(Object value) {
        return gson.toJson(value);
      }

      @Override
      public <T> T read(String json, Class<T> type) {
        return gson.fromJson(json, type);
      }
    };
  }
}
