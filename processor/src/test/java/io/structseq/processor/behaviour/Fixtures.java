package io.structseq.processor.behaviour;

import io.structseq.processor.samples.FiveRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import io.structseq.processor.samples.VersionRecord;
import java.util.Arrays;
import java.util.List;

/** Sample instances shared by the behaviour tests, with the values CPython would show. */
final class Fixtures {
  private Fixtures() {}

  /** 2024-01-01 12:30:45 UTC, a Monday: tm_mon, tm_mday and tm_yday are all 1. */
  static TimeLikeRecord time() {
    return new TimeLikeRecord(2024, 1, 1, 12, 30, 45, 0, 1, 0, "UTC", 0);
  }

  /** The visible values of {@link #time()}, as CPython's tuple(time.gmtime(...)) holds them. */
  static List<Object> timeValues() {
    return List.of(2024, 1, 1, 12, 30, 45, 0, 1, 0);
  }

  /** A regular file's stat: st_blocks is known, st_blksize too. */
  static StatLikeRecord stat() {
    return new StatLikeRecord(
        33188, 1234567L, 2049L, 1L, 1000L, 1000L, 4096L,
        1700000000L, 1700000001L, 1700000002L,
        1700000000.25, 1700000001.5, 1700000002.75,
        1700000000250000000L, 1700000001500000000L, 1700000002750000000L,
        4096L, 8L, 0L);
  }

  /** The visible values of {@link #stat()}: an Integer for the int field, Longs for the rest. */
  static List<Object> statValues() {
    return List.of(33188, 1234567L, 2049L, 1L, 1000L, 1000L, 4096L,
        1700000000L, 1700000001L, 1700000002L);
  }

  /** All nineteen values of {@link #stat()} in canonical order. */
  static List<Object> statAllValues() {
    return Arrays.asList(
        33188, 1234567L, 2049L, 1L, 1000L, 1000L, 4096L,
        1700000000L, 1700000001L, 1700000002L,
        1700000000.25, 1700000001.5, 1700000002.75,
        1700000000250000000L, 1700000001500000000L, 1700000002750000000L,
        4096L, 8L, 0L);
  }

  static FiveRecord five() {
    return new FiveRecord(3, 0.5, "three", true, List.of("a", "b"));
  }

  static VersionRecord version(int major, int minor, int micro, String level, int serial) {
    return new VersionRecord(major, minor, micro, level, serial);
  }
}
