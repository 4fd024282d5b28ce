package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.time;
import static io.structseq.processor.behaviour.Fixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.processor.samples.Version;
import io.structseq.processor.samples.VersionRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code compareTo} of a {@code Comparable<Self>} struct sequence, and
 * {@code StructSequence.compare}: Python's tuple order ({@code test_structseq.test_cmp}).
 */
class ComparableTest {

  @Test
  void compareToIsTupleOrder() {
    VersionRecord v = version(3, 11, 7, "final", 0);
    assertTrue(v.compareTo(version(3, 11, 7, "final", 0)) == 0);
    assertTrue(v.compareTo(version(3, 12, 0, "alpha", 1)) < 0);
    assertTrue(v.compareTo(version(3, 11, 6, "final", 9)) > 0);
    assertTrue(v.compareTo(version(2, 99, 99, "final", 0)) > 0);
    assertTrue(v.compareTo(version(3, 11, 7, "final", 1)) < 0);
    // Strings compare as strings: 'alpha' < 'beta' < 'candidate' < 'final', as in Python.
    assertTrue(version(3, 13, 0, "beta", 5).compareTo(version(3, 13, 0, "candidate", 1)) < 0);
    // Numbers compare by value, not as text: 10 > 9.
    assertTrue(version(3, 10, 0, "final", 0).compareTo(version(3, 9, 0, "final", 0)) > 0);
    assertTrue(version(-1, 0, 0, "final", 0).compareTo(version(0, 0, 0, "final", 0)) < 0);
  }

  @Test
  void sortingFollowsTupleOrder() {
    List<VersionRecord> versions = new ArrayList<>(List.of(
        version(3, 12, 0, "final", 0), version(3, 9, 18, "final", 0),
        version(3, 13, 0, "beta", 2), version(3, 13, 0, "alpha", 7), version(2, 7, 18, "final", 0)));
    Collections.sort(versions);
    assertEquals(List.of(
        version(2, 7, 18, "final", 0), version(3, 9, 18, "final", 0), version(3, 12, 0, "final", 0),
        version(3, 13, 0, "alpha", 7), version(3, 13, 0, "beta", 2)), versions);
  }

  @Test
  void compareToIsConsistentWithEquals() {
    List<VersionRecord> all = List.of(version(3, 11, 7, "final", 0), version(3, 11, 7, "final", 0),
        version(3, 11, 7, "final", 1), version(3, 11, 7, "beta", 0), version(4, 0, 0, "final", 0));
    for (VersionRecord a : all) {
      for (VersionRecord b : all) {
        assertEquals(a.equals(b), a.compareTo(b) == 0, a + " vs " + b);
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(StructSequence.compare(a, b)));
      }
    }
  }

  @Test
  void compareToAcceptsAnyImplementationOfTheInterface() {
    Version other = new Version() {
      private final List<Object> values = List.of(3, 11, 8, "final", 0);

      @Override public int major() { return 3; }
      @Override public int minor() { return 11; }
      @Override public int micro() { return 8; }
      @Override public String releaselevel() { return "final"; }
      @Override public int serial() { return 0; }
      @Override public int size() { return 5; }
      @Override public Object get(int index) { return values.get(index); }
      @Override public Object get(String name) { throw new IllegalArgumentException(name); }
      @Override public Map<String, Object> asMap() { return Map.of(); }
      @Override public StructType<?> structType() { return VersionRecord.TYPE; }
      @Override public int compareTo(Version o) { return -o.compareTo(this); }
    };
    assertTrue(version(3, 11, 7, "final", 0).compareTo(other) < 0);
    assertTrue(version(3, 11, 9, "final", 0).compareTo(other) > 0);
  }

  @Test
  void hiddenFieldsTakeNoPartInTheOrder() {
    RankedRecord a = new RankedRecord(1, "one", "first note");
    RankedRecord b = new RankedRecord(1, "one", "another note");
    assertEquals(0, a.compareTo(b));
    assertEquals(a, b);
    assertTrue(a.compareTo(new RankedRecord(2, "a", "first note")) < 0);
    assertTrue(a.compareTo(new RankedRecord(1, "two", "first note")) < 0);
    assertEquals(0, StructSequence.compare(time(), time().withTm_zone("X").withTm_gmtoff(1)));
  }

  // ---- StructSequence.compare -------------------------------------------------------------------

  @Test
  void compareWithATupleLikeList() {
    VersionRecord v = version(17, 0, 1, "final", 0);
    // sys.version_info >= (17, 0): a proper prefix is smaller.
    assertTrue(StructSequence.compare(v, List.of(17, 0)) > 0);
    assertTrue(StructSequence.compare(List.of(17, 0), v) < 0);
    assertTrue(StructSequence.compare(v, List.of(17, 1)) < 0);
    assertTrue(StructSequence.compare(v, List.of(16)) > 0);
    assertEquals(0, StructSequence.compare(v, List.of(17, 0, 1, "final", 0)));
    assertTrue(StructSequence.compare(v, List.of(17, 0, 1, "final", 0, 0)) < 0);
  }

  @Test
  void numbersCompareByValueAcrossTypes() {
    VersionRecord v = version(17, 0, 1, "final", 0);
    assertTrue(StructSequence.compare(v, List.of(17L, 0.5)) < 0);
    assertTrue(StructSequence.compare(v, List.of(16.9)) > 0);
    assertEquals(0, StructSequence.compare(List.of(1), List.of(1.0)));
    assertEquals(0, StructSequence.compare(List.of(1L, (short) 2, (byte) 3),
        List.of(BigInteger.ONE, new BigDecimal("2.00"), 3.0f)));
    assertTrue(StructSequence.compare(List.of(Long.MAX_VALUE),
        List.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))) < 0);
    // Exact, as Python compares int with float: 2^53 + 1 > 2.0^53.
    assertTrue(StructSequence.compare(List.of((1L << 53) + 1), List.of(0x1p53)) > 0);
    assertTrue(StructSequence.compare(List.of(Double.NEGATIVE_INFINITY), List.of(Long.MIN_VALUE)) < 0);
    assertTrue(StructSequence.compare(List.of(Double.POSITIVE_INFINITY), List.of(Long.MAX_VALUE)) > 0);
    assertEquals(0, StructSequence.compare(List.of(0.0), List.of(-0.0)));
  }

  @Test
  void theFirstUnequalPairDecides() {
    // (1, 'a') < (2, 5) in Python: the incomparable second pair is never compared.
    assertTrue(StructSequence.compare(List.of(1, "a"), List.of(2, 5)) < 0);
    Object same = new Object();
    assertTrue(StructSequence.compare(List.of(same, 1), List.of(same, 2)) < 0);
    assertTrue(StructSequence.compare(List.of("b"), List.of("a", "z")) > 0);
  }

  @Test
  void prefixes() {
    assertEquals(0, StructSequence.compare(List.of(), List.of()));
    assertTrue(StructSequence.compare(List.of(), List.of(0)) < 0);
    assertTrue(StructSequence.compare(List.of(1, 2), List.of(1, 2, 3)) < 0);
    assertTrue(StructSequence.compare(List.of(1, 2, 3), List.of(1, 2)) > 0);
    assertTrue(StructSequence.compare(time(), time().subList(0, 8)) > 0);
  }

  @Test
  void incomparablePairsNameBothClasses() {
    VersionRecord v = version(17, 0, 1, "final", 0);
    ClassCastException e = assertThrows(ClassCastException.class,
        () -> StructSequence.compare(v, List.of(17, 0, 1, 5)));
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
    ClassCastException objects = assertThrows(ClassCastException.class,
        () -> StructSequence.compare(List.of(new Object()), List.of(new Object())));
    assertTrue(objects.getMessage().contains("java.lang.Object"), objects.getMessage());
    ClassCastException mixed = assertThrows(ClassCastException.class,
        () -> StructSequence.compare(List.of(true), List.of(1)));
    assertTrue(mixed.getMessage().contains("java.lang.Boolean"), mixed.getMessage());
    assertTrue(mixed.getMessage().contains("java.lang.Integer"), mixed.getMessage());
  }

  @Test
  void nestedStructSequencesCompareAsTuples() {
    List<Object> a = Arrays.asList(version(3, 11, 0, "final", 0), 1);
    List<Object> b = Arrays.asList(version(3, 12, 0, "final", 0), 0);
    assertTrue(StructSequence.compare(a, b) < 0);
    assertNotEquals(a, b);
  }
}
