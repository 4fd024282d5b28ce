package io.structseq.runtime;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Python's {@code time} module, as far as it converts instants: {@link #gmtime(long)} and
 * {@link #localtime(long)} return the same {@link StructTime} values as CPython's
 * {@code time.gmtime} and {@code time.localtime} on Linux with glibc, hidden {@code tm_zone} and
 * {@code tm_gmtoff} included.
 *
 * <p>Local time comes from the system's tz database, read as glibc reads it: the compiled TZif files
 * under {@code /usr/share/zoneinfo} (or {@code $TZDIR}), their transition tables and, past the last
 * transition, their POSIX TZ rule (so that 2038 and later follow the rules as C does). So
 * {@code tm_zone} is C's abbreviation ({@code 'CEST'}, {@code '+1030'}, {@code 'LMT'}), not one of
 * {@code java.time}'s display names. Only a {@link ZoneId} the system has no file for falls back to
 * {@code java.time}'s rules; there {@code tm_zone} is numeric (see {@link #localtime(long, ZoneId)}).
 *
 * <p>Not reproduced: leap seconds of the {@code right/} zones (glibc applies them, these methods do
 * not), and years outside {@code int}: CPython accepts {@code tm_year} up to
 * {@code Integer.MAX_VALUE + 1900}, these methods throw {@link ArithmeticException} beyond
 * {@code Integer.MAX_VALUE}, as C does below {@code Integer.MIN_VALUE + 1900}.
 */
public final class Time {
  private static final int SECONDS_PER_DAY = 86_400;
  /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
  private static final long DAYS_0000_03_01_TO_EPOCH = 719_468;
  private static final int DAYS_PER_400_YEARS = 146_097;
  private static final String GMTIME_ZONE = "GMT";

  private Time() {}

  /**
   * Python's {@code time.gmtime(seconds)}: the instant as UTC, with {@code tm_isdst} 0,
   * {@code tm_zone} {@code 'GMT'} (glibc's name) and {@code tm_gmtoff} 0. Negative values are
   * before 1970.
   *
   * @param epochSeconds seconds since 1970-01-01T00:00:00Z
   * @return the broken-down time, such as
   *     {@code time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0,
   *     tm_wday=3, tm_yday=1, tm_isdst=0)} for 0
   * @throws ArithmeticException if the year does not fit in an {@code int}
   */
  public static StructTime gmtime(long epochSeconds) {
    return brokenDown(epochSeconds, new TzPeriod(0, false, GMTIME_ZONE));
  }

  /**
   * Python's {@code time.localtime(seconds)}: the instant in the zone C's {@code localtime} uses in
   * this process, the {@code TZ} environment variable (a zone name such as
   * {@code Europe/Berlin}, possibly with a leading {@code ':'}, an absolute TZif path, or a POSIX TZ
   * string such as {@code EST5EDT,M3.2.0,M11.1.0}) as the JVM was started, else
   * {@code /etc/localtime}. The zone is read once per JVM; {@link java.util.TimeZone#getDefault()}
   * and {@code -Duser.timezone} play no part.
   *
   * @param epochSeconds seconds since 1970-01-01T00:00:00Z
   * @return the broken-down local time, with {@code tm_zone} and {@code tm_gmtoff} as C gives them
   * @throws ArithmeticException if the year does not fit in an {@code int}
   */
  public static StructTime localtime(long epochSeconds) {
    return brokenDown(epochSeconds, TzDatabase.local().periodAt(epochSeconds));
  }

  /**
   * Python's {@code time.localtime(seconds)} run with {@code TZ} set to a zone:
   * {@code localtime(t, ZoneId.of("Europe/Berlin"))} equals {@code time.localtime(t)} under
   * {@code TZ=Europe/Berlin}.
   *
   * <p>A region id reads the system's TZif file {@code /usr/share/zoneinfo/<id>} (or under
   * {@code $TZDIR}). A {@link java.time.ZoneOffset} is a fixed zone named in the tz database's numeric
   * style, as glibc reports {@code TZ='<+0530>-5:30'}: {@code 'UTC'} for {@code Z}, {@code '+0530'},
   * {@code '-03'}, {@code '+053015'}. A region the system has no file for (a newer zone than the
   * system's tz database, or an id such as {@code UTC+05:00}) uses {@code java.time}'s rules: the
   * offset and {@code tm_isdst} then come from the JDK's tz data, which may be of another release,
   * and {@code tm_zone} is the numeric form of the offset rather than a letter abbreviation.
   *
   * @param epochSeconds seconds since 1970-01-01T00:00:00Z
   * @param zone the zone
   * @return the broken-down local time
   * @throws ArithmeticException if the year does not fit in an {@code int}
   * @throws NullPointerException if {@code zone} is null
   */
  public static StructTime localtime(long epochSeconds, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return brokenDown(epochSeconds, TzDatabase.forZoneId(zone).periodAt(epochSeconds));
  }

  /**
   * The instant in a zone, for the tests that give the zone directly (a POSIX TZ string, a file).
   *
   * @param epochSeconds seconds since 1970-01-01T00:00:00Z
   * @param zone the zone
   * @return the broken-down local time
   */
  static StructTime localtimeIn(long epochSeconds, TzZone zone) {
    return brokenDown(epochSeconds, zone.periodAt(epochSeconds));
  }

  /** C's {@code __offtime}: the calendar fields of an instant shifted by a period's offset. */
  private static StructTime brokenDown(long epochSeconds, TzPeriod period) {
    long local = Math.addExact(epochSeconds, period.offset());
    long days = Math.floorDiv(local, SECONDS_PER_DAY);
    int secondOfDay = Math.floorMod(local, SECONDS_PER_DAY);

    // Howard Hinnant's days-to-civil, on years that start on March 1.
    long z = days + DAYS_0000_03_01_TO_EPOCH;
    long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
    long dayOfEra = z - era * DAYS_PER_400_YEARS;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfMarchYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthIndex = (5 * dayOfMarchYear + 2) / 153; // 0 = March
    int mday = (int) (dayOfMarchYear - (153 * monthIndex + 2) / 5 + 1);
    int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) {
      throw new ArithmeticException(
          "timestamp out of range: " + epochSeconds + " is in year " + year);
    }
    int yday = (int) (days - daysFromCivil(year, 1, 1)) + 1;
    int wday = Math.floorMod(days + 3, 7); // 1970-01-01 was a Thursday; Monday is 0

    return new StructTimeRecord(
        (int) year,
        month,
        mday,
        secondOfDay / 3600,
        secondOfDay / 60 % 60,
        secondOfDay % 60,
        wday,
        yday,
        period.dst() ? 1 : 0,
        period.abbreviation(),
        period.offset());
  }

  /** Howard Hinnant's civil-to-days: days since 1970-01-01 of a proleptic Gregorian date. */
  private static long daysFromCivil(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_0000_03_01_TO_EPOCH;
  }

  /**
   * The UTC year of an instant.
   *
   * @param epochSeconds seconds since 1970-01-01T00:00:00Z
   * @return the proleptic Gregorian year
   */
  static long yearOf(long epochSeconds) {
    long days = Math.floorDiv(epochSeconds, SECONDS_PER_DAY);
    long z = days + DAYS_0000_03_01_TO_EPOCH;
    long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
    long dayOfEra = z - era * DAYS_PER_400_YEARS;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfMarchYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    return yearOfEra + era * 400 + (dayOfMarchYear >= 306 ? 1 : 0); // from January on
  }

  /**
   * Whether a proleptic Gregorian year is a leap year.
   *
   * @param year the year
   * @return true for leap years
   */
  static boolean isLeap(long year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }
}
