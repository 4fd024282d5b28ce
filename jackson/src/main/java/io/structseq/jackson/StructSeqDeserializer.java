package io.structseq.jackson;

import io.structseq.StructField;
import io.structseq.StructSequence;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Reads one struct sequence type from a JSON object of its fields (members in any order) or from an
 * array of its values in canonical order (CPython's {@code T(sequence)}), whatever shape the module
 * writes. Each field is read by the deserializer of its declared type, found once ({@link #resolve}),
 * and the instance is built by {@code StructType.create} or {@code fromSequence}, so the record's
 * null checks and {@code @Check} methods run. Every failure is a {@link DatabindException} whose
 * path names the type and the field.
 */
final class StructSeqDeserializer extends StdDeserializer<StructSequence> {
  private final StructLayout layout;
  private final ValueDeserializer<Object>[] deserializers;
  /** A display name for messages: {@code os.stat_result (io.structseq.runtime.StatResultRecord)}. */
  private final String description;

  @SuppressWarnings({"unchecked", "rawtypes"})
  StructSeqDeserializer(StructLayout layout) {
    super(layout.javaType);
    this.layout = layout;
    this.deserializers = new ValueDeserializer[layout.fields.length];
    this.description = layout.type.name() + " (" + layout.javaType.getRawClass().getName() + ")";
  }

  @Override
  public void resolve(DeserializationContext ctxt) {
    for (int i = 0; i < deserializers.length; i++) {
      deserializers[i] = ctxt.findContextualValueDeserializer(layout.fieldTypes[i], null);
    }
  }

  @Override
  public StructSequence deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      p.nextToken();
      return readMembers(p, ctxt);
    } else if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT) {
      return readMembers(p, ctxt);
    } else if (token == JsonToken.START_ARRAY) {
      return readArray(p, ctxt);
    }
    Object handled = ctxt.handleUnexpectedToken(layout.javaType, token, p,
        "%s is read from a JSON object of its fields or an array of its values, not %s",
        description, token);
    if (handled instanceof StructSequence sequence) {
      return sequence;
    }
    throw MismatchedInputException.from(p, layout.javaType, description
        + " is read from a JSON object of its fields or an array of its values, not " + token);
  }

  private StructSequence readMembers(JsonParser p, DeserializationContext ctxt) {
    StructField[] fields = layout.fields;
    Object[] values = new Object[fields.length];
    boolean[] seen = new boolean[fields.length];
    for (; p.currentToken() == JsonToken.PROPERTY_NAME; p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      int i = layout.type.indexOf(name);
      if (i < 0) {
        ctxt.handleUnknownProperty(p, this, handledType(), name);
        continue;
      }
      values[i] = readField(p, ctxt, i);
      seen[i] = true;
    }
    for (int i = 0; i < fields.length; i++) {
      if (!seen[i] && (fields[i].type().isPrimitive() || !fields[i].isNullable())) {
        throw atField(MismatchedInputException.from(p, layout.javaType, "Missing member \""
            + fields[i].name() + "\" of " + description + ": the field is not @Nullable"), i);
      }
    }
    try {
      return layout.type.create(values);
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(p, "Cannot construct " + description + ": "
          + e.getMessage(), layout.javaType, e);
    }
  }

  private StructSequence readArray(JsonParser p, DeserializationContext ctxt) {
    List<Object> items = new ArrayList<>(layout.fields.length);
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw MismatchedInputException.from(p, layout.javaType, "Unexpected end of input in the array"
            + " of " + description);
      }
      int i = items.size();
      if (i < layout.fields.length) {
        items.add(readField(p, ctxt, i));
      } else {
        // Too many values: counted, so that fromSequence says CPython's words about the length.
        p.skipChildren();
        items.add(null);
      }
    }
    try {
      return layout.type.fromSequence(items);
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(p, "Cannot construct " + description
          + " from a JSON array: " + e.getMessage(), layout.javaType, e);
    }
  }

  private Object readField(JsonParser p, DeserializationContext ctxt, int i) {
    ValueDeserializer<Object> deserializer = deserializers[i];
    try {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        Object value = deserializer.getNullValue(ctxt);
        if (value == null && !layout.fields[i].isNullable()) {
          throw MismatchedInputException.from(p, layout.javaType, "Member \"" + layout.fields[i].name()
              + "\" of " + description + " is null, and the field is not @Nullable");
        }
        return value;
      }
      return deserializer.deserialize(p, ctxt);
    } catch (DatabindException e) {
      throw atField(e, i);
    } catch (RuntimeException e) {
      throw atField(DatabindException.from(p, description + "." + layout.fields[i].name()
          + ": " + e.getMessage(), e), i);
    }
  }

  private DatabindException atField(DatabindException e, int i) {
    e.prependPath(handledType(), layout.fields[i].name());
    return e;
  }
}
