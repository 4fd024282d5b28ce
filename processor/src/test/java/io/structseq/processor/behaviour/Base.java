package io.structseq.processor.behaviour;

import io.structseq.StructSequence;

/** Not a struct sequence itself: its fields come first in every @StructSeq that extends it. */
public interface Base extends StructSequence {
  /** the identifier */
  int id();
}
