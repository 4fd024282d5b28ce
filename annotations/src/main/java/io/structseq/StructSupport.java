package io.structseq;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Helpers that generated records call. Not an API for hand-written code: signatures may change with
 * the processor that calls them.
 */
public final class StructSupport {
  /** {@link #compareNumbers} returns this when a value is not a number kind it knows. */
  static final int NOT_A_NUMBER = Integer.MIN_VALUE;

  private StructSupport() {}

  /**
   * The {@link List#equals} contract for a struct sequence against any object: the slow path of the
   * generated {@code equals}, taken when {@code other} is not of the same record type.
   *
   * @param self the struct sequence
   * @param other any object
   * @return whether {@code other} is a list with equal visible values in the same order
   */
  // ReferenceEquality: a list is equal to itself without comparing its values.
  @SuppressWarnings("ReferenceEquality")
  public static boolean listEquals(StructSequence self, @Nullable Object other) {
    if (other == self) {
      return true;
    }
    if (!(other instanceof List<?>)) {
      return false;
    }
    List<?> list = (List<?>) other;
    int n = self.size();
    if (list instanceof RandomAccess) {
      if (list.size() != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!Objects.equals(self.get(i), list.get(i))) {
          return false;
        }
      }
      return true;
    }
    Iterator<?> it = list.iterator();
    for (int i = 0; i < n; i++) {
      if (!it.hasNext() || !Objects.equals(self.get(i), it.next())) {
        return false;
      }
    }
    return !it.hasNext();
  }

  /**
   * The exception every mutator of a struct sequence throws.
   *
   * @param self the struct sequence
   * @return the exception to throw
   */
  public static UnsupportedOperationException immutable(StructSequence self) {
    return new UnsupportedOperationException(self.structType().name() + " is immutable");
  }

  /**
   * The exception {@code get(String)} throws for a name that is not a field.
   *
   * @param type the struct type
   * @param name the unknown name
   * @return the exception to throw
   */
  public static IllegalArgumentException noField(StructType<?> type, @Nullable String name) {
    return new IllegalArgumentException(type.name() + " has no field '" + name + "'");
  }

  /**
   * The exception {@code get(int)} throws for an index out of range.
   *
   * @param type the struct type
   * @param index the bad index
   * @return the exception to throw
   */
  public static IndexOutOfBoundsException outOfRange(StructType<?> type, int index) {
    return new IndexOutOfBoundsException(
        type.name() + " index out of range: " + index + " (size " + type.sequenceSize() + ")");
  }

  /** Compares two numbers by value, or returns {@link #NOT_A_NUMBER} for an unknown kind. */
  static int compareNumbers(Number x, Number y) {
    boolean xi = isIntegral(x);
    boolean yi = isIntegral(y);
    if (xi && yi) {
      return Long.compare(x.longValue(), y.longValue());
    }
    boolean xf = x instanceof Double || x instanceof Float;
    boolean yf = y instanceof Double || y instanceof Float;
    if (!(xi || xf || x instanceof BigInteger || x instanceof BigDecimal)
        || !(yi || yf || y instanceof BigInteger || y instanceof BigDecimal)) {
      return NOT_A_NUMBER;
    }
    if (xf || yf) {
      double dx = x.doubleValue();
      double dy = y.doubleValue();
      if (Double.isNaN(dx) || Double.isNaN(dy)) {
        return Double.compare(dx, dy);
      }
      if (xf && yf) {
        // -0.0 and 0.0 are equal here, as in Python.
        return dx < dy ? -1 : dx > dy ? 1 : 0;
      }
      double floating = xf ? dx : dy;
      if (Double.isInfinite(floating)) {
        int sign = floating > 0 ? 1 : -1;
        return xf ? sign : -sign;
      }
    }
    return compareExact(x, y);
  }

  private static int compareExact(Number x, Number y) {
    return Integer.signum(exact(x).compareTo(exact(y)));
  }

  private static BigDecimal exact(Number n) {
    if (n instanceof BigDecimal bigDecimal) {
      return bigDecimal;
    } else if (n instanceof BigInteger bigInteger) {
      return new BigDecimal(bigInteger);
    } else if (n instanceof Double || n instanceof Float) {
      return new BigDecimal(n.doubleValue());
    }
    return BigDecimal.valueOf(n.longValue());
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }
}
