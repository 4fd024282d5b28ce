package io.structseq.jackson;

import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.RandomJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Random documents as three types: a value that round-trips, or Jackson's own exception ({@link RandomJson}). */
class RandomDocumentsTest {
  private static final JsonCodec OBJECTS = RuntimeTypesTest.codec(JsonMapper.builder().addModule(new StructSeqModule()).build());

  @Property(tries = 400, seed = "4242031")
  void aValueOrTheLibrarysException(@ForAll long seed) throws Exception {
    RandomJson.check(seed, OBJECTS, JacksonException.class);
  }
}
