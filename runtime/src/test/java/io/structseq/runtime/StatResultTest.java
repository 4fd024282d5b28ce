package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.PyRepr;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape of {@code os.stat_result} as declared by {@link StatResult}: CPython's on Linux. */
class StatResultTest {
  private static final StructType<StatResultRecord> TYPE = StatResultRecord.TYPE;

  @Test
  void countsAndOrderAreCPythons() {
    assertEquals("os.stat_result", TYPE.name());
    assertEquals(10, TYPE.sequenceSize());
    assertEquals(19, TYPE.fieldCount());
    assertEquals(3, TYPE.unnamedCount());
    assertEquals(List.of("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime_sec", "st_mtime_sec", "st_ctime_sec",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
            "st_blksize", "st_blocks", "st_rdev"),
        TYPE.fields().stream().map(StructField::name).toList());
  }

  @Test
  void docsAreCPythons() {
    List<String> named = new ArrayList<>();
    Map<String, String> unnamed = new LinkedHashMap<>();
    for (StructField f : TYPE.fields()) {
      if (f.isUnnamed()) {
        unnamed.put(f.name(), f.doc());
      } else {
        named.add(f.name());
      }
    }
    List<String> cpython = PythonNss.docs("os.stat_result", named);
    assertEquals(cpython.get(0), PyRepr.reprString(TYPE.doc()), "os.stat_result's docstring");
    assertEquals(cpython.subList(1, cpython.size()), named.stream()
        .map(n -> n + "\t" + PyRepr.reprString(TYPE.field(n).orElseThrow().doc())).toList());
    // The integer times are unnamed in CPython: no attribute reaches their docstrings, which
    // posixmodule.c's stat_result_fields holds; these are its words.
    assertEquals(Map.of("st_atime_sec", "integer time of last access",
        "st_mtime_sec", "integer time of last modification",
        "st_ctime_sec", "integer time of last change"), unnamed);
  }

  @Test
  void kindsAndNullability() {
    for (StructField f : TYPE.fields()) {
      assertEquals(f.index() >= 10, f.isHidden(), f.name());
      assertEquals(f.index() >= 7 && f.index() < 10, f.isUnnamed(), f.name());
      assertEquals(f.name().equals("st_blksize") || f.name().equals("st_blocks"), f.isNullable(), f.name());
    }
    assertEquals(int.class, TYPE.fields().get(0).type());
    assertEquals(double.class, TYPE.field("st_atime").orElseThrow().type());
    assertEquals(Long.class, TYPE.field("st_blocks").orElseThrow().type());
    assertFalse(TYPE.field("st_atime_sec").isPresent(), "unnamed fields have no name");
  }

  @Test
  void reprUsesTheLabelsOfTheUnnamedTimes() {
    StatResult r = OsBackend.result(0100644, 42, 2049, 1, 1000, 1000, 13,
        1_700_000_000L, 500_000_000, 1_600_000_000L, 0, -1L, 999_999_999, 4096L, 8L, 0);
    assertEquals("os.stat_result(st_mode=33188, st_ino=42, st_dev=2049, st_nlink=1, st_uid=1000, "
        + "st_gid=1000, st_size=13, st_atime=1700000000, st_mtime=1600000000, st_ctime=-1)", r.toString());
    assertEquals(1_700_000_000.5, r.st_atime());
    assertEquals(-1 + 999_999_999 * 1e-9, r.st_ctime());
    assertEquals(BigInteger.valueOf(-1), r.st_ctime_ns());
    assertEquals(BigInteger.valueOf(1_700_000_000_500_000_000L), r.get("st_atime_ns"));
    assertEquals(List.of(0100644, 42L, 2049L, 1L, 1000L, 1000L, 13L, 1_700_000_000L, 1_600_000_000L, -1L), r);
  }

  @Test
  void nanosecondTimesAreExactForEveryTimeT() {
    long fast = OsBackend.FAST_SECONDS;
    for (long sec : new long[] {0, -1, 1, fast, fast + 1, -fast, -fast - 1, 9_223_372_036L, -9_223_372_037L,
        Long.MAX_VALUE, Long.MIN_VALUE}) {
      for (long nsec : new long[] {0, 1, 854_775_807, 854_775_808, 999_999_999}) {
        // sec + nsec / 10**9 in decimal, moved nine places: another route to the same integer.
        BigInteger expected = new BigDecimal(sec).add(BigDecimal.valueOf(nsec, 9)).movePointRight(9)
            .toBigIntegerExact();
        assertEquals(expected, OsBackend.nanoseconds(sec, nsec), sec + " s, " + nsec + " ns");
      }
    }
  }

  @Test
  void farTimesKeepCPythonsFloatAndExactNanoseconds() {
    StatResult r = OsBackend.result(0100644, 1, 1, 1, 0, 0, 0,
        Long.MAX_VALUE, 999_999_999, Long.MIN_VALUE, 1, 10_000_000_000L, 5, null, null, 0);
    assertEquals(new BigInteger("9223372036854775807999999999"), r.st_atime_ns());
    assertEquals(new BigInteger("-9223372036854775807999999999"), r.st_mtime_ns());
    assertEquals(new BigInteger("10000000000000000005"), r.st_ctime_ns());
    assertEquals(9.223372036854776e18, r.st_atime());
    assertEquals(-9.223372036854776e18, r.st_mtime());
    assertEquals(Long.MAX_VALUE, r.st_atime_sec());
    assertThrows(DateTimeException.class, r::atimeInstant);
    assertEquals(Instant.ofEpochSecond(10_000_000_000L, 5), r.ctimeInstant());
    assertEquals(Instant.ofEpochSecond(-1, 999_999_999),
        OsBackend.result(0, 0, 0, 0, 0, 0, 0, -1, 999_999_999, 0, 0, 0, 0, null, null, 0).atimeInstant());
  }

  @Test
  void equalTimesShareOneBigInteger() {
    StatResult r = OsBackend.result(0, 0, 0, 0, 0, 0, 0, 5, 1, 7, 2, 7, 2, null, null, 0);
    assertSame(r.st_mtime_ns(), r.st_ctime_ns());
    assertEquals(BigInteger.valueOf(5_000_000_001L), r.st_atime_ns());
    StatResult same = OsBackend.result(0, 0, 0, 0, 0, 0, 0, 5, 1, 7, 2, 5, 1, null, null, 0);
    assertSame(same.st_atime_ns(), same.st_ctime_ns());
    assertEquals(BigInteger.valueOf(7_000_000_002L), same.st_mtime_ns());
  }

  @Test
  void fromSequenceConvertsIntegersExactlyIntoTheNanosecondTimes() {
    StatResult read = OsBackend.result(0100644, 1, 2, 1, 0, 0, 5, 1, 0, 2, 0, 10_000_000_000L, 0, null, null, 0);
    Map<String, Object> hidden = new HashMap<>();
    hidden.put("st_atime", 1);
    hidden.put("st_mtime", 2.0);
    hidden.put("st_ctime", 10_000_000_000L);
    hidden.put("st_atime_ns", 1_000_000_000); // an Integer
    hidden.put("st_mtime_ns", 2_000_000_000L); // a Long
    hidden.put("st_ctime_ns", new BigInteger("10000000000000000000"));
    hidden.put("st_blksize", null);
    hidden.put("st_blocks", null);
    hidden.put("st_rdev", 0);
    StatResultRecord built = TYPE.fromSequence(List.of(0100644, 1, 2, 1, 0, 0, 5, 1, 2, 10_000_000_000L), hidden);
    assertEquals(read, built);
    assertEquals(read.asMap(), built.asMap());
    assertEquals(BigInteger.valueOf(1_000_000_000), built.st_atime_ns());
    // Python's 1000000000 == st.st_atime_ns: numbers compare by value, whatever their class.
    assertEquals(0, StructSequence.compare(List.of(built.st_atime_ns()), List.of(1_000_000_000)));
    assertTrue(StructSequence.compare(List.of(built.st_ctime_ns()), List.of(Long.MAX_VALUE)) > 0);
    hidden.put("st_atime_ns", 0.5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TYPE.fromSequence(List.of(0100644, 1, 2, 1, 0, 0, 5, 1, 2, 3), hidden));
    assertTrue(e.getMessage().contains("os.stat_result.st_atime_ns"), e.getMessage());
  }

  @Test
  void nioResultsHaveNullBlockFields() {
    StatResult r = OsBackend.result(0100644, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0);
    assertNull(r.st_blksize());
    assertNull(r.get("st_blocks"));
    assertTrue(r.asMap().containsKey("st_blksize"));
  }

  @Test
  void uidIsUnsignedExceptMinusOne() {
    assertEquals(4_294_967_294L, OsBackend.uid(-2));
    assertEquals(-1L, OsBackend.uid(-1));
    assertEquals(65_534L, OsBackend.uid(65_534));
  }

  @Test
  void fromSequenceUsesCPythonsBounds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TYPE.fromSequence(List.of(1, 2, 3)));
    assertEquals("os.stat_result() takes an at least 10-sequence (3-sequence given)", e.getMessage());
  }

  @Test
  void replaceIsUnsupportedBecauseOfTheUnnamedTimes() {
    StatResultRecord r = (StatResultRecord) OsBackend.result(
        0100644, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0);
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> r.replace(Map.of("st_size", 1L)));
    assertEquals("replace() is not supported for os.stat_result because it has unnamed field(s)",
        e.getMessage());
  }
}
