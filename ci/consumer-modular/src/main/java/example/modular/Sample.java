package example.modular;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** A struct sequence declared in a named module. */
@StructSeq(name = "modular.sample")
public interface Sample extends StructSequence {
  /** a name */
  String name();

  /** a count */
  int count();

  /** outside the sequence */
  @Hidden long stamp();
}
