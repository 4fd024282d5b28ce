package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.statAllValues;
import static io.structseq.processor.behaviour.Fixtures.time;
import static io.structseq.processor.behaviour.Fixtures.timeValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.processor.samples.FiveRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code StructType.fromSequence}: CPython's {@code T(sequence, dict)}, its error messages
 * ({@code test_structseq.test_constructor}, {@code test_eviltuple}), and Java's type checks.
 */
class FromSequenceTest {

  private static List<Object> timeWith(Object... hidden) {
    List<Object> values = new ArrayList<>(timeValues());
    values.addAll(Arrays.asList(hidden));
    return values;
  }

  private static Map<String, Object> hiddenTime() {
    return Map.of("tm_zone", "UTC", "tm_gmtoff", 0);
  }

  private static void assertMessage(String expected, Class<? extends Throwable> type, Executable call) {
    assertEquals(expected, assertThrows(type, call).getMessage());
  }

  private static void assertMessageNames(Executable call, String... words) {
    String message = assertThrows(IllegalArgumentException.class, call).getMessage();
    for (String word : words) {
      assertTrue(message.contains(word), () -> "'" + word + "' not in: " + message);
    }
  }

  // ---- building -------------------------------------------------------------------------------

  @Test
  void everyFieldFromTheSequence() {
    TimeLikeRecord t = TimeLikeRecord.TYPE.fromSequence(timeWith("UTC", 0));
    assertEquals(time(), t);
    assertEquals(time().asMap(), t.asMap());
    StatLikeRecord s = StatLikeRecord.TYPE.fromSequence(statAllValues());
    assertEquals(stat().asMap(), s.asMap());
    assertEquals(stat(), s);
    assertEquals(1700000001L, s.st_mtime_sec());
  }

  @Test
  void hiddenFieldsFromTheDict() {
    TimeLikeRecord t = TimeLikeRecord.TYPE.fromSequence(timeValues(), Map.of("tm_zone", "CET",
        "tm_gmtoff", 3600));
    assertEquals("CET", t.tm_zone());
    assertEquals(3600, t.tm_gmtoff());
    assertEquals(timeValues(), t);
    // The sequence reaches tm_zone; the dict gives tm_gmtoff.
    TimeLikeRecord u = TimeLikeRecord.TYPE.fromSequence(timeWith("EST"), Map.of("tm_gmtoff", -18000));
    assertEquals("EST", u.tm_zone());
    assertEquals(-18000, u.tm_gmtoff());
  }

  @Test
  void hiddenFieldsNeitherInSequenceNorDictAreNull() {
    List<Object> sixteen = statAllValues().subList(0, 16);
    StatLikeRecord s = StatLikeRecord.TYPE.fromSequence(sixteen, Map.of("st_rdev", 7L));
    assertNull(s.st_blksize());
    assertNull(s.st_blocks());
    assertEquals(7L, s.st_rdev());
    DerivedRecord d = DerivedRecord.TYPE.fromSequence(List.of(1, "one", "uno"));
    assertNull(d.note());
  }

  @Test
  void fromAStructSequenceAsCPythonsTypeOfATuple() {
    TimeLikeRecord copy = TimeLikeRecord.TYPE.fromSequence(time(), hiddenTime());
    assertEquals(time().asMap(), copy.asMap());
    FiveRecord five = FiveRecord.TYPE.fromSequence(Fixtures.five());
    assertEquals(Fixtures.five(), five);
  }

  @Test
  void fromAnIterableThatIsNotACollection() {
    Iterable<Object> values = () -> timeWith("UTC", 0).iterator();
    assertEquals(time().asMap(), TimeLikeRecord.TYPE.fromSequence(values).asMap());
  }

  @Test
  void nullableFieldsAcceptNull() {
    FiveRecord f = FiveRecord.TYPE.fromSequence(Arrays.asList(1, 0.5, "x", true, null));
    assertNull(f.tags());
    StatLikeRecord s = StatLikeRecord.TYPE.fromSequence(
        statAllValues().subList(0, 16), nullValues("st_blksize", "st_blocks", "st_rdev", 0L));
    assertNull(s.st_blksize());
  }

  private static Map<String, Object> nullValues(String a, String b, String c, Object cValue) {
    Map<String, Object> map = new HashMap<>();
    map.put(a, null);
    map.put(b, null);
    map.put(c, cValue);
    return map;
  }

  // ---- length ---------------------------------------------------------------------------------

  @Test
  void tooShortWithCPythonsWords() {
    assertMessage("os.stat_result() takes an at least 10-sequence (3-sequence given)",
        IllegalArgumentException.class, () -> StatLikeRecord.TYPE.fromSequence(List.of(1, 2, 3)));
    assertMessage("time.struct_time() takes an at least 9-sequence (0-sequence given)",
        IllegalArgumentException.class, () -> TimeLikeRecord.TYPE.fromSequence(List.of()));
  }

  @Test
  void tooLongWithCPythonsWords() {
    List<Object> twenty = new ArrayList<>(statAllValues());
    twenty.add(0L);
    assertMessage("os.stat_result() takes an at most 19-sequence (20-sequence given)",
        IllegalArgumentException.class, () -> StatLikeRecord.TYPE.fromSequence(twenty));
  }

  @Test
  void exactLengthWhenBothBoundsAreEqual() {
    assertMessage("Five() takes a 5-sequence (3-sequence given)",
        IllegalArgumentException.class, () -> FiveRecord.TYPE.fromSequence(List.of(1, 0.5, "x")));
    assertMessage("Five() takes a 5-sequence (6-sequence given)", IllegalArgumentException.class,
        () -> FiveRecord.TYPE.fromSequence(Arrays.asList(1, 0.5, "x", true, null, 6)));
  }

  @Test
  void lengthIsCheckedBeforeTheDict() {
    assertMessage("time.struct_time() takes an at least 9-sequence (2-sequence given)",
        IllegalArgumentException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(List.of(1, 2), Map.of("bogus", 1)));
  }

  // ---- the dict -------------------------------------------------------------------------------

  @Test
  void unknownVisibleOrAlreadyFilledKeysAreRejected() {
    String message = "time.struct_time() got duplicate or unexpected field name(s)";
    assertMessage(message, IllegalArgumentException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(timeValues(),
            Map.of("tm_zone", "UTC", "tm_gmtoff", 0, "tm_foo", 1)));
    assertMessage(message, IllegalArgumentException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(timeValues(),
            Map.of("tm_zone", "UTC", "tm_gmtoff", 0, "tm_year", 1999)));
    assertMessage(message, IllegalArgumentException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(timeWith("UTC"),
            Map.of("tm_zone", "CET", "tm_gmtoff", 0)));
    assertMessage(message, IllegalArgumentException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(timeWith("UTC", 0), Map.of("tm_gmtoff", 0)));
  }

  @Test
  void unnamedAccessorNamesAreNotKeys() {
    assertMessage("os.stat_result() got duplicate or unexpected field name(s)",
        IllegalArgumentException.class,
        () -> StatLikeRecord.TYPE.fromSequence(statAllValues(), Map.of("st_atime_sec", 1L)));
  }

  // ---- values ---------------------------------------------------------------------------------

  @Test
  void missingPrimitiveHiddenFieldNamesTypeFieldAndTypes() {
    assertMessageNames(() -> TimeLikeRecord.TYPE.fromSequence(timeValues(), Map.of("tm_zone", "UTC")),
        "time.struct_time", "tm_gmtoff", "int", "null");
    assertMessageNames(() -> MeasuredRecord.TYPE.fromSequence(List.of("m")),
        "test.measured", "scale", "int", "null");
    assertMessageNames(
        () -> StatLikeRecord.TYPE.fromSequence(statAllValues().subList(0, 18)),
        "os.stat_result", "st_rdev", "long", "null");
  }

  @Test
  void nullForAPrimitiveVisibleField() {
    List<Object> values = timeWith("UTC", 0);
    values.set(3, null);
    assertMessageNames(() -> TimeLikeRecord.TYPE.fromSequence(values),
        "time.struct_time", "tm_hour", "int", "null");
  }

  @Test
  void wrongTypeNamesTypeFieldAndTypes() {
    List<Object> values = timeWith("UTC", 0);
    values.set(0, "2024");
    assertMessageNames(() -> TimeLikeRecord.TYPE.fromSequence(values),
        "time.struct_time", "tm_year", "int", "String");
    assertMessageNames(
        () -> TimeLikeRecord.TYPE.fromSequence(timeValues(), Map.of("tm_zone", 5, "tm_gmtoff", 0)),
        "time.struct_time", "tm_zone", "String", "Integer");
    assertMessageNames(
        () -> FiveRecord.TYPE.fromSequence(List.of(1, 0.5, "x", "yes", List.of())),
        "Five", "enabled", "boolean", "String");
    assertMessageNames(
        () -> FiveRecord.TYPE.fromSequence(List.of(1, 0.5, "x", true, Map.of())),
        "Five", "tags", "List");
  }

  @Test
  void integersConvertToWiderNumericFields() {
    List<Object> values = new ArrayList<>(statAllValues());
    values.set(1, 42);                // long st_ino
    values.set(10, 5);                // double st_atime
    values.set(16, 4096);             // Long st_blksize
    values.set(13, (short) 3);        // long st_atime_ns
    StatLikeRecord s = StatLikeRecord.TYPE.fromSequence(values);
    assertEquals(42L, s.st_ino());
    assertEquals(Long.valueOf(42L), s.get(1));
    assertEquals(5.0, s.st_atime());
    assertEquals(Long.valueOf(4096L), s.st_blksize());
    assertEquals(3L, s.st_atime_ns());
    FiveRecord f = FiveRecord.TYPE.fromSequence(List.of(1, 2, "x", true, List.of()));
    assertEquals(2.0, f.ratio());
  }

  @Test
  void exactlyRepresentedNumbersConvertDown() {
    List<Object> values = timeWith("UTC", 0L);
    values.set(0, 2024L);
    values.set(1, 1.0);
    values.set(2, BigInteger.ONE);
    values.set(3, new BigDecimal("12.000"));
    assertEquals(time().asMap(), TimeLikeRecord.TYPE.fromSequence(values).asMap());
  }

  @Test
  void inexactNumbersAreRejected() {
    List<Object> tooBig = timeWith("UTC", 0);
    tooBig.set(0, 1L << 40);
    assertMessageNames(() -> TimeLikeRecord.TYPE.fromSequence(tooBig),
        "time.struct_time", "tm_year", "int", "Long");
    List<Object> fraction = timeWith("UTC", 0);
    fraction.set(5, 2.5);
    assertMessageNames(() -> TimeLikeRecord.TYPE.fromSequence(fraction),
        "time.struct_time", "tm_sec", "int", "Double");
    List<Object> notADouble = new ArrayList<>(statAllValues());
    notADouble.set(10, (1L << 53) + 1);
    assertMessageNames(() -> StatLikeRecord.TYPE.fromSequence(notADouble),
        "os.stat_result", "st_atime", "double", "Long");
    List<Object> nan = timeWith("UTC", 0);
    nan.set(0, Double.NaN);
    assertMessageNames(() -> TimeLikeRecord.TYPE.fromSequence(nan), "tm_year", "int");
  }

  @Test
  void narrowAndBigNumericFields() {
    Map<String, Object> hidden = new HashMap<>();
    hidden.put("scale", 10L);
    hidden.put("extra", 5L);
    hidden.put("tiny", 127);
    hidden.put("small", -32768L);
    hidden.put("approx", 3);
    hidden.put("big", Long.MAX_VALUE);
    hidden.put("exact", 0.5);
    MeasuredRecord m = MeasuredRecord.TYPE.fromSequence(List.of("m"), hidden);
    assertEquals(10, m.scale());
    assertEquals(Integer.valueOf(5), m.extra());
    assertEquals((byte) 127, m.tiny());
    assertEquals((short) -32768, m.small());
    assertEquals(3.0f, m.approx());
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE), m.big());
    assertEquals(0, new BigDecimal("0.5").compareTo(m.exact()));

    Map<String, Object> base = new HashMap<>(Map.of("scale", 1, "tiny", 1, "small", 1, "approx", 1));
    assertNull(MeasuredRecord.TYPE.fromSequence(List.of("m"), base).big());
    for (Object[] bad : new Object[][] {
        {"tiny", 128}, {"small", 40000}, {"approx", 0.1}, {"approx", (1 << 24) + 1},
        {"big", 0.5}, {"extra", 1L << 31}}) {
      Map<String, Object> map = new HashMap<>(base);
      map.put((String) bad[0], bad[1]);
      assertMessageNames(() -> MeasuredRecord.TYPE.fromSequence(List.of("m"), map),
          "test.measured", (String) bad[0]);
    }
  }

  @Test
  void nullForANonNullReferenceFieldFailsAsTheConstructorDoes() {
    assertMessage("time.struct_time.tm_zone is null", NullPointerException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(timeWith(null, 0)));
    Map<String, Object> nullZone = new HashMap<>();
    nullZone.put("tm_zone", null);
    nullZone.put("tm_gmtoff", 0);
    assertMessage("time.struct_time.tm_zone is null", NullPointerException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(timeValues(), nullZone));
    assertMessage("Five.label is null", NullPointerException.class,
        () -> FiveRecord.TYPE.fromSequence(Arrays.asList(1, 0.5, null, true, null)));
  }

  @Test
  void exceptionsOfTheIterablePropagateUnchanged() {
    // test_structseq.test_eviltuple: the iterable's own exception comes out, not a wrapper.
    IllegalStateException evil = new IllegalStateException("evil");
    Iterable<Object> values = () -> new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Object next() {
        if (i == 3) {
          throw evil;
        }
        return i++;
      }
    };
    assertSame(evil, assertThrows(IllegalStateException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(values)));
    Iterable<Object> empty = () -> Collections.emptyIterator();
    assertMessage("time.struct_time() takes an at least 9-sequence (0-sequence given)",
        IllegalArgumentException.class, () -> TimeLikeRecord.TYPE.fromSequence(empty));
    NoSuchElementException lying = new NoSuchElementException("lying");
    Iterable<Object> liar = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Object next() {
        throw lying;
      }
    };
    assertSame(lying, assertThrows(NoSuchElementException.class,
        () -> TimeLikeRecord.TYPE.fromSequence(liar)));
  }

  @Test
  void theInputIsNotModified() {
    List<Object> values = timeWith("UTC", 0L);
    List<Object> before = new ArrayList<>(values);
    TimeLikeRecord.TYPE.fromSequence(values);
    assertEquals(before, values);
    assertEquals(Long.class, values.get(10).getClass());
  }
}
