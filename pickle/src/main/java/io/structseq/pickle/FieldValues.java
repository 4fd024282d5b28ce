package io.structseq.pickle;

import io.structseq.StructField;
import io.structseq.StructType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a {@code List} field, checked and converted as {@link StructType} checks and
 * converts a field: Pyrolite reads a Python list as an {@code ArrayList} of whatever it holds, and a
 * Python int as the smallest of {@code Integer}, {@code Long} and {@code BigInteger}, which a
 * {@code List<Long>} or a {@code List<String>} must not hold. Erased to {@code List} in the record,
 * the element type comes from the accessor's generic return type, read once per type.
 */
abstract class FieldValues {
  private FieldValues() {}

  /**
   * Converts a field's value.
   *
   * @param value what Pyrolite read
   * @param path the field, for messages ({@code test.shape.corners})
   * @return the value to give {@link StructType#fromSequence}; a list is unmodifiable
   * @throws IllegalArgumentException naming the path when an element does not fit
   */
  abstract @Nullable Object convert(@Nullable Object value, String path);

  /** For each field in canonical order, its conversion, or null where its value needs none. */
  static @Nullable FieldValues[] of(StructType<?> type, Class<?> declaring) {
    List<StructField> fields = type.fields();
    @Nullable FieldValues[] values = new FieldValues[fields.size()];
    for (int i = 0; i < values.length; i++) {
      Type generic;
      try {
        generic = declaring.getMethod(fields.get(i).name()).getGenericReturnType();
      } catch (NoSuchMethodException | SecurityException e) {
        continue; // the record's own check stays: the erased type
      }
      values[i] = forList(generic);
    }
    return values;
  }

  /** The conversion of a {@code List<E>}, or null for any other type. */
  private static @Nullable FieldValues forList(Type type) {
    if (!(type instanceof ParameterizedType parameterized) || parameterized.getRawType() != List.class) {
      return null;
    }
    Type element = parameterized.getActualTypeArguments()[0];
    FieldValues nested = forList(element);
    if (nested != null) {
      return new ListOf(nested);
    }
    if (element instanceof Class<?> elementClass && element != Object.class) {
      return new ListOf(new Element(elementClass));
    }
    if (element instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      return new ListOf(new Element(raw));
    }
    return new ListOf(null); // List<T>, List<?>: any element; the list is still made unmodifiable
  }

  /** A list whose elements convert one way. */
  private static final class ListOf extends FieldValues {
    private final @Nullable FieldValues element;

    ListOf(@Nullable FieldValues element) {
      this.element = element;
    }

    @Override
    @Nullable Object convert(@Nullable Object value, String path) {
      if (!(value instanceof List<?> list)) {
        return value; // null, or a wrong type that StructType reports with the field's name
      }
      List<@Nullable Object> converted = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        converted.add(element == null ? item : element.convert(item, path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(converted);
    }
  }

  /**
   * One element of a class: an instance of it, or a number it represents exactly, converted and
   * checked by {@link StructType#create(Object[])} as a one-field type of that class.
   */
  private static final class Element extends FieldValues {
    private final StructType<?> one;

    // NullAway: the factory's instance is never built for use; create() only checks and converts the value.
    @SuppressWarnings("NullAway")
    Element(Class<?> type) {
      this.one = StructType.define("element", "", values -> null,
          StructField.visible(0, "element", type, true, ""));
    }

    @Override
    @Nullable Object convert(@Nullable Object value, String path) {
      Object[] values = {value};
      try {
        one.create(values);
      } catch (IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        throw new IllegalArgumentException(path + message.substring(message.indexOf(':')), e);
      }
      return values[0];
    }
  }
}
