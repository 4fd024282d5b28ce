package io.structseq.gson;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.structseq.jsontesting.JsonCodec;
import io.structseq.jsontesting.RandomJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random documents as three types: a value that round-trips, or Gson's own exception ({@link RandomJson}). */
class RandomDocumentsTest {
  /** Writes NaN back: Gson's fromJson reads "NaN" into a double, and plain Gson refuses to write it. */
  private static final JsonCodec OBJECTS = RuntimeTypesTest.codec(new GsonBuilder().serializeSpecialFloatingPointValues()
      .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create());

  @Property(tries = 400, seed = "4242033")
  void aValueOrTheLibrarysException(@ForAll long seed) throws Exception {
    RandomJson.check(seed, OBJECTS, JsonParseException.class);
  }
}
