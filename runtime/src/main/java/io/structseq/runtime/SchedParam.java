package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * Currently has only one field: sched_priority
 *
 *   sched_priority
 *     A scheduling parameter.
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Os.schedGetparam.
@StructSeq(name = "posix.sched_param")
public interface SchedParam extends StructSequence {
  /** the scheduling priority */
  int sched_priority();
}
