package io.structseq.benchmarks;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** The ten-field struct the access benchmarks measure: ints, longs, a String and a double, like a small stat result. */
@StructSeq(name = "bench.sample")
public interface Sample extends StructSequence {
  int mode();

  long ino();

  long dev();

  int nlink();

  int uid();

  int gid();

  long bytes();

  long mtime();

  String owner();

  double load();
}
