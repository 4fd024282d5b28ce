package io.structseq.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.structseq.StructSequence;
import java.io.IOException;

/**
 * Writes a value declared as {@code StructSequence} as its own type is written. Jackson serializes a
 * collection by its declared type, which would otherwise write a plain array of the visible values.
 */
final class RuntimeTypeSerializer extends StdSerializer<StructSequence> {
  private static final long serialVersionUID = 1L;

  RuntimeTypeSerializer() {
    super(StructSequence.class);
  }

  @Override
  public void serialize(StructSequence value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    provider.findValueSerializer(value.getClass(), null).serialize(value, gen, provider);
  }

  @Override
  public void serializeWithType(StructSequence value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    provider.findValueSerializer(value.getClass(), null).serializeWithType(value, gen, provider, typeSer);
  }
}
