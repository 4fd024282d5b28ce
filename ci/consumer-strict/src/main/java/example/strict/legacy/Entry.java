package example.strict.legacy;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** A key and, maybe, a value. */
@StructSeq(name = "strict.entry")
public interface Entry extends StructSequence {
  /** the key */
  String key();

  /** the value, when there is one */
  @Nullable String value();
}
