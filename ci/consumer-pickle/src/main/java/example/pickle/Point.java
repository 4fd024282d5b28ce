package example.pickle;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** A user's struct sequence with a hidden field. */
@StructSeq(name = "geo.point")
public interface Point extends StructSequence {
  double x();

  double y();

  /** Where the point was measured. */
  @Hidden String source();
}
