package io.structseq;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The description of one struct sequence type, like CPython's {@code PyStructSequence_Desc} with its
 * type object: name, documentation, fields, counts, and the constructor {@code T(sequence, dict)}
 * ({@link #fromSequence(Iterable, Map)}). Each generated record has one, in its static {@code TYPE}
 * field.
 *
 * @param <T> the generated record type
 */
public final class StructType<T extends StructSequence> {
  private final String name;
  private final String doc;
  private final List<StructField> fields;
  private final StructField[] fieldArray;
  private final List<String> namedFields;
  private final StructField[] namedFieldArray;
  private final Map<String, StructField> byName;
  private final int sequenceSize;
  private final int unnamedCount;
  private final Function<Object[], T> factory;

  private StructType(String name, String doc, Function<Object[], T> factory, StructField[] fields) {
    this.name = Objects.requireNonNull(name, "name");
    this.doc = Objects.requireNonNull(doc, "doc");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.fieldArray = fields.clone();
    this.fields = List.of(fieldArray);
    Map<String, StructField> named = new HashMap<>();
    List<String> names = new ArrayList<>();
    int visible = 0;
    int unnamed = 0;
    for (int i = 0; i < fieldArray.length; i++) {
      StructField f = fieldArray[i];
      if (f.index() != i) {
        throw new IllegalArgumentException(name + ": field " + f.name() + " has index " + f.index()
            + " at position " + i);
      }
      if (!f.isHidden()) {
        if (visible != i) {
          throw new IllegalArgumentException(name + ": visible field " + f.name() + " after a hidden one");
        }
        visible++;
      }
      if (f.isUnnamed()) {
        unnamed++;
      } else {
        if (named.put(f.name(), f) != null) {
          throw new IllegalArgumentException(name + ": duplicate field name " + f.name());
        }
        names.add(f.name());
      }
    }
    this.byName = named;
    this.namedFields = List.copyOf(names);
    this.namedFieldArray = names.stream().map(named::get).toArray(StructField[]::new);
    this.sequenceSize = visible;
    this.unnamedCount = unnamed;
  }

  /**
   * Defines a struct sequence type. Called by generated code to initialize {@code TYPE}.
   *
   * @param name the display name, such as {@code "os.stat_result"}
   * @param doc the interface's Javadoc, or {@code ""}
   * @param factory builds an instance from values in canonical order, already converted to the
   *     fields' types (it is the record's canonical constructor)
   * @param fields every field in canonical order
   * @param <T> the generated record type
   * @return the type
   */
  public static <T extends StructSequence> StructType<T> define(
      String name, String doc, Function<Object[], T> factory, StructField... fields) {
    return new StructType<>(name, doc, factory, fields);
  }

  /** @return the display name, such as {@code "os.stat_result"} */
  public String name() {
    return name;
  }

  /** @return the Javadoc of the interface, trimmed, or {@code ""} */
  public String doc() {
    return doc;
  }

  /** @return every field in canonical order, unnamed and hidden ones included */
  public List<StructField> fields() {
    return fields;
  }

  /** @return the number of visible fields, CPython's {@code n_sequence_fields} */
  public int sequenceSize() {
    return sequenceSize;
  }

  /** @return the number of fields, CPython's {@code n_fields} */
  public int fieldCount() {
    return fieldArray.length;
  }

  /** @return the number of unnamed fields, CPython's {@code n_unnamed_fields} */
  public int unnamedCount() {
    return unnamedCount;
  }

  /**
   * Looks up a named field, visible or hidden. Unnamed fields have no name here.
   *
   * @param fieldName the field's name
   * @return the field, or empty
   */
  public Optional<StructField> field(String fieldName) {
    return Optional.ofNullable(byName.get(fieldName));
  }

  /**
   * CPython's {@code T(sequence)}: builds an instance whose fields, in canonical order, take the
   * items of {@code values}; hidden fields the sequence does not reach are null.
   *
   * @param values at least {@link #sequenceSize()} and at most {@link #fieldCount()} items
   * @return the new instance
   * @throws IllegalArgumentException if the length is wrong, a primitive field is missing, or a
   *     value does not fit its field
   * @throws NullPointerException if a non-nullable reference field would be null
   */
  public T fromSequence(Iterable<?> values) {
    return fromSequence(values, Map.of());
  }

  /**
   * CPython's {@code T(sequence, dict)}: builds an instance whose fields, in canonical order, take the
   * items of {@code values}; each hidden field the sequence does not reach takes its value from
   * {@code named}, else null.
   *
   * @param values at least {@link #sequenceSize()} and at most {@link #fieldCount()} items
   * @param named values of hidden fields the sequence does not reach, by name
   * @return the new instance
   * @throws IllegalArgumentException if the length is wrong, a key of {@code named} names no hidden
   *     field left unfilled, a primitive field is missing, or a value does not fit its field
   * @throws NullPointerException if a non-nullable reference field would be null
   */
  public T fromSequence(Iterable<?> values, Map<String, ?> named) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(named, "named");
    Object[] items = toArray(values);
    int length = items.length;
    int max = fieldArray.length;
    if (length < sequenceSize) {
      throw new IllegalArgumentException(name + "() takes " + (sequenceSize == max ? "a " : "an at least ")
          + sequenceSize + "-sequence (" + length + "-sequence given)");
    }
    if (length > max) {
      throw new IllegalArgumentException(name + "() takes " + (sequenceSize == max ? "a " : "an at most ")
          + max + "-sequence (" + length + "-sequence given)");
    }
    // toArray() gives a fresh array (the Collection contract); copy only to widen or retype it.
    Object[] canonical = length == max && items.getClass() == Object[].class
        ? items : Arrays.copyOf(items, max, Object[].class);
    int used = 0;
    for (int i = length; i < max; i++) {
      String key = fieldArray[i].name();
      if (named.containsKey(key)) {
        canonical[i] = named.get(key);
        used++;
      }
    }
    if (named.size() > used) {
      throw new IllegalArgumentException(name + "() got duplicate or unexpected field name(s)");
    }
    return create(canonical);
  }

  /**
   * Builds an instance from every field's value in canonical order, converting numbers exactly and
   * checking types as {@link #fromSequence(Iterable, Map)} does. Used by generated {@code replace}
   * and builders.
   *
   * @param canonical one value per field; converted in place
   * @return the new instance
   */
  public T create(Object[] canonical) {
    if (canonical.length != fieldArray.length) {
      throw new IllegalArgumentException(name + " has " + fieldArray.length + " fields, got "
          + canonical.length + " values");
    }
    for (int i = 0; i < canonical.length; i++) {
      canonical[i] = convert(fieldArray[i], canonical[i]);
    }
    return factory.apply(canonical);
  }

  /**
   * CPython 3.13's {@code __replace__}: a copy of an instance with the named fields changed. Called by
   * the generated {@code replace(Map)}.
   *
   * @param canonical the instance's values in canonical order; changed in place
   * @param changes new values by field name, hidden fields included
   * @return the new instance
   * @throws UnsupportedOperationException if the type has unnamed fields
   * @throws IllegalArgumentException if a name is unknown or a value does not fit its field
   */
  public T replace(Object[] canonical, Map<String, ?> changes) {
    if (unnamedCount > 0) {
      throw new UnsupportedOperationException("replace() is not supported for " + name
          + " because it has unnamed field(s)");
    }
    List<String> unexpected = null;
    for (String key : changes.keySet()) {
      StructField f = key == null ? null : byName.get(key);
      if (f == null) {
        if (unexpected == null) {
          unexpected = new ArrayList<>();
        }
        unexpected.add(key);
      }
    }
    if (unexpected != null) {
      throw new IllegalArgumentException("Got unexpected field name(s): " + unexpected);
    }
    for (Map.Entry<String, ?> change : changes.entrySet()) {
      canonical[byName.get(change.getKey()).index()] = change.getValue();
    }
    return create(canonical);
  }

  /**
   * An unmodifiable map view of the named fields, in canonical order, over the given values. Called
   * by the generated {@code asMap()}.
   *
   * @param canonical the instance's values in canonical order; not copied
   * @return the map
   */
  public Map<String, Object> asMap(Object[] canonical) {
    return Collections.unmodifiableMap(new FieldMap(this, canonical));
  }

  List<String> namedFields() {
    return namedFields;
  }

  /** The named fields in canonical order; shared, not to be modified. */
  StructField[] namedFieldArray() {
    return namedFieldArray;
  }

  StructField namedField(Object key) {
    return byName.get(key);
  }

  @Override
  public String toString() {
    return "StructType[" + name + ", " + fieldArray.length + " fields]";
  }

  private static Object[] toArray(Iterable<?> values) {
    if (values instanceof Collection<?>) {
      return ((Collection<?>) values).toArray();
    }
    List<Object> list = new ArrayList<>();
    for (Object value : values) {
      list.add(value);
    }
    return list.toArray();
  }

  private Object convert(StructField field, Object value) {
    Class<?> type = field.type();
    if (value == null) {
      if (type.isPrimitive()) {
        throw new IllegalArgumentException(name + "." + field.name() + " is missing: expected "
            + type.getTypeName() + ", got null");
      }
      return null;
    }
    Class<?> boxed = boxed(type);
    if (boxed.isInstance(value)) {
      return value;
    }
    if (value instanceof Number && Number.class.isAssignableFrom(boxed)) {
      Object converted = convertNumber((Number) value, boxed);
      if (converted != null) {
        return converted;
      }
      throw new IllegalArgumentException(name + "." + field.name() + ": expected " + type.getTypeName()
          + ", got " + value.getClass().getName() + " " + value + ", which " + type.getTypeName()
          + " cannot represent exactly");
    }
    throw new IllegalArgumentException(name + "." + field.name() + ": expected " + type.getTypeName()
        + ", got " + value.getClass().getTypeName());
  }

  /** The value as {@code target} when it is represented exactly, else null. */
  private static Object convertNumber(Number value, Class<?> target) {
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (target == Double.class) {
        return d;
      }
      if (target == Float.class) {
        float f = (float) d;
        return (f == d || Double.isNaN(d)) ? (Object) f : null;
      }
      if (!Double.isFinite(d)) {
        return null;
      }
    }
    BigDecimal exact = exactDecimal(value);
    if (exact == null) {
      return null;
    }
    try {
      if (target == Integer.class) {
        return exact.intValueExact();
      } else if (target == Long.class) {
        return exact.longValueExact();
      } else if (target == Short.class) {
        return exact.shortValueExact();
      } else if (target == Byte.class) {
        return exact.byteValueExact();
      } else if (target == BigInteger.class) {
        return exact.toBigIntegerExact();
      } else if (target == BigDecimal.class) {
        return exact;
      } else if (target == Double.class) {
        double d = exact.doubleValue();
        return Double.isFinite(d) && new BigDecimal(d).compareTo(exact) == 0 ? (Object) d : null;
      } else if (target == Float.class) {
        float f = exact.floatValue();
        return Float.isFinite(f) && new BigDecimal(f).compareTo(exact) == 0 ? (Object) f : null;
      }
    } catch (ArithmeticException notExact) {
      return null;
    }
    return null;
  }

  private static BigDecimal exactDecimal(Number value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(value.longValue());
    } else if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.doubleValue());
    } else if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    } else if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException notDecimal) {
      return null;
    }
  }

  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    } else if (type == int.class) {
      return Integer.class;
    } else if (type == long.class) {
      return Long.class;
    } else if (type == double.class) {
      return Double.class;
    } else if (type == boolean.class) {
      return Boolean.class;
    } else if (type == float.class) {
      return Float.class;
    } else if (type == short.class) {
      return Short.class;
    } else if (type == byte.class) {
      return Byte.class;
    } else if (type == char.class) {
      return Character.class;
    }
    return Void.class;
  }
}
