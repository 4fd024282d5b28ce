package io.structseq.jackson2;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/**
 * Hands Jackson a serializer and a deserializer for each struct sequence type it asks about. A struct
 * sequence is a {@code java.util.List}, so Jackson asks for a collection (de)serializer; both
 * lookups answer. Jackson caches what they return, once per type and mapper.
 */
final class StructLookup {
  private final boolean array;

  StructLookup(boolean array) {
    this.array = array;
  }

  Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public @Nullable JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        return serializer(config, type, beanDesc);
      }

      @Override
      public @Nullable JsonSerializer<?> findCollectionSerializer(
          SerializationConfig config, CollectionType type,
          BeanDescription beanDesc, TypeSerializer elementTypeSerializer,
          JsonSerializer<Object> elementValueSerializer) {
        return serializer(config, type, beanDesc);
      }
    };
  }

  Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public @Nullable JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        return deserializer(config, type);
      }

      @Override
      public @Nullable JsonDeserializer<?> findCollectionDeserializer(CollectionType type,
          DeserializationConfig config, BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer,
          JsonDeserializer<?> elementDeserializer) {
        return deserializer(config, type);
      }
    };
  }

  private @Nullable JsonSerializer<?> serializer(
      SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    if (type.getRawClass() == StructSequence.class) {
      return new RuntimeTypeSerializer();
    }
    StructLayout layout = StructLayout.of(type, config.getTypeFactory());
    if (layout == null) {
      return null;
    }
    return new StructSeqSerializer(layout, isArray(beanDesc.findExpectedFormat(), array));
  }

  private @Nullable JsonDeserializer<?> deserializer(DeserializationConfig config, JavaType type) {
    StructLayout layout = StructLayout.of(type, config.getTypeFactory());
    return layout == null ? null : new StructSeqDeserializer(layout);
  }

  /** {@code @JsonFormat}'s shape where it names ARRAY or OBJECT, else the default. */
  static boolean isArray(JsonFormat.Value format, boolean byDefault) {
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
