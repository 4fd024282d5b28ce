package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * A tuple of (columns, lines) for holding terminal window size
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Os.getTerminalSize.
@StructSeq(name = "os.terminal_size")
public interface TerminalSize extends StructSequence {
  /** width of the terminal window in characters */
  int columns();

  /** height of the terminal window in characters */
  int lines();
}
