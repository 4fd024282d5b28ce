package io.structseq.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.RuntimeTypesContract;

/** Every runtime type from live calls, through Jackson 2 (see {@link RuntimeTypesContract}). */
class RuntimeTypesTest extends RuntimeTypesContract {
  private static final JsonCodec OBJECTS = codec(new ObjectMapper().registerModule(new StructSeqModule()));
  private static final JsonCodec ARRAYS =
      codec(new ObjectMapper().registerModule(new StructSeqModule(StructSeqModule.Shape.ARRAY)));

  @Override
  protected JsonCodec objects() {
    return OBJECTS;
  }

  @Override
  protected JsonCodec arrays() {
    return ARRAYS;
  }

  static JsonCodec codec(ObjectMapper mapper) {
    return new JsonCodec() {
      @Override
      public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
      }

      @Override
      public <T> T read(String json, Class<T> type) throws Exception {
        return mapper.readValue(json, type);
      }
    };
  }
}
