package io.structseq.gson;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.structseq.StructSequence;
import java.io.IOException;

/**
 * The adapter of the declared type {@code StructSequence}: it writes a value as its own type is
 * written (Gson's collection adapter would write a plain array of the visible values), and cannot
 * read, since JSON does not say which struct sequence type a document holds.
 */
final class RuntimeTypeAdapter extends TypeAdapter<StructSequence> {
  private final Gson gson;

  RuntimeTypeAdapter(Gson gson) {
    this.gson = gson;
  }

  @Override
  public void write(JsonWriter out, StructSequence value) throws IOException {
    @SuppressWarnings("unchecked")
    TypeAdapter<StructSequence> adapter = (TypeAdapter<StructSequence>) gson.getAdapter(value.getClass());
    adapter.write(out, value);
  }

  @Override
  public StructSequence read(JsonReader in) {
    throw new JsonParseException("Cannot read io.structseq.StructSequence at path " + in.getPath()
        + ": JSON does not say which struct sequence type it holds; read the @StructSeq interface or"
        + " its record class instead");
  }
}
