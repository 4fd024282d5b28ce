package io.structseq.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.structseq.processor.samples.Pair;
import io.structseq.processor.samples.PairRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import org.junit.jupiter.api.Test;

/** Builders of wide types: a setter per field, build() naming every missing required field. */
class BuilderTest {

  private static StatLikeRecord.Builder fullStat() {
    return StatLikeRecord.builder()
        .st_mode(0100644).st_ino(42).st_dev(2049).st_nlink(1).st_uid(1000).st_gid(100).st_size(4096)
        .st_atime_sec(1700000000).st_mtime_sec(1700000001).st_ctime_sec(1700000002)
        .st_atime(1700000000.25).st_mtime(1700000001.5).st_ctime(1700000002.75)
        .st_atime_ns(1700000000250000000L).st_mtime_ns(1700000001500000000L).st_ctime_ns(1700000002750000000L)
        .st_blksize(4096L).st_blocks(8L).st_rdev(0);
  }

  @Test
  void buildsTheSameRecordAsTheCanonicalConstructor() {
    StatLikeRecord built = fullStat().build();
    StatLikeRecord direct = new StatLikeRecord(0100644, 42, 2049, 1, 1000, 100, 4096,
        1700000000, 1700000001, 1700000002, 1700000000.25, 1700000001.5, 1700000002.75,
        1700000000250000000L, 1700000001500000000L, 1700000002750000000L, 4096L, 8L, 0);
    assertEquals(direct.asMap(), built.asMap());
    assertEquals(direct, built);
  }

  @Test
  void buildNamesEveryMissingRequiredFieldInOneMessage() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StatLikeRecord.builder().st_mode(1).st_size(3).st_atime(0.5).build());
    assertEquals("os.stat_result is missing required field(s): [st_ino, st_dev, st_nlink, st_uid, st_gid,"
        + " st_atime_sec, st_mtime_sec, st_ctime_sec, st_mtime, st_ctime, st_atime_ns, st_mtime_ns,"
        + " st_ctime_ns, st_rdev]", e.getMessage());
  }

  @Test
  void nullableFieldsAreOptionalAndPrimitivesZeroAreStillSet() {
    StatLikeRecord s = fullStat().st_blksize(null).st_blocks(null).st_rdev(0).build();
    assertNull(s.st_blksize());
    assertNull(s.st_blocks());
    assertEquals(0L, s.st_rdev());
  }

  @Test
  void nonNullReferenceLeftNullIsMissing() {
    TimeLikeRecord.Builder b = new TimeLikeRecord(2024, 1, 2, 3, 4, 5, 1, 2, 0, "UTC", 0).toBuilder()
        .tm_zone(null);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertEquals("time.struct_time is missing required field(s): [tm_zone]", e.getMessage());
  }

  @Test
  void toBuilderRoundTripsHiddenFieldsAndLeavesTheOriginalAlone() {
    StatLikeRecord original = fullStat().build();
    StatLikeRecord copy = original.toBuilder().build();
    assertNotSame(original, copy);
    assertEquals(original.asMap(), copy.asMap());
    StatLikeRecord changed = original.toBuilder().st_size(1).st_blocks(null).build();
    assertEquals(1L, changed.st_size());
    assertNull(changed.st_blocks());
    assertEquals(4096L, original.st_size());
    assertEquals(8L, original.st_blocks());
  }

  @Test
  void genericBuilderKeepsTypeArguments() {
    PairRecord<String, Integer> p = PairRecord.<String, Integer>builder().first("a").second(2).build();
    assertEquals(Pair.of("a", 2), p);
    String first = p.toBuilder().second(3).build().first();
    assertEquals("a", first);
  }
}
