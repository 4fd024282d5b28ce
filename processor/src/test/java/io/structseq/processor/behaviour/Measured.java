package io.structseq.processor.behaviour;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import java.math.BigDecimal;
import java.math.BigInteger;

/** One visible value and hidden fields of many numeric kinds, for missing values and conversions. */
@StructSeq(name = "test.measured")
public interface Measured extends StructSequence {
  String unit();

  @Hidden int scale();

  @Hidden @Nullable Integer extra();

  @Hidden byte tiny();

  @Hidden short small();

  @Hidden float approx();

  @Hidden @Nullable BigInteger big();

  @Hidden @Nullable BigDecimal exact();
}
