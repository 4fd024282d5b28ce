package io.structseq.jackson;

import io.structseq.StructType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;

/**
 * Hands Jackson a deserializer for each struct sequence type it asks about, as a bean or, since a
 * struct sequence is a {@code java.util.List}, as a collection. Jackson caches what they return,
 * once per type and mapper.
 */
final class StructSeqDeserializers extends Deserializers.Base {
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
    return StructType.lookup(valueType).isPresent();
  }

  private static @Nullable ValueDeserializer<?> deserializer(DeserializationConfig config, JavaType type) {
    StructLayout layout = StructLayout.of(type, config.getTypeFactory());
    return layout == null ? null : new StructSeqDeserializer(layout);
  }
}
