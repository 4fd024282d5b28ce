package io.structseq.processor.behaviour;

import io.structseq.Check;
import io.structseq.StructSequence;

/** Not a struct sequence itself: its field and its check come first in {@link Span}. */
public interface Bounded extends StructSequence {
  /** the low end */
  int low();

  @Check
  default void lowIsNotNegative() {
    CheckLog.called("lowIsNotNegative", this);
    if (low() < 0) {
      throw new IllegalArgumentException("low is negative: " + low());
    }
  }
}
