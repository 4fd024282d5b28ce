package io.structseq;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A struct sequence: an immutable list of its visible values that also has named fields, like
 * CPython's {@code PyStructSequence} ({@code os.stat_result}, {@code sys.version_info}).
 *
 * <p>As a {@link List} it holds only the visible values, in canonical order; hidden fields are
 * reachable by name ({@link #get(String)}, {@link #asMap()}) and take no part in {@code equals},
 * {@code hashCode} or ordering. {@code equals} and {@code hashCode} follow the {@link List} contract,
 * so a struct sequence equals {@code List.of(...)} of its visible values. Every mutator throws
 * {@link UnsupportedOperationException}, even one that would change nothing, as {@code List.of} does;
 * null values are allowed.
 *
 * <p>Interfaces annotated with {@link StructSeq} extend this interface; the processor generates the
 * implementation.
 */
public interface StructSequence extends List<@Nullable Object>, RandomAccess, Serializable {

  /**
   * The value of a named field, visible or hidden. An unnamed field's accessor name is not a field
   * name here.
   *
   * @param name the field name
   * @return the value, boxed; null where the field holds null
   * @throws IllegalArgumentException if the type has no field of that name
   */
  @Nullable Object get(String name);

  /**
   * Every named field with its value, in canonical order (visible, then hidden); unmodifiable, nulls
   * kept.
   *
   * @return the map
   */
  Map<String, @Nullable Object> asMap();

  /** Returns the type's description: name, fields, counts, and its constructor. */
  StructType<?> structType();

  /**
   * Compares two lists in Python's tuple order: the first unequal pair decides, a proper prefix is
   * smaller. Numbers compare by value across {@code Byte}, {@code Short}, {@code Integer},
   * {@code Long}, {@code Float}, {@code Double}, {@code BigInteger} and {@code BigDecimal}; other pairs
   * must be mutually {@link Comparable}; {@code null} sorts before any value (where Python would raise
   * {@code TypeError}, Java gives a total order, as the generated {@code compareTo} does). So {@code compare(versionInfo, List.of(17, 0)) >= 0} reads
   * like {@code sys.version_info >= (17, 0)}.
   *
   * @param a a list
   * @param b another list
   * @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}
   * @throws ClassCastException if an unequal pair cannot be compared; the message names both classes
   */
  static int compare(List<? extends @Nullable Object> a, List<? extends @Nullable Object> b) {
    Iterator<?> i = a.iterator();
    Iterator<?> j = b.iterator();
    while (i.hasNext() && j.hasNext()) {
      Object x = i.next();
      Object y = j.next();
      if (Objects.equals(x, y)) {
        continue;
      }
      int c = compareValues(x, y);
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(i.hasNext(), j.hasNext());
  }

  /**
   * Compares two values as {@link #compare(List, List)} compares a pair of items.
   *
   * @param x a value
   * @param y another value
   * @return negative, zero or positive
   * @throws ClassCastException if the pair cannot be compared; the message names both classes
   */
  // ReferenceEquality: the same object is equal to itself without asking equals or compareTo.
  @SuppressWarnings({"unchecked", "rawtypes", "ReferenceEquality"})
  static int compareValues(@Nullable Object x, @Nullable Object y) {
    if (x == y) {
      return 0;
    }
    if (x == null || y == null) {
      return x == null ? -1 : 1;
    }
    if (x instanceof Number xn && y instanceof Number yn) {
      int c = StructSupport.compareNumbers(xn, yn);
      if (c != StructSupport.NOT_A_NUMBER) {
        return c;
      }
    }
    if (x instanceof Comparable comparable && y instanceof Comparable) {
      try {
        return comparable.compareTo(y);
      } catch (ClassCastException e) {
        throw incomparable(x, y, e);
      }
    }
    throw incomparable(x, y, null);
  }

  private static ClassCastException incomparable(
      Object x, Object y, @Nullable ClassCastException cause) {
    ClassCastException e = new ClassCastException(
        "cannot compare " + x.getClass().getName() + " with " + y.getClass().getName());
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  @Override
  default boolean isEmpty() {
    return size() == 0;
  }

  @Override
  default boolean contains(@Nullable Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  default boolean containsAll(Collection<?> c) {
    for (Object o : c) {
      if (!contains(o)) {
        return false;
      }
    }
    return true;
  }

  @Override
  default int indexOf(@Nullable Object o) {
    for (int i = 0, n = size(); i < n; i++) {
      if (Objects.equals(o, get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  default int lastIndexOf(@Nullable Object o) {
    for (int i = size() - 1; i >= 0; i--) {
      if (Objects.equals(o, get(i))) {
        return i;
      }
    }
    return -1;
  }

  // NullAway reads List.toArray as an array of non-null elements; a struct sequence's elements
  // may be null, as List allows.
  @Override
  @SuppressWarnings("NullAway")
  default Object[] toArray() {
    int n = size();
    Object[] array = new Object[n];
    for (int i = 0; i < n; i++) {
      array[i] = get(i);
    }
    return array;
  }

  // NullAway: as toArray() above; and List's contract writes null after the last element.
  @Override
  @SuppressWarnings({"unchecked", "NullAway"})
  default <T> T[] toArray(T[] a) {
    int n = size();
    T[] array = a.length >= n ? a : (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
    for (int i = 0; i < n; i++) {
      array[i] = (T) get(i);
    }
    if (array.length > n) {
      array[n] = null;
    }
    return array;
  }

  @Override
  default Iterator<@Nullable Object> iterator() {
    return new StructIterator(this, 0);
  }

  @Override
  default ListIterator<@Nullable Object> listIterator() {
    return new StructIterator(this, 0);
  }

  @Override
  default ListIterator<@Nullable Object> listIterator(int index) {
    Objects.checkIndex(index, size() + 1);
    return new StructIterator(this, index);
  }

  @Override
  default List<@Nullable Object> subList(int fromIndex, int toIndex) {
    // List.of's checks and words: IllegalArgumentException when the range is reversed.
    if (fromIndex > toIndex && fromIndex >= 0 && toIndex <= size()) {
      throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }
    Objects.checkFromToIndex(fromIndex, toIndex, size());
    return Collections.unmodifiableList(Arrays.asList(toArray()).subList(fromIndex, toIndex));
  }

  // Mutators: all throw, even when they would change nothing, as List.of's do.

  @Override
  default boolean add(@Nullable Object e) {
    throw StructSupport.immutable(this);
  }

  @Override
  default void add(int index, @Nullable Object element) {
    throw StructSupport.immutable(this);
  }

  @Override
  default boolean addAll(Collection<?> c) {
    throw StructSupport.immutable(this);
  }

  @Override
  default boolean addAll(int index, Collection<?> c) {
    throw StructSupport.immutable(this);
  }

  @Override
  default @Nullable Object set(int index, @Nullable Object element) {
    throw StructSupport.immutable(this);
  }

  @Override
  default boolean remove(@Nullable Object o) {
    throw StructSupport.immutable(this);
  }

  @Override
  default @Nullable Object remove(int index) {
    throw StructSupport.immutable(this);
  }

  @Override
  default boolean removeAll(Collection<?> c) {
    throw StructSupport.immutable(this);
  }

  @Override
  default boolean retainAll(Collection<?> c) {
    throw StructSupport.immutable(this);
  }

  @Override
  default boolean removeIf(Predicate<? super @Nullable Object> filter) {
    throw StructSupport.immutable(this);
  }

  @Override
  default void replaceAll(UnaryOperator<@Nullable Object> operator) {
    throw StructSupport.immutable(this);
  }

  @Override
  default void sort(@Nullable Comparator<? super @Nullable Object> c) {
    throw StructSupport.immutable(this);
  }

  @Override
  default void clear() {
    throw StructSupport.immutable(this);
  }
}
