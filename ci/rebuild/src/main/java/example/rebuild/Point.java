package example.rebuild;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** A point; ci/rebuild-test.sh adds and removes fields between builds. */
@StructSeq(name = "rebuild.point")
public interface Point extends StructSequence {
  int x();

  int y();
}
