package example.strict;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/** A version, ordered as a tuple; the level may be null. */
@StructSeq(name = "strict.version")
public interface Version extends StructSequence, Comparable<Version> {
  /** major */
  int major();

  /** minor */
  int minor();

  /** the release level, when there is one */
  @Nullable String level();

  /** the build tag */
  String tag();
}
