package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * sys.float_info
 *
 * A named tuple holding information about the float type. It contains low level
 * information about the precision and internal representation. Please study
 * your system's :file:`float.h` for more information.
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Sys.floatInfo, which describes Java's double (IEEE 754 binary64, as C's double).
@StructSeq(name = "sys.float_info")
public interface FloatInfo extends StructSequence {
  /** DBL_MAX -- maximum representable finite float */
  double max();

  /** DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable */
  int max_exp();

  /** DBL_MAX_10_EXP -- maximum int e such that 10**e is representable */
  int max_10_exp();

  /** DBL_MIN -- Minimum positive normalized float */
  double min();

  /** DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float */
  int min_exp();

  /** DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float */
  int min_10_exp();

  /** DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float */
  int dig();

  /** DBL_MANT_DIG -- mantissa digits */
  int mant_dig();

  /** DBL_EPSILON -- Difference between 1 and the next representable float */
  double epsilon();

  /** FLT_RADIX -- radix of exponent */
  int radix();

  /** FLT_ROUNDS -- rounding mode used for arithmetic operations */
  int rounds();
}
