package io.structseq.jackson;

import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the serializer and deserializer of one struct sequence type need, computed once from its
 * {@link StructType}: member names, each field's Jackson type (type variables resolved against the
 * type being handled, so {@code Pair<String, Integer>} reads its fields as String and Integer) and
 * how to write it.
 */
final class StructLayout {
  static final int OTHER = 0;
  static final int INT = 1;
  static final int LONG = 2;
  static final int DOUBLE = 3;
  static final int STRING = 4;
  static final int BOOLEAN = 5;

  final JavaType javaType;
  final StructType<?> type;
  final StructField[] fields;
  final SerializedString[] keys;
  final JavaType[] fieldTypes;
  final int[] kinds;
  final int sequenceSize;
  private final Map<String, Integer> indexByName;

  private StructLayout(JavaType javaType, StructType<?> type, TypeFactory types) {
    this.javaType = javaType;
    this.type = type;
    List<StructField> all = type.fields();
    int n = all.size();
    this.fields = all.toArray(new StructField[0]);
    this.keys = new SerializedString[n];
    this.fieldTypes = new JavaType[n];
    this.kinds = new int[n];
    this.sequenceSize = type.sequenceSize();
    this.indexByName = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      StructField field = fields[i];
      keys[i] = new SerializedString(field.name());
      indexByName.put(field.name(), i);
      fieldTypes[i] = fieldType(javaType, field, types);
      kinds[i] = kind(field.type());
    }
  }

  /**
   * The layout of a struct sequence type, or null when {@code javaType} is not one ({@code
   * StructSequence} itself, or an interface without a generated record).
   */
  static @Nullable StructLayout of(JavaType javaType, TypeFactory types) {
    Class<?> raw = javaType.getRawClass();
    if (!StructSequence.class.isAssignableFrom(raw) || raw == StructSequence.class) {
      return null;
    }
    StructType<?> type;
    try {
      type = StructType.of(raw);
    } catch (IllegalArgumentException notGenerated) {
      return null;
    }
    return new StructLayout(javaType, type, types);
  }

  /** Whether {@code type} is a struct sequence type with a generated record. */
  static boolean isStructType(Class<?> type) {
    if (!StructSequence.class.isAssignableFrom(type) || type == StructSequence.class) {
      return false;
    }
    try {
      StructType.of(type);
      return true;
    } catch (IllegalArgumentException notGenerated) {
      return false;
    }
  }

  /** The field's index, or -1 when no field has that member name. */
  int indexOf(String name) {
    Integer index = indexByName.get(name);
    return index == null ? -1 : index;
  }

  /** The value of field {@code i}: by index when it is in the sequence, else by name. */
  @Nullable Object value(StructSequence value, int i) {
    return i < sequenceSize ? value.get(i) : value.get(fields[i].name());
  }

  /** A display name for messages: {@code os.stat_result (io.structseq.runtime.StatResultRecord)}. */
  String describe() {
    return type.name() + " (" + javaType.getRawClass().getName() + ")";
  }

  /**
   * The field's full generic type, read once from its accessor and resolved in the supertype that
   * declares it, so that inherited fields of generic superinterfaces resolve too.
   */
  private static JavaType fieldType(JavaType owner, StructField field, TypeFactory types) {
    Method accessor;
    try {
      accessor = owner.getRawClass().getMethod(field.name());
    } catch (NoSuchMethodException e) {
      return types.constructType(field.type());
    }
    JavaType declaring = owner.findSuperType(accessor.getDeclaringClass());
    if (declaring == null) {
      return types.constructType(field.type());
    }
    return types.resolveMemberType(accessor.getGenericReturnType(), declaring.getBindings());
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
