package io.structseq.processor.samples;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import java.util.List;

/** Five visible fields of mixed types. */
@StructSeq
public interface Five extends StructSequence {
  int count();
  double ratio();
  String label();
  boolean enabled();
  @Nullable List<String> tags();

  /** Nested in an interface: named Five_InnerRecord. */
  @StructSeq(name = "five.inner")
  interface Inner extends StructSequence {
    char letter();
    float weight();
    @Nullable Object payload();
  }
}
