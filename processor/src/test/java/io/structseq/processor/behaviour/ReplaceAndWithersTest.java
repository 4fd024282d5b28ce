package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.five;
import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.processor.samples.FiveRecord;
import io.structseq.processor.samples.Five_InnerRecord;
import io.structseq.processor.samples.PairRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code replace(Map)} (CPython 3.13's {@code __replace__}), withers, and constructor null checks. */
class ReplaceAndWithersTest {

  // ---- replace --------------------------------------------------------------------------------

  @Test
  void replaceChangesVisibleAndHiddenFields() {
    TimeLikeRecord t = time();
    TimeLikeRecord r = t.replace(Map.of("tm_year", 1999, "tm_zone", "CET", "tm_gmtoff", 3600));
    assertEquals(1999, r.tm_year());
    assertEquals("CET", r.tm_zone());
    assertEquals(3600, r.tm_gmtoff());
    assertEquals(t.tm_sec(), r.tm_sec());
    assertEquals(List.of(1999, 1, 1, 12, 30, 45, 0, 1, 0), r);
    // The original is unchanged.
    assertEquals(Fixtures.time().asMap(), t.asMap());
  }

  @Test
  void replaceWithNoChangesIsAnEqualCopy() {
    TimeLikeRecord t = time();
    TimeLikeRecord r = t.replace(Map.of());
    assertEquals(t.asMap(), r.asMap());
    assertEquals(t, r);
  }

  @Test
  void replaceConvertsNumbers() {
    FiveRecord f = five().replace(Map.of("ratio", 2, "count", 7L));
    assertEquals(2.0, f.ratio());
    assertEquals(7, f.count());
    TimeLikeRecord t = time().replace(Map.of("tm_gmtoff", 3600L, "tm_year", 1999.0));
    assertEquals(3600, t.tm_gmtoff());
    assertEquals(1999, t.tm_year());
  }

  @Test
  void replaceChecksValues() {
    IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
        () -> time().replace(Map.of("tm_sec", 2.5)));
    assertTrue(fraction.getMessage().contains("tm_sec"), fraction.getMessage());
    IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
        () -> five().replace(Map.of("label", 3)));
    assertTrue(wrongType.getMessage().contains("label"), wrongType.getMessage());
    assertTrue(wrongType.getMessage().contains("String"), wrongType.getMessage());
    Map<String, Object> nullZone = new HashMap<>();
    nullZone.put("tm_zone", null);
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> time().replace(nullZone));
    assertEquals("time.struct_time.tm_zone is null", npe.getMessage());
    Map<String, Object> nullTags = new HashMap<>();
    nullTags.put("tags", null);
    assertNull(five().replace(nullTags).tags());
  }

  @Test
  void replaceRejectsUnknownNamesListingThemInOrder() {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("a", 1);
    changes.put("tm_year", 1999);
    changes.put("b", 2);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> time().replace(changes));
    assertEquals("Got unexpected field name(s): [a, b]", e.getMessage());
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> five().replace(Map.of("size", 1)));
    assertEquals("Got unexpected field name(s): [size]", one.getMessage());
  }

  @Test
  void replaceIsUnsupportedWithUnnamedFields() {
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> stat().replace(Map.of("st_mode", 0)));
    assertEquals("replace() is not supported for os.stat_result because it has unnamed field(s)",
        e.getMessage());
    // Even with nothing to change, as CPython 3.13's __replace__.
    assertThrows(UnsupportedOperationException.class, () -> stat().replace(Map.of()));
    UnsupportedOperationException mixed = assertThrows(UnsupportedOperationException.class,
        () -> new MixedRecord(1, 2L, "c", 0.5).replace(Map.of("a", 3)));
    assertEquals("replace() is not supported for test.mixed because it has unnamed field(s)",
        mixed.getMessage());
  }

  @Test
  void replaceOnAGenericRecord() {
    PairRecord<String, Integer> p = new PairRecord<>("a", 1);
    PairRecord<String, Integer> r = p.replace(Map.of("second", 2));
    assertEquals(List.of("a", 2), r);
    assertEquals(List.of("a", 1), p);
  }

  // ---- withers --------------------------------------------------------------------------------

  @Test
  void withersReturnNewInstancesAndLeaveTheOriginal() {
    TimeLikeRecord t = time();
    TimeLikeRecord y = t.withTm_year(1999);
    assertNotSame(t, y);
    assertEquals(1999, y.tm_year());
    assertEquals(2024, t.tm_year());
    assertEquals("UTC", y.tm_zone());
    TimeLikeRecord z = t.withTm_zone("JST").withTm_gmtoff(32400);
    assertEquals("JST", z.tm_zone());
    assertEquals(32400, z.tm_gmtoff());
    assertEquals("UTC", t.tm_zone());
    assertEquals(t, z);
  }

  @Test
  void withersForEveryKindOfField() {
    StatLikeRecord s = stat();
    StatLikeRecord changed = s.withSt_atime_sec(5L).withSt_atime(5.5).withSt_blocks(null);
    assertEquals(5L, changed.st_atime_sec());
    assertEquals(5L, changed.get(7));
    assertEquals(5.5, changed.st_atime());
    assertNull(changed.st_blocks());
    assertEquals(1700000000L, s.st_atime_sec());
    assertEquals(8L, s.st_blocks());
    FiveRecord f = five().withTags(null).withEnabled(false).withCount(0);
    assertEquals(Arrays.asList(0, 0.5, "three", false, null), f);
  }

  @Test
  void witherChecksNullsAsTheConstructor() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> time().withTm_zone(null));
    assertEquals("time.struct_time.tm_zone is null", e.getMessage());
    assertThrows(NullPointerException.class, () -> five().withLabel(null));
  }

  // ---- canonical constructor null checks ------------------------------------------------------

  @Test
  void constructorRejectsNullForNonNullReferenceFields() {
    assertEquals("time.struct_time.tm_zone is null", assertThrows(NullPointerException.class,
        () -> new TimeLikeRecord(2024, 1, 1, 0, 0, 0, 0, 1, 0, null, 0)).getMessage());
    assertEquals("Five.label is null", assertThrows(NullPointerException.class,
        () -> new FiveRecord(1, 0.5, null, true, null)).getMessage());
    assertEquals("Pair.first is null", assertThrows(NullPointerException.class,
        () -> new PairRecord<>(null, 1)).getMessage());
    assertEquals("Pair.second is null", assertThrows(NullPointerException.class,
        () -> new PairRecord<String, Integer>("a", null)).getMessage());
    assertEquals("test.derived.name is null", assertThrows(NullPointerException.class,
        () -> new DerivedRecord(1, null, null, null)).getMessage());
    assertEquals("test.ranked.note is null", assertThrows(NullPointerException.class,
        () -> new RankedRecord(1, "a", null)).getMessage());
  }

  @Test
  void constructorAcceptsNullForNullableFields() {
    assertNull(new FiveRecord(1, 0.5, "x", true, null).tags());
    assertNull(stat().withSt_blksize(null).st_blksize());
    DerivedRecord d = new DerivedRecord(1, "one", null, null);
    assertNull(d.nickname());
    assertNull(d.note());
    assertNull(new Five_InnerRecord('a', 1f, null).payload());
    MeasuredRecord m = new MeasuredRecord("m", 1, null, (byte) 0, (short) 0, 0f, null, null);
    assertNull(m.extra());
  }
}
