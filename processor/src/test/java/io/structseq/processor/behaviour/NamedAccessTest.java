package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.five;
import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.processor.samples.StatLikeRecord;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code get(String)} and {@code asMap()}: every named field, visible or hidden, none unnamed. */
class NamedAccessTest {

  @Test
  void getByNameReturnsVisibleFields() {
    StatLikeRecord s = stat();
    assertEquals(33188, s.get("st_mode"));
    assertEquals(1234567L, s.get("st_ino"));
    assertEquals(4096L, s.get("st_size"));
    assertEquals(2024, time().get("tm_year"));
    assertEquals(45, time().get("tm_sec"));
    assertEquals("three", five().get("label"));
    assertEquals(true, five().get("enabled"));
    assertEquals(0.5, five().get("ratio"));
  }

  @Test
  void getByNameReturnsHiddenFields() {
    StatLikeRecord s = stat();
    assertEquals(1700000000.25, s.get("st_atime"));
    assertEquals(1700000002750000000L, s.get("st_ctime_ns"));
    assertEquals(4096L, s.get("st_blksize"));
    assertEquals(0L, s.get("st_rdev"));
    assertNull(s.withSt_blocks(null).get("st_blocks"));
    assertEquals("UTC", time().get("tm_zone"));
    assertEquals(0, time().get("tm_gmtoff"));
  }

  @Test
  void getByNameAgreesWithTheAccessorForEveryNamedField() {
    StatLikeRecord s = stat();
    for (var field : StatLikeRecord.TYPE.fields()) {
      if (!field.isUnnamed()) {
        assertEquals(s.asMap().get(field.name()), s.get(field.name()), field.name());
      }
    }
    assertEquals(s.st_atime(), s.get("st_atime"));
    assertEquals(s.st_mtime_ns(), s.get("st_mtime_ns"));
  }

  @Test
  void unknownNameThrowsWithCPythonsWords() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> stat().get("st_foo"));
    assertEquals("os.stat_result has no field 'st_foo'", e.getMessage());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> time().get(""));
    assertEquals("time.struct_time has no field ''", empty.getMessage());
    // Names are case-sensitive, and methods that are not fields are not names.
    assertThrows(IllegalArgumentException.class, () -> time().get("TM_YEAR"));
    assertThrows(IllegalArgumentException.class, () -> time().get("isLeapYear"));
    assertThrows(IllegalArgumentException.class, () -> five().get("size"));
  }

  @Test
  void unnamedAccessorNameIsNotAFieldName() {
    StatLikeRecord s = stat();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> s.get("st_atime_sec"));
    assertEquals("os.stat_result has no field 'st_atime_sec'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.get("st_mtime_sec"));
    assertThrows(IllegalArgumentException.class, () -> s.get("st_ctime_sec"));
    // The label st_atime is the name of the hidden float field, as in CPython.
    assertEquals(1700000000.25, s.get("st_atime"));
    assertEquals(1700000000L, s.st_atime_sec());
  }

  @Test
  void unlabelledUnnamedFieldsHaveNoName() {
    MixedRecord m = new MixedRecord(1, 2L, "x", 0.5);
    assertThrows(IllegalArgumentException.class, () -> m.get("secret"));
    assertThrows(IllegalArgumentException.class, () -> m.get("unnamed@1"));
    assertEquals(1, m.get("a"));
    assertEquals(0.5, m.get("h"));
    AllUnnamedRecord u = new AllUnnamedRecord(1, 2);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> u.get("left"));
    assertEquals("test.all_unnamed has no field 'left'", e.getMessage());
  }

  @Test
  void inheritedFieldsAreNamed() {
    DerivedRecord d = new DerivedRecord(7, "seven", null, "note");
    assertEquals(7, d.get("id"));
    assertEquals("seven", d.get("name"));
    assertNull(d.get("nickname"));
    assertEquals("note", d.get("note"));
    assertThrows(IllegalArgumentException.class, () -> d.get("display"));
  }

  // ---- asMap -------------------------------------------------------------------------------------

  @Test
  void asMapHoldsNamedFieldsInCanonicalOrder() {
    Map<String, Object> map = stat().asMap();
    assertEquals(
        List.of("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
            "st_blksize", "st_blocks", "st_rdev"),
        new ArrayList<>(map.keySet()));
    assertEquals(16, map.size());
    assertEquals(
        List.of(33188, 1234567L, 2049L, 1L, 1000L, 1000L, 4096L,
            1700000000.25, 1700000001.5, 1700000002.75,
            1700000000250000000L, 1700000001500000000L, 1700000002750000000L, 4096L, 8L, 0L),
        new ArrayList<>(map.values()));
  }

  @Test
  void asMapExcludesUnnamedFields() {
    Map<String, Object> map = stat().asMap();
    assertFalse(map.containsKey("st_atime_sec"));
    assertNull(map.get("st_atime_sec"));
    assertFalse(map.containsValue(1700000000L));
    assertTrue(new AllUnnamedRecord(1, 2).asMap().isEmpty());
    assertEquals(List.of("a", "c", "h"),
        new ArrayList<>(new MixedRecord(1, 2L, "x", 0.5).asMap().keySet()));
  }

  @Test
  void asMapKeepsNulls() {
    Map<String, Object> map = stat().withSt_blksize(null).withSt_blocks(null).asMap();
    assertEquals(16, map.size());
    assertTrue(map.containsKey("st_blksize"));
    assertNull(map.get("st_blksize"));
    assertTrue(map.containsValue(null));
    assertTrue(map.entrySet().contains(new AbstractMap.SimpleEntry<>("st_blocks", null)));
  }

  @Test
  void asMapFollowsTheMapContract() {
    Map<String, Object> expected = new HashMap<>();
    expected.put("tm_year", 2024);
    expected.put("tm_mon", 1);
    expected.put("tm_mday", 1);
    expected.put("tm_hour", 12);
    expected.put("tm_min", 30);
    expected.put("tm_sec", 45);
    expected.put("tm_wday", 0);
    expected.put("tm_yday", 1);
    expected.put("tm_isdst", 0);
    expected.put("tm_zone", "UTC");
    expected.put("tm_gmtoff", 0);
    Map<String, Object> map = time().asMap();
    assertEquals(expected, map);
    assertEquals(map, expected);
    assertEquals(expected.hashCode(), map.hashCode());
    assertEquals(map, time().asMap());
  }

  @Test
  void asMapIsUnmodifiable() {
    Map<String, Object> map = time().asMap();
    assertThrows(UnsupportedOperationException.class, () -> map.put("tm_year", 1999));
    assertThrows(UnsupportedOperationException.class, () -> map.put("new", 1));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("tm_zone"));
    assertThrows(UnsupportedOperationException.class, map::clear);
    assertThrows(UnsupportedOperationException.class, () -> map.putAll(Map.of()));
    assertThrows(UnsupportedOperationException.class,
        () -> map.entrySet().iterator().next().setValue(1999));
    assertThrows(UnsupportedOperationException.class, () -> map.keySet().remove("tm_year"));
    assertThrows(UnsupportedOperationException.class, () -> map.values().clear());
    assertEquals(2024, time().get("tm_year"));
  }

  @Test
  void asMapOfEveryStructSequenceAgreesWithGetByName() {
    List<StructSequence> all = List.of(stat(), time(), five(),
        new DerivedRecord(1, "one", "uno", null), new MixedRecord(1, 2L, "x", 0.5));
    for (StructSequence s : all) {
      for (Map.Entry<String, Object> e : s.asMap().entrySet()) {
        assertEquals(e.getValue(), s.get(e.getKey()), s.structType().name() + "." + e.getKey());
      }
    }
  }
}
