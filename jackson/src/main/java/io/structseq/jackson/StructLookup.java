package io.structseq.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.type.CollectionType;
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
      public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription.Supplier beanDesc, JsonFormat.Value formatOverrides) {
        return serializer(config, type, calculateEffectiveFormat(beanDesc, type.getRawClass(), formatOverrides));
      }

      @Override
      public @Nullable ValueSerializer<?> findCollectionSerializer(
          SerializationConfig config, CollectionType type,
          BeanDescription.Supplier beanDesc, JsonFormat.Value formatOverrides,
          TypeSerializer elementTypeSerializer, ValueSerializer<Object> elementValueSerializer) {
        return serializer(config, type, calculateEffectiveFormat(beanDesc, type.getRawClass(), formatOverrides));
      }
    };
  }

  Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public @Nullable ValueDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        return deserializer(config, type);
      }

      @Override
      public @Nullable ValueDeserializer<?> findCollectionDeserializer(CollectionType type,
          DeserializationConfig config, BeanDescription.Supplier beanDesc,
          TypeDeserializer elementTypeDeserializer, ValueDeserializer<?> elementDeserializer) {
        return deserializer(config, type);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return StructLayout.isStructType(valueType);
      }
    };
  }

  private @Nullable ValueSerializer<?> serializer(
      SerializationConfig config, JavaType type, JsonFormat.Value format) {
    if (type.getRawClass() == StructSequence.class) {
      return new RuntimeTypeSerializer();
    }
    StructLayout layout = StructLayout.of(type, config.getTypeFactory());
    if (layout == null) {
      return null;
    }
    return new StructSeqSerializer(layout, isArray(format, array));
  }

  private @Nullable ValueDeserializer<?> deserializer(DeserializationConfig config, JavaType type) {
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
