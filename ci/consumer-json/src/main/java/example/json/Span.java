package example.json;

import io.structseq.Check;
import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;

/** A span of a line: two visible ends, an unnamed length, a hidden unit and a check. */
@StructSeq(name = "example.span")
public interface Span extends StructSequence {
  /** where it starts */
  int start();
  /** where it ends */
  int end();
  /** its length, reachable by index only */
  @Unnamed(label = "length") long span_length();
  /** the unit of both ends */
  @Hidden String unit();

  /** The ends are in order. */
  @Check
  default void check() {
    if (end() < start()) {
      throw new IllegalArgumentException("end " + end() + " is before start " + start());
    }
  }
}
