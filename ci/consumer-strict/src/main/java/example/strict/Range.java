package example.strict;

import io.structseq.Check;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** A range that checks its bounds. */
@StructSeq(name = "strict.range")
public interface Range extends StructSequence {
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
      throw new IllegalArgumentException("low > high: " + low() + " > " + high());
    }
  }
}
