package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/**
 * sys.thread_info
 *
 * A named tuple holding information about the thread implementation.
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Sys.threadInfo, the values CPython reports on the same machine.
@StructSeq(name = "sys.thread_info")
public interface ThreadInfo extends StructSequence {
  /** name of the thread implementation */
  String name();

  /** name of the lock implementation */
  String lock();

  /** name and version of the thread library */
  @Nullable
  String version();
}
