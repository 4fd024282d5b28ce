package io.structseq.jackson2;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.structseq.StructField;
import io.structseq.StructType;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson side of one struct sequence type, computed once: its {@link StructType} (names,
 * order, values and construction live there) and each field's Jackson type, type variables resolved
 * against the type being handled, so {@code Pair<String, Integer>} reads its fields as String and
 * Integer.
 */
final class StructLayout {
  final JavaType javaType;
  final StructType<?> type;
  final StructField[] fields;
  final JavaType[] fieldTypes;

  private StructLayout(JavaType javaType, StructType<?> type, TypeFactory types) {
    this.javaType = javaType;
    this.type = type;
    this.fields = type.fields().toArray(new StructField[0]);
    this.fieldTypes = new JavaType[fields.length];
    for (int i = 0; i < fields.length; i++) {
      fieldTypes[i] = fieldType(javaType, fields[i], types);
    }
  }

  /**
   * The layout of a struct sequence type, or null when {@code javaType} is not one ({@code
   * StructSequence} itself, or an interface without a generated record).
   */
  static @Nullable StructLayout of(JavaType javaType, TypeFactory types) {
    StructType<?> type = StructType.lookup(javaType.getRawClass()).orElse(null);
    return type == null ? null : new StructLayout(javaType, type, types);
  }

  /**
   * The field's full generic type, read once from its accessor and resolved in the supertype that
   * declares it, so that inherited fields of generic superinterfaces resolve too; else its erased
   * type.
   */
  private static JavaType fieldType(JavaType owner, StructField field, TypeFactory types) {
    try {
      Method accessor = owner.getRawClass().getMethod(field.name());
      JavaType declaring = owner.findSuperType(accessor.getDeclaringClass());
      if (declaring != null) {
        return types.resolveMemberType(accessor.getGenericReturnType(), declaring.getBindings());
      }
    } catch (NoSuchMethodException notAnAccessor) {
      // The erased type, below.
    }
    return types.constructType(field.type());
  }
}
