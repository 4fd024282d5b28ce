package io.structseq.jackson;

import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.RuntimeTypesContract;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Every runtime type from live calls, through Jackson 3 (see {@link RuntimeTypesContract}). */
class RuntimeTypesTest extends RuntimeTypesContract {
  private static final JsonCodec OBJECTS = codec(JsonMapper.builder().addModule(new StructSeqModule()).build());
  private static final JsonCodec ARRAYS =
      codec(JsonMapper.builder().addModule(new StructSeqModule(StructSeqModule.Shape.ARRAY)).build());

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
      public String write(Object value) {
        return mapper.writeValueAsString(value);
      }

      @Override
      public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
      }
    };
  }
}
