package example.kotlin.records;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/** A sensor reading: the user's own struct sequence, used from Kotlin. */
@StructSeq(name = "example.reading")
public interface Reading extends StructSequence {
  /** sensor name */
  String sensor();

  /** value in the unit */
  double value();

  /** unit, or null when the sensor reports none */
  @Nullable String unit();

  /** free-form note */
  @Hidden
  @Nullable String note();
}
