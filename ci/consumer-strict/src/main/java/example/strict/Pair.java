package example.strict;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/** Two values of any types; the second may be null. */
@StructSeq
public interface Pair<A, B> extends StructSequence {
  /** the first value */
  A first();

  /** the second value */
  @Nullable B second();
}
