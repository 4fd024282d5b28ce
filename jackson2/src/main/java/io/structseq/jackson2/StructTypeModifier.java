package io.structseq.jackson2;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.SimpleType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import io.structseq.StructType;
import java.lang.reflect.Type;

/**
 * Gives a generic struct sequence type, such as {@code Pair<String, Integer>}, a Jackson type whose
 * equality includes its type arguments. Jackson takes a struct sequence for a collection, and two
 * collection types are equal when their classes and element types are; every struct sequence's
 * element type is {@code Object}, so {@code Pair<String, Integer>} and {@code Pair<String, BigInteger>}
 * would share one cached deserializer. As a simple type (which compares its bindings) each gets its
 * own. Non-generic struct sequence types keep their collection type.
 */
final class StructTypeModifier extends TypeModifier {
  @Override
  public JavaType modifyType(JavaType type, Type jdkType, TypeBindings context, TypeFactory typeFactory) {
    if (!type.isCollectionLikeType() || type.getRawClass().getTypeParameters().length == 0
        || StructType.lookup(type.getRawClass()).isEmpty()) {
      return type;
    }
    return new GenericStructType(type);
  }

  /** A generic struct sequence type as a simple type with its bindings and supertypes. */
  static final class GenericStructType extends SimpleType {
    private static final long serialVersionUID = 1L;

    GenericStructType(JavaType type) {
      super(type.getRawClass(), type.getBindings(), type.getSuperClass(), interfaces(type));
    }

    private static JavaType[] interfaces(JavaType type) {
      return type.getInterfaces().toArray(new JavaType[0]);
    }
  }
}
