package io.structseq.processor.behaviour;

import io.structseq.Check;
import io.structseq.Hidden;
import io.structseq.StructSequence;

/** Span's second superinterface: a hidden field and a check on it. */
public interface Labelled extends StructSequence {
  /** the unit, lower case */
  @Hidden String unit();

  @Check
  default void unitIsLowerCase() {
    CheckLog.called("unitIsLowerCase", this);
    if (!unit().equals(unit().toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("unit is not lower case: " + unit());
    }
  }
}
