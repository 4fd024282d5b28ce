package io.structseq.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.RandomJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random documents as three types: a value that round-trips, or Jackson's own exception ({@link RandomJson}). */
class RandomDocumentsTest {
  private static final JsonCodec OBJECTS = RuntimeTypesTest.codec(new ObjectMapper().registerModule(new StructSeqModule()));

  @Property(tries = 400, seed = "4242032")
  void aValueOrTheLibrarysException(@ForAll long seed) throws Exception {
    RandomJson.check(seed, OBJECTS, JsonProcessingException.class);
  }
}
