package example.consumer;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;

/** One reading of a sensor. */
@StructSeq(name = "consumer.reading")
public interface Reading extends StructSequence, Comparable<Reading> {
  /** the sensor's name */
  String sensor();

  /** the measured value */
  double value();

  /** when it was measured, in whole seconds since the epoch */
  @Unnamed(label = "when") long when_sec();

  /** the unit, if the sensor reports one */
  @Nullable String unit();

  /** a free-form note, outside the sequence */
  @Hidden @Nullable String note();
}
