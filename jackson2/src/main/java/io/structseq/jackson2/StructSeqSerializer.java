package io.structseq.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.structseq.StructSequence;
import java.io.IOException;

/**
 * Writes one struct sequence type: an object of every field, or an array of the visible values. The
 * fields' serializers are found once ({@link #resolve}); int, long, double, boolean and String values
 * go straight to the generator, which applies its own settings (NaN, numbers as strings).
 */
final class StructSeqSerializer extends StdSerializer<StructSequence>
    implements ContextualSerializer, ResolvableSerializer {
  private static final long serialVersionUID = 1L;
  private static final int OTHER = 0;
  private static final int INT = 1;
  private static final int LONG = 2;
  private static final int DOUBLE = 3;
  private static final int STRING = 4;
  private static final int BOOLEAN = 5;

  private final transient StructLayout layout;
  private final boolean array;
  private final int sequenceSize;
  private final transient SerializedString[] keys;
  /** Per field: how its value is written, one of the constants above. */
  private final int[] kinds;
  /** Per field: its serializer when its declared type fixes it, else null (looked up by value). */
  private final transient JsonSerializer<Object>[] serializers;

  @SuppressWarnings({"unchecked", "rawtypes"})
  StructSeqSerializer(StructLayout layout, boolean array) {
    super(StructSequence.class);
    this.layout = layout;
    this.array = array;
    this.sequenceSize = layout.type.sequenceSize();
    this.keys = new SerializedString[layout.fields.length];
    this.kinds = new int[layout.fields.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new SerializedString(layout.fields[i].name());
      kinds[i] = kind(layout.fields[i].type());
    }
    this.serializers = new JsonSerializer[layout.fields.length];
  }

  private StructSeqSerializer(StructSeqSerializer base, boolean array) {
    super(StructSequence.class);
    this.layout = base.layout;
    this.array = array;
    this.sequenceSize = base.sequenceSize;
    this.keys = base.keys;
    this.kinds = base.kinds;
    this.serializers = base.serializers;
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    for (int i = 0; i < serializers.length; i++) {
      if (kinds[i] == OTHER && layout.fieldTypes[i].isFinal()) {
        serializers[i] = provider.findValueSerializer(layout.fieldTypes[i], null);
      }
    }
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
    if (property == null) {
      return this;
    }
    boolean shape = StructSeqSerializers.isArray(findFormatOverrides(provider, property, handledType()), array);
    return shape == array ? this : new StructSeqSerializer(this, shape);
  }

  @Override
  public void serialize(StructSequence value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (array) {
      gen.writeStartArray(value, sequenceSize);
      writeArrayContents(value, gen, provider);
      gen.writeEndArray();
    } else {
      gen.writeStartObject(value);
      writeObjectContents(value, gen, provider);
      gen.writeEndObject();
    }
  }

  @Override
  public void serializeWithType(StructSequence value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    WritableTypeId typeId = typeSer.writeTypePrefix(gen,
        typeSer.typeId(value, array ? JsonToken.START_ARRAY : JsonToken.START_OBJECT));
    if (array) {
      writeArrayContents(value, gen, provider);
    } else {
      writeObjectContents(value, gen, provider);
    }
    typeSer.writeTypeSuffix(gen, typeId);
  }

  private void writeArrayContents(StructSequence value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    for (int i = 0; i < sequenceSize; i++) {
      writeField(value, i, gen, provider);
    }
  }

  private void writeObjectContents(StructSequence value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    for (int i = 0; i < keys.length; i++) {
      gen.writeFieldName(keys[i]);
      writeField(value, i, gen, provider);
    }
  }

  private void writeField(StructSequence value, int i, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Object v = layout.type.value(value, i);
    if (v == null) {
      provider.defaultSerializeNull(gen);
      return;
    }
    switch (kinds[i]) {
      case INT -> gen.writeNumber((Integer) v);
      case LONG -> gen.writeNumber((Long) v);
      case DOUBLE -> gen.writeNumber((Double) v);
      case STRING -> gen.writeString((String) v);
      case BOOLEAN -> gen.writeBoolean((Boolean) v);
      default -> {
        JsonSerializer<Object> serializer = serializers[i];
        if (serializer == null) {
          serializer = provider.findValueSerializer(v.getClass(), null);
        }
        try {
          serializer.serialize(v, gen, provider);
        } catch (JsonMappingException e) {
          e.prependPath(value, layout.fields[i].name());
          throw e;
        }
      }
    }
  }

  private static int kind(Class<?> type) {
    if (type == int.class) {
      return INT;
    } else if (type == long.class) {
      return LONG;
    } else if (type == double.class) {
      return DOUBLE;
    } else if (type == String.class) {
      return STRING;
    } else if (type == boolean.class) {
      return BOOLEAN;
    }
    return OTHER;
  }
}
