package io.structseq.processor.behaviour;

import io.structseq.Check;
import io.structseq.StructSeq;

/**
 * Checks from two superinterfaces and its own: the record calls lowIsNotNegative, unitIsLowerCase,
 * then ordered.
 */
@StructSeq(name = "test.span")
public interface Span extends Bounded, Labelled {
  /** the high end, not below the low one */
  int high();

  @Check
  default void ordered() {
    CheckLog.called("ordered", this);
    if (high() < low()) {
      throw new IllegalArgumentException("high " + high() + " is below low " + low());
    }
  }

  /** Not a check: the record never calls it. */
  default int width() {
    CheckLog.called("width", this);
    return high() - low();
  }
}
