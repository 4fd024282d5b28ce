package io.structseq.processor.samples;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** Two values. */
@StructSeq
public interface Pair<A, B extends Comparable<B>> extends StructSequence {
  /** the first value */
  A first();
  /** the second value */
  B second();

  static <A, B extends Comparable<B>> Pair<A, B> of(A first, B second) {
    return new PairRecord<>(first, second);
  }
}
