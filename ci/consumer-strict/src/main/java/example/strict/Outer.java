package example.strict;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** Holds a nested struct sequence. */
public final class Outer {
  private Outer() {}

  /** A point, nested: its record is Outer_PointRecord. */
  @StructSeq(name = "strict.point")
  public interface Point extends StructSequence {
    /** x */
    int x();

    /** y */
    int y();
  }
}
