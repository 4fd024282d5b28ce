package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * times_result: Result from os.times().
 *
 * This object may be accessed either as a tuple of
 *   (user, system, children_user, children_system, elapsed),
 * or via the attributes user, system, children_user, children_system,
 * and elapsed.
 *
 * See os.times for more information.
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Os.times, every value in seconds.
@StructSeq(name = "posix.times_result")
public interface TimesResult extends StructSequence {
  /** user time */
  double user();

  /** system time */
  double system();

  /** user time of children */
  double children_user();

  /** system time of children */
  double children_system();

  /** elapsed time since an arbitrary point in the past */
  double elapsed();
}
