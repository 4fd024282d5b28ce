package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.StructType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Time#gmtime}, {@link Time#localtime(long, ZoneId)} and {@link Time#localtime(long)}
 * compared field by field, hidden fields and {@code repr} included, with real CPython under the same
 * {@code TZ}. One Python process answers the whole class.
 */
class TimeTest {
  /** The zones of the contract, and some with odd rules: negative DST, 30-minute DST, Morocco. */
  static final List<String> ZONES = List.of(
      "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
      "Europe/Dublin", "Europe/London", "Africa/Casablanca", "America/Sao_Paulo", "Pacific/Chatham",
      "Antarctica/Troll", "Asia/Tehran", "Pacific/Apia", "America/St_Johns", "Etc/GMT+5",
      "Asia/Kathmandu", "America/Santiago");

  /** Fixed offsets, with the TZ string glibc reads for the same zone. */
  static final Map<ZoneOffset, String> OFFSETS = Map.of(
      ZoneOffset.UTC, "<UTC>0",
      ZoneOffset.ofHoursMinutes(5, 30), "<+0530>-5:30",
      ZoneOffset.ofHours(-3), "<-03>3",
      ZoneOffset.ofHoursMinutes(5, 45), "<+0545>-5:45",
      ZoneOffset.ofHours(14), "<+14>-14",
      ZoneOffset.ofHoursMinutesSeconds(-9, -30, -15), "<-093015>9:30:15");

  private static Map<String, List<PythonTime.Result>> python;

  @BeforeAll
  static void askPython() {
    PythonTime.requirePython();
    Map<String, List<Long>> questions = new LinkedHashMap<>();
    questions.put(PythonTime.GMTIME, gmtimeStamps());
    questions.put(PythonTime.INHERITED, stampsFor(ZoneId.systemDefault()));
    for (String zone : ZONES) {
      questions.put(zone, stampsFor(ZoneId.of(zone)));
    }
    OFFSETS.values().forEach(tz -> questions.put(tz, commonStamps()));
    python = PythonTime.run(questions);
  }

  /** Timestamps every zone is asked about: around 0, 2038, far future, 1900, the LMT era. */
  static List<Long> commonStamps() {
    TreeSet<Long> stamps = new TreeSet<>();
    long[] fixed = {
      0, -1, 1, 86_399, 86_400, -86_400, -86_401,
      Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE, Integer.MIN_VALUE - 1L,
      951_782_400L, // 2000-02-29
      978_307_200L, // 2001-01-01
      1_700_000_000L,
    };
    for (long t : fixed) {
      stamps.add(t);
    }
    for (int year : new int[] {1800, 1850, 1880, 1900, 1901, 1916, 1945, 1969, 1970, 1971, 2037,
        2038, 2039, 2040, 2050, 2100, 2200, 2400, 3000}) {
      for (int month : new int[] {1, 4, 7, 10, 12}) {
        long t = LocalDateTime.of(year, month, month == 12 ? 31 : 15, 12, 0)
            .toEpochSecond(ZoneOffset.UTC);
        stamps.add(t);
        stamps.add(t + 12 * 3600 - 1); // the last second of the UTC day
      }
    }
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      stamps.add(random.nextLong() % 8_000_000_000L);
    }
    return new ArrayList<>(stamps);
  }

  /**
   * {@link #commonStamps()} plus the second before, at and after each transition of the zone, as
   * {@code java.time} knows them (an independent source), up to 2100 (by the zone's rules after the
   * last one in its table).
   */
  static List<Long> stampsFor(ZoneId zone) {
    TreeSet<Long> stamps = new TreeSet<>(commonStamps());
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> transitions = new ArrayList<>(rules.getTransitions());
    Instant end = LocalDateTime.of(2100, 12, 31, 0, 0).toInstant(ZoneOffset.UTC);
    ZoneOffsetTransition next = transitions.isEmpty()
        ? rules.nextTransition(Instant.EPOCH)
        : rules.nextTransition(transitions.get(transitions.size() - 1).getInstant());
    while (next != null && next.getInstant().isBefore(end)) {
      transitions.add(next);
      next = rules.nextTransition(next.getInstant());
    }
    for (ZoneOffsetTransition transition : transitions) {
      long t = transition.toEpochSecond();
      stamps.add(t - 1);
      stamps.add(t);
      stamps.add(t + 1);
    }
    return new ArrayList<>(stamps);
  }

  static List<Long> gmtimeStamps() {
    TreeSet<Long> stamps = new TreeSet<>(commonStamps());
    long[] far = {
      1L << 40, -(1L << 40), 67_767_976_233_316_800L - 1, // 2147485547-12-31T23:59:59: glibc's limit
      -62_135_596_800L, // 0001-01-01
      -62_135_596_801L, // year 0
      -62_167_219_200L - 1, // year -1
      253_402_300_799L, // 9999-12-31T23:59:59
      253_402_300_800L, // 10000-01-01
    };
    for (long t : far) {
      stamps.add(t);
    }
    return new ArrayList<>(stamps);
  }

  /** Every answer of Python for a question, checked against ours; all mismatches in one message. */
  private static void assertSameAsPython(String question, java.util.function.LongFunction<StructTime> ours) {
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (PythonTime.Result expected : python.get(question)) {
      long t = expected.epochSecond();
      if (expected.failed()) {
        assertThrows(ArithmeticException.class, () -> ours.apply(t), () -> "t=" + t);
        continue;
      }
      StructTime actual = ours.apply(t);
      compared++;
      String want = expected.fields() + " " + expected.zone() + " " + expected.gmtoff() + " "
          + expected.repr();
      String got = actual + "";
      got = List.copyOf(actual) + " " + actual.tm_zone() + " " + actual.tm_gmtoff() + " " + got;
      if (!want.equals(got)) {
        mismatches.add("t=" + t + "\n  python: " + want + "\n  java:   " + got);
      }
    }
    assertTrue(compared > 0, "nothing compared for " + question);
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
        question + ": " + mismatches.size() + " of " + compared + " differ");
  }

  static List<String> zones() {
    return ZONES;
  }

  @ParameterizedTest(name = "TZ={0}")
  @MethodSource("zones")
  void localtimeInZoneEqualsCPython(String zone) {
    ZoneId id = ZoneId.of(zone);
    assertSameAsPython(zone, t -> Time.localtime(t, id));
  }

  @Test
  void gmtimeEqualsCPython() {
    assertSameAsPython(PythonTime.GMTIME, Time::gmtime);
  }

  @Test
  void localtimeOfThisProcessEqualsCPythonUnderTheSameEnvironment() {
    assertSameAsPython(PythonTime.INHERITED, Time::localtime);
  }

  @Test
  void fixedOffsetsEqualCPythonUnderTheEquivalentTzString() {
    OFFSETS.forEach((offset, tz) -> assertSameAsPython(tz, t -> Time.localtime(t, offset)));
  }

  @Test
  void reprOfTheEpoch() {
    assertEquals("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0,"
        + " tm_wday=3, tm_yday=1, tm_isdst=0)", Time.gmtime(0).toString());
  }

  @Test
  void gmtimeIsGmtWithoutOffset() {
    StructTime t = Time.gmtime(1_720_000_000L);
    assertEquals("GMT", t.tm_zone());
    assertEquals(0, t.tm_gmtoff());
    assertEquals(0, t.tm_isdst());
  }

  @Test
  void knownValuesWithoutPython() {
    // 2024-07-01T12:00:00Z: Berlin is on CEST, Lord Howe on standard time +1030 in July.
    long t = 1_719_835_200L;
    StructTime berlin = Time.localtime(t, ZoneId.of("Europe/Berlin"));
    assertEquals(List.of(2024, 7, 1, 14, 0, 0, 0, 183, 1), berlin);
    assertEquals("CEST", berlin.get("tm_zone"));
    assertEquals(7200, berlin.get("tm_gmtoff"));
    StructTime lordHowe = Time.localtime(t, ZoneId.of("Australia/Lord_Howe"));
    assertEquals("+1030", lordHowe.tm_zone());
    assertEquals(0, lordHowe.tm_isdst());
    // 2040-01-01T00:00:00Z is past the table of the tz files: the footer rule says DST (+11).
    StructTime summer2040 = Time.localtime(2_208_988_800L, ZoneId.of("Australia/Lord_Howe"));
    assertEquals("+11", summer2040.tm_zone());
    assertEquals(39_600, summer2040.tm_gmtoff());
    assertEquals(1, summer2040.tm_isdst());
    assertEquals("IST", Time.localtime(t, ZoneId.of("Asia/Kolkata")).tm_zone());
    assertEquals("LMT", Time.localtime(-3_000_000_000L, ZoneId.of("Europe/Berlin")).tm_zone());
  }

  @Test
  void hiddenFieldsAreNamedButNotInTheSequence() {
    StructTime t = Time.localtime(1_700_000_000L, ZoneId.of("America/New_York"));
    assertEquals(9, t.size());
    assertEquals(List.of("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"), List.copyOf(t.asMap().keySet()));
    assertEquals("EST", t.asMap().get("tm_zone"));
    assertEquals(-18_000, t.asMap().get("tm_gmtoff"));
    StructType<?> type = t.structType();
    assertEquals("time.struct_time", type.name());
    assertEquals(9, type.sequenceSize());
    assertEquals(11, type.fieldCount());
    List<String> names = type.fields().stream().map(io.structseq.StructField::name).toList();
    List<String> cpython = PythonNss.docs("time.struct_time", names);
    assertEquals(cpython.get(0), io.structseq.PyRepr.reprString(type.doc()), "time.struct_time's docstring");
    assertEquals(cpython.subList(1, cpython.size()), names.stream()
        .map(n -> n + "\t" + io.structseq.PyRepr.reprString(type.field(n).orElseThrow().doc())).toList());
  }

  @Test
  void fromSequenceAndReplaceAsInCPython() {
    StructTime t = Time.localtime(1_700_000_000L, ZoneId.of("Asia/Kolkata"));
    StructTime copy = StructTimeRecord.TYPE.fromSequence(t, Map.of("tm_zone", "IST", "tm_gmtoff", 19_800));
    assertEquals(t, copy);
    assertEquals(t.asMap(), copy.asMap());
    StructTime other = StructTimeRecord.TYPE.fromSequence(t, Map.of("tm_zone", "X", "tm_gmtoff", 1));
    assertEquals(t, other); // hidden fields take no part in equality
    // CPython fills missing hidden fields with None; tm_gmtoff is an int here, so they are required.
    assertThrows(IllegalArgumentException.class, () -> StructTimeRecord.TYPE.fromSequence(t));
    assertThrows(IllegalArgumentException.class,
        () -> StructTimeRecord.TYPE.fromSequence(t, Map.of("tm_year", 1)));
    StructTimeRecord record = (StructTimeRecord) t;
    assertEquals(2000, record.replace(Map.of("tm_year", 2000)).tm_year());
  }

  @Test
  void ordersAsATuple() {
    StructTime earlier = Time.gmtime(0);
    StructTime later = Time.gmtime(1);
    assertTrue(StructSequence.compare(earlier, later) < 0);
    assertTrue(StructSequence.compare(later, List.of(1970, 1, 1)) > 0);
  }

  @Test
  void offsetZonesAreNamedNumerically() {
    assertEquals("UTC", Time.localtime(0, ZoneOffset.UTC).tm_zone());
    assertEquals("+0530", Time.localtime(0, ZoneOffset.ofHoursMinutes(5, 30)).tm_zone());
    assertEquals("-03", Time.localtime(0, ZoneOffset.ofHours(-3)).tm_zone());
    assertEquals(-10_800, Time.localtime(0, ZoneOffset.ofHours(-3)).tm_gmtoff());
  }

  @Test
  void zoneWithoutTzFileFallsBackToJavaTimeRules() {
    // "UTC+05:00" is a region id java.time understands and no file under /usr/share/zoneinfo.
    StructTime t = Time.localtime(0, ZoneId.of("UTC+05:00"));
    assertEquals(List.of(1970, 1, 1, 5, 0, 0, 3, 1, 0), t);
    assertEquals("+05", t.tm_zone());
    assertEquals(18_000, t.tm_gmtoff());
  }

  @Test
  void yearsBeyondIntAreOutOfRange() {
    assertThrows(ArithmeticException.class, () -> Time.gmtime(Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> Time.gmtime(Long.MIN_VALUE));
    assertThrows(ArithmeticException.class,
        () -> Time.localtime(Long.MAX_VALUE, ZoneId.of("Europe/Berlin")));
  }

  @Test
  void rejectsNullZone() {
    assertThrows(NullPointerException.class, () -> Time.localtime(0, null));
  }
}
