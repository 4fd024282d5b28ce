package io.structseq.processor.samples;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** Version information as named tuple. */
@StructSeq(name = "sys.version_info")
public interface Version extends StructSequence, Comparable<Version> {
  int major();
  int minor();
  int micro();
  String releaselevel();
  int serial();
}
