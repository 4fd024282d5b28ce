package io.structseq.jackson2;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.structseq.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Hands Jackson a deserializer for each struct sequence type it asks about, as a bean or, since a
 * struct sequence is a {@code java.util.List}, as a collection. Jackson caches what they return,
 * once per type and mapper.
 */
final class StructSeqDeserializers extends Deserializers.Base {
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

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return StructType.lookup(valueType).isPresent();
  }

  private static @Nullable JsonDeserializer<?> deserializer(DeserializationConfig config, JavaType type) {
    StructLayout layout = StructLayout.of(type, config.getTypeFactory());
    return layout == null ? null : new StructSeqDeserializer(layout);
  }
}
