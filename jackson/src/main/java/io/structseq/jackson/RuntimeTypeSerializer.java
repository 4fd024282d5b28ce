package io.structseq.jackson;

import io.structseq.StructSequence;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value declared as {@code StructSequence} as its own type is written. Jackson serializes a
 * collection by its declared type, which would otherwise write a plain array of the visible values.
 */
final class RuntimeTypeSerializer extends StdSerializer<StructSequence> {
  RuntimeTypeSerializer() {
    super(StructSequence.class);
  }

  @Override
  public void serialize(StructSequence value, JsonGenerator gen, SerializationContext provider) {
    provider.findValueSerializer(value.getClass()).serialize(value, gen, provider);
  }

  @Override
  public void serializeWithType(StructSequence value, JsonGenerator gen, SerializationContext provider,
      TypeSerializer typeSer) {
    provider.findValueSerializer(value.getClass()).serializeWithType(value, gen, provider, typeSer);
  }
}
