package io.structseq.processor.behaviour;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;

/** Two index-only values without labels: no name reaches them. */
@StructSeq(name = "test.all_unnamed")
public interface AllUnnamed extends StructSequence {
  @Unnamed int left();

  @Unnamed int right();
}
