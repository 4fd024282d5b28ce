package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * POSIX TZ strings (the footers of tz files, and {@code TZ} values that name no file) evaluated as
 * glibc does: every form of rule, compared with CPython under {@code TZ=<string>} over whole years
 * (1969 for glibc's shortcut for years up to 1970, 2024, 2038, 2100), at every change to the second.
 */
class TzStringTest {
  static final List<String> SPECS = List.of(
      "CET-1CEST,M3.5.0,M10.5.0/3",
      "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
      "EST5EDT,M3.2.0,M11.1.0",
      "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", // America/Nuuk: negative times
      "IST-2IDT,M3.4.4/26,M10.5.0", // Asia/Jerusalem: beyond 24 hours
      "<-04>4<-03>,M9.1.6/24,M4.1.6/24", // America/Santiago: 24:00
      "AAA3BBB,J60/25,J300/1:30",
      "XXX-5YYY-6:30,59/0,300/-2:30:15",
      "NZST-12NZDT,M9.5.0,M4.1.0/3",
      "GMT0IST,M3.5.0/1,M10.5.0", // Europe/Dublin as a TZ string (negative DST in the file)
      "ABC5DEF4,M3.5.6/167,M10.1.1/-167",
      "<+0330>-3:30",
      "UTC0",
      "ZZZ-3:15:20",
      "HST10");

  private static final int[] YEARS = {1969, 2024, 2038, 2100};

  /**
   * The instants to ask about for one zone: a grid every 6 hours over the test years (which catches
   * a change we miss or misplace by more than a day) and the second before, at and after every change
   * we find, located exactly by bisection (which catches one misplaced by a second).
   */
  static List<Long> stamps(TzZone zone) {
    return stamps(zone, 6);
  }

  /** As {@link #stamps(TzZone)}, with a grid of another step. */
  static List<Long> stamps(TzZone zone, int gridHours) {
    TreeSet<Long> stamps = new TreeSet<>();
    for (int year : YEARS) {
      long start = LocalDateTime.of(year, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) - 2 * 86_400;
      long end = LocalDateTime.of(year + 1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) + 2 * 86_400;
      for (long t = start; t < end; t += gridHours * 3600L) {
        stamps.add(t);
      }
      for (long t = start; t < end; t += 900) {
        if (!zone.periodAt(t).equals(zone.periodAt(t + 900))) {
          long lo = t;
          long hi = t + 900; // periodAt(lo) differs from periodAt(hi)
          while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2; // lo may be negative: no unsigned shift
            if (zone.periodAt(mid).equals(zone.periodAt(lo))) {
              lo = mid;
            } else {
              hi = mid;
            }
          }
          stamps.add(hi - 1);
          stamps.add(hi);
          stamps.add(hi + 1);
        }
      }
    }
    return new ArrayList<>(stamps);
  }

  @Test
  void everyRuleFormEqualsCPython() {
    Map<String, List<Long>> questions = new LinkedHashMap<>();
    SPECS.forEach(spec -> questions.put(spec, stamps(TzString.parse(spec))));
    Map<String, List<PythonTime.Result>> answers = PythonTime.run(questions);
    for (String spec : SPECS) {
      TzString zone = TzString.parse(spec);
      int mismatches = 0;
      assertTrue(answers.get(spec).size() > 1000, spec);
      String first = null;
      for (PythonTime.Result r : answers.get(spec)) {
        TzPeriod p = zone.periodAt(r.epochSecond());
        boolean same = p.abbreviation().equals(r.zone()) && p.offset() == r.gmtoff()
            && (p.dst() ? 1 : 0) == r.fields().get(8);
        if (!same) {
          mismatches++;
          if (first == null) {
            first = "t=" + r.epochSecond() + " python " + r.zone() + " " + r.gmtoff() + " "
                + r.fields().get(8) + ", java " + p;
          }
        }
      }
      assertEquals(0, mismatches, spec + ": " + mismatches + " differ, first " + first);
    }
  }

  @Test
  void parsesNamesOffsetsAndDefaults() {
    TzString berlin = TzString.parse("CET-1CEST,M3.5.0,M10.5.0/3");
    assertEquals(new TzPeriod(3600, false, "CET"), berlin.periodAt(1_700_000_000L));
    assertEquals(new TzPeriod(7200, true, "CEST"), berlin.periodAt(1_720_000_000L));
    // DST offset defaults to one hour more than standard time.
    assertEquals(new TzPeriod(-14_400, true, "EDT"),
        TzString.parse("EST5EDT,M3.2.0,M11.1.0").periodAt(1_720_000_000L));
    // No rules: the United States rules since 2007.
    assertTrue(TzString.parse("EST5EDT").periodAt(1_720_000_000L).dst());
    assertFalse(TzString.parse("EST5EDT").periodAt(1_700_000_000L).dst());
  }

  @Test
  void malformedStringsDegradeAsInGlibc() {
    // A name without offset: offset 0 under that name.
    assertEquals(new TzPeriod(0, false, "Nowhere"), TzString.parse("Nowhere/Invalid").periodAt(0));
    // No name at all: an empty abbreviation.
    assertEquals(new TzPeriod(0, false, ""), TzString.parse("1").periodAt(0));
    assertEquals(new TzPeriod(0, false, ""), TzString.parse("").periodAt(0));
  }

  @Test
  void fixedZones() {
    assertEquals(new TzPeriod(19_800, false, "+0530"), TzString.fixed("+0530", 19_800).periodAt(0));
    assertEquals(new TzPeriod(-34_215, false, "-093015"),
        TzString.fixed("-093015", -34_215).periodAt(5_000_000_000L));
  }
}
