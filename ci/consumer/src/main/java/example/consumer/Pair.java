package example.consumer;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** Two values. */
@StructSeq
public interface Pair<A, B> extends StructSequence {
  /** the first value */
  A first();

  /** the second value */
  B second();

  /** A pair of the two values. */
  static <A, B> Pair<A, B> of(A first, B second) {
    return new PairRecord<>(first, second);
  }
}
