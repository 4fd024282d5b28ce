package io.structseq.processor.behaviour;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** Comparable with a hidden field, which takes no part in the order. */
@StructSeq(name = "test.ranked")
public interface Ranked extends StructSequence, Comparable<Ranked> {
  int rank();

  String name();

  @Hidden String note();
}
