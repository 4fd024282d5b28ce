package io.structseq.processor.behaviour;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;

/** A named, an unlabelled unnamed, a named visible field, and a hidden one. */
@StructSeq(name = "test.mixed")
public interface Mixed extends StructSequence {
  /** the first value */
  int a();

  /** an index-only value without a label */
  @Unnamed long secret();

  /** the third value */
  String c();

  /** a name-only value */
  @Hidden double h();
}
