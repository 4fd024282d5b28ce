package io.structseq.runtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The fallback for a zone the system's tz database does not have: offsets and the daylight saving
 * flag from {@code java.time}'s own copy of the tz database ({@link ZoneRules}), which may be of a
 * different tz release than the system's. {@code java.time} keeps no abbreviations, so
 * {@code tm_zone} is the offset in the tz database's numeric style ({@code "+0530"}, {@code "-03"};
 * {@code "UTC"} for offset zero), which differs from C's where the zone has a letter abbreviation
 * such as {@code "CEST"}.
 */
final class TzJavaZone implements TzZone {
  private final ZoneRules rules;

  TzJavaZone(ZoneId zone) {
    this.rules = zone.getRules();
  }

  @Override
  public TzPeriod periodAt(long epochSecond) {
    Instant instant = Instant.ofEpochSecond(
        Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), epochSecond)));
    ZoneOffset offset = rules.getOffset(instant);
    int seconds = offset.getTotalSeconds();
    return new TzPeriod(seconds, rules.isDaylightSavings(instant), numericAbbreviation(seconds));
  }

  /**
   * The tz database's numeric abbreviation of an offset: sign and hours, then minutes and seconds
   * only when they are not zero ({@code "+05"}, {@code "+0530"}, {@code "-003015"}); {@code "UTC"}
   * for zero.
   *
   * @param offset seconds east of UTC
   * @return the abbreviation
   */
  static String numericAbbreviation(int offset) {
    if (offset == 0) {
      return "UTC";
    }
    int abs = Math.abs(offset);
    StringBuilder s = new StringBuilder(offset < 0 ? "-" : "+");
    twoDigits(s, abs / 3600);
    if (abs % 3600 != 0) {
      twoDigits(s, abs / 60 % 60);
      if (abs % 60 != 0) {
        twoDigits(s, abs % 60);
      }
    }
    return s.toString();
  }

  private static void twoDigits(StringBuilder s, int value) {
    if (value < 10) {
      s.append('0');
    }
    s.append(value);
  }
}
