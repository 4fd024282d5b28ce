package io.structseq.processor.samples;

import io.structseq.Check;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** A range whose check runs in the canonical constructor. */
@StructSeq(name = "bounded")
public interface Bounded extends StructSequence {
  /** the low bound */
  int low();

  /** the high bound */
  int high();

  /** the unit */
  String unit();

  /** Rejects a low bound above the high one. */
  @Check
  default void ordered() {
    if (low() > high()) {
      throw new IllegalArgumentException("low > high");
    }
  }
}
