package io.structseq.jackson2;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/**
 * Hands Jackson a serializer for each struct sequence type it asks about. A struct sequence is a
 * {@code java.util.List}, so Jackson asks for a collection serializer; both lookups answer. Jackson
 * caches what they return, once per type and mapper.
 */
final class StructSeqSerializers extends Serializers.Base {
  private final boolean array;

  StructSeqSerializers(boolean array) {
    this.array = array;
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    return serializer(config, type, beanDesc.findExpectedFormat());
  }

  @Override
  public @Nullable JsonSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
      BeanDescription beanDesc, TypeSerializer elementTypeSerializer,
      JsonSerializer<Object> elementValueSerializer) {
    return serializer(config, type, beanDesc.findExpectedFormat());
  }

  private @Nullable JsonSerializer<?> serializer(SerializationConfig config, JavaType type, JsonFormat.Value format) {
    if (type.getRawClass() == StructSequence.class) {
      return new RuntimeTypeSerializer();
    }
    StructLayout layout = StructLayout.of(type, config.getTypeFactory());
    return layout == null ? null : new StructSeqSerializer(layout, isArray(format, array));
  }

  /** {@code @JsonFormat}'s shape where it names ARRAY or OBJECT, else the default. */
  static boolean isArray(JsonFormat.@Nullable Value format, boolean byDefault) {
    if (format == null) {
      return byDefault;
    }
    return switch (format.getShape()) {
      case ARRAY -> true;
      case OBJECT, POJO -> false;
      default -> byDefault;
    };
  }
}
