package io.structseq.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.type.CollectionType;

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
  public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDesc, JsonFormat.Value formatOverrides) {
    return serializer(config, type, calculateEffectiveFormat(beanDesc, type.getRawClass(), formatOverrides));
  }

  @Override
  public @Nullable ValueSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
      BeanDescription.Supplier beanDesc, JsonFormat.Value formatOverrides,
      TypeSerializer elementTypeSerializer, ValueSerializer<Object> elementValueSerializer) {
    return serializer(config, type, calculateEffectiveFormat(beanDesc, type.getRawClass(), formatOverrides));
  }

  private @Nullable ValueSerializer<?> serializer(SerializationConfig config, JavaType type, JsonFormat.Value format) {
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
