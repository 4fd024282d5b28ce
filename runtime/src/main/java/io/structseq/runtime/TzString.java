package io.structseq.runtime;

/**
 * A POSIX {@code TZ} string such as {@code CET-1CEST,M3.5.0,M10.5.0/3} or
 * {@code <+1030>-10:30<+11>-11,M10.1.0,M4.1.0}, parsed and evaluated exactly as glibc's
 * {@code tzset.c} does: it is the footer of a tz database file, used for instants after the file's
 * last transition, and the value of a {@code TZ} variable that names no file.
 *
 * <p>Like glibc, parsing never fails: a malformed string leaves the rest at glibc's defaults (an empty
 * name, offset 0), and a daylight-saving name without rules gets the United States rules
 * {@code M3.2.0,M11.1.0}. (glibc first tries to derive rules from the {@code posixrules} file in that
 * last case; {@link TzDatabase} does that, see {@link #withoutRules()}.) The day of a rule's change is computed for the UTC year
 * of the instant, as glibc does, also when the local year differs.
 */
final class TzString implements TzZone {
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int J0 = 0;
  private static final int J1 = 1;
  private static final int M = 2;
  /**
   * glibc's {@code __mon_yday[2][13]} as it lies in memory: cumulative days before each month (0 to
   * 12) of a common year, then of a leap year. A rule whose {@code Mm.n.d} failed to parse keeps the
   * month that {@code sscanf} stored, which may be 0 or above 12; glibc then indexes this table with
   * it, past the row, and we read the same neighbour (see {@link #monthYearDay}).
   */
  private static final int[] MONTH_YEAR_DAY = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365,
    0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366,
  };

  /** One of glibc's two {@code tz_rule}s: [0] standard time and the start of DST, [1] DST and its end. */
  private static final class Rule {
    String name = "";
    /** Seconds east of UTC. */
    int offset;
    int type = J0;
    int d;
    int m;
    int n;
    /** Time of day of the change in local time, seconds; may be negative or beyond 24 hours. */
    int secs;
  }

  private final String text;
  private final Rule[] rules = {new Rule(), new Rule()};
  private final TzPeriod standard;
  private final TzPeriod daylight;
  /** Cursor into {@link #text} while parsing. */
  private int pos;
  /** Whether the string names daylight saving time and gives no rules for it. */
  private boolean withoutRules;

  private TzString(String text) {
    this.text = text;
    parse();
    standard = new TzPeriod(rules[0].offset, false, rules[0].name);
    daylight = new TzPeriod(rules[1].offset, true, rules[1].name);
  }

  /**
   * Parses a POSIX TZ string as glibc's {@code __tzset_parse_tz} does.
   *
   * @param text the string, without a leading {@code ':'}
   * @return the zone; never fails, see the class comment
   */
  static TzString parse(String text) {
    return new TzString(text);
  }

  /**
   * A zone with one fixed offset and no daylight saving time, as glibc makes of
   * {@code TZ=<name>offset}.
   *
   * @param name the abbreviation, at least three characters of letters, digits, + and -
   * @param offset seconds east of UTC, within 24 hours
   * @return the zone
   */
  static TzString fixed(String name, int offset) {
    int west = -offset;
    int abs = Math.abs(west);
    String posixOffset = (west < 0 ? "-" : "") + abs / 3600 + ":" + abs / 60 % 60 + ":" + abs % 60;
    return new TzString("<" + name + ">" + posixOffset);
  }

  @Override
  public TzPeriod periodAt(long epochSecond) {
    return isDaylight(epochSecond) ? daylight : standard;
  }

  /**
   * Whether glibc would take this string's rules from the {@code posixrules} file: it names daylight
   * saving time and ends there, or with a lone comma.
   *
   * @return whether it gives no rules
   */
  boolean withoutRules() {
    return withoutRules;
  }

  /**
   * Whether glibc's answer for this string is undefined: a month rule that failed to parse kept a
   * month outside 1 to 12 (sscanf stored it), and glibc computes with it by indexing its month table,
   * which can read outside the table (see {@link #monthYearDay}).
   *
   * @return whether a rule has such a month
   */
  boolean monthOutOfRange() {
    for (Rule rule : rules) {
      if (rule.type == M && (rule.m < 1 || rule.m > 12)) {
        return true;
      }
    }
    return false;
  }

  /** Returns standard time as this string gives it. */
  TzPeriod standard() {
    return standard;
  }

  /** Returns daylight saving time as this string gives it. */
  TzPeriod daylight() {
    return daylight;
  }

  /** glibc's {@code __tz_compute}: DST between the two changes of the instant's UTC year. */
  private boolean isDaylight(long epochSecond) {
    long year = Time.yearOf(epochSecond);
    long start = change(rules[0], year);
    long end = change(rules[1], year);
    if (start > end) {
      // Southern hemisphere: DST spans the new year.
      return epochSecond < end || epochSecond >= start;
    }
    return epochSecond >= start && epochSecond < end;
  }

  /** glibc's {@code compute_change}: the instant a rule takes effect in a year. */
  private static long change(Rule rule, long year) {
    long t;
    if (year > 1970) {
      long y1 = year - 1;
      t = ((year - 1970) * 365
              + (Math.floorDiv(y1, 4) - 1970 / 4)
              - (Math.floorDiv(y1, 100) - 1970 / 100)
              + (Math.floorDiv(y1, 400) - 1970 / 400))
          * SECONDS_PER_DAY;
    } else {
      t = 0; // glibc's shortcut: years up to 1970 count from the epoch
    }
    boolean leap = Time.isLeap(year);
    switch (rule.type) {
      case J1 -> {
        t += (rule.d - 1L) * SECONDS_PER_DAY;
        if (rule.d >= 60 && leap) {
          t += SECONDS_PER_DAY;
        }
      }
      case J0 -> t += (long) rule.d * SECONDS_PER_DAY;
      default -> {
        int row = leap ? 13 : 0;
        t += (long) monthYearDay(row + rule.m - 1) * SECONDS_PER_DAY;
        // Zeller's congruence: the day of the week of the first day of the month.
        int m1 = (rule.m + 9) % 12 + 1;
        long yy0 = rule.m <= 2 ? year - 1 : year;
        long yy1 = yy0 / 100;
        long yy2 = yy0 % 100;
        long dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
        if (dow < 0) {
          dow += 7;
        }
        long d = rule.d - dow;
        if (d < 0) {
          d += 7;
        }
        for (int i = 1; i < rule.n; i++) {
          if (d + 7 >= monthYearDay(row + rule.m) - monthYearDay(row + rule.m - 1)) {
            break;
          }
          d += 7;
        }
        t += d * SECONDS_PER_DAY;
      }
    }
    return t - rule.offset + rule.secs;
  }

  /**
   * An element of {@link #MONTH_YEAR_DAY} by its index in glibc's flat table. Inside the 26 elements
   * this is what glibc reads, also for a month that is out of range; outside them glibc reads memory
   * that is not its table (undefined behaviour, for a month of 0 in a common year or of 13 and above in
   * a leap year), where we read 0.
   */
  private static int monthYearDay(int index) {
    return index >= 0 && index < MONTH_YEAR_DAY.length ? MONTH_YEAR_DAY[index] : 0;
  }

  // ---- parsing, after glibc's __tzset_parse_tz and its helpers ----

  private void parse() {
    if (!parseName(0) || !parseOffset(0)) {
      return;
    }
    if (pos >= text.length()) {
      rules[1].name = rules[0].name;
      rules[1].offset = rules[0].offset;
      return;
    }
    if (parseName(1)) {
      parseOffset(1);
      // No rule: glibc takes the rules of the posixrules file if it can (see TzDatabase), else the
      // defaults below.
      withoutRules = pos >= text.length() || (charAt(pos) == ',' && pos + 1 >= text.length());
    }
    if (parseRule(0)) {
      parseRule(1);
    }
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private static boolean isAsciiLetter(char c) {
    return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return '0' <= c && c <= '9';
  }

  /** {@code parse_tzname}: three or more letters, or {@code <...>} with letters, digits, + and -. */
  private boolean parseName(int which) {
    int p = pos;
    while (isAsciiLetter(charAt(p))) {
      p++;
    }
    int start = pos;
    if (p - start < 3) {
      p = pos;
      if (charAt(p++) != '<') {
        return false;
      }
      start = p;
      char c = charAt(p);
      while (isAsciiLetter(c) || isDigit(c) || c == '+' || c == '-') {
        c = charAt(++p);
      }
      int end = p;
      if (charAt(p++) != '>' || end - start < 3) {
        return false;
      }
      rules[which].name = text.substring(start, end);
    } else {
      rules[which].name = text.substring(start, p);
    }
    pos = p;
    return true;
  }

  private char charAt(int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }

  /** {@code parse_offset}: [+|-]hh[:mm[:ss]], west of UTC positive; clamped as glibc clamps. */
  private boolean parseOffset(int which) {
    char c = peek(0);
    if (which == 0 && c != '+' && c != '-' && !isDigit(c)) {
      return false;
    }
    int sign = -1;
    if (c == '+' || c == '-') {
      sign = c == '-' ? 1 : -1;
      pos++;
    }
    int[] hms = new int[3];
    int consumed = scanTime(hms);
    if (consumed > 0) {
      rules[which].offset =
          sign * (Math.min(hms[2], 59) + Math.min(hms[1], 59) * 60 + Math.min(hms[0], 24) * 3600);
    } else if (which == 0) {
      rules[0].offset = 0;
      return false;
    } else {
      rules[1].offset = rules[0].offset + 3600;
    }
    pos += consumed;
    return true;
  }

  /**
   * {@code sscanf("%hu%n:%hu%n:%hu%n")}: fills hours, minutes, seconds as far as present.
   *
   * @return the number of characters consumed, 0 if there were no hours
   */
  private int scanTime(int[] hms) {
    int p = pos;
    int consumed = 0;
    for (int field = 0; field < 3; field++) {
      if (field > 0) {
        if (charAt(p) != ':') {
          break;
        }
        p++;
      }
      long scanned = scanUnsignedShort(p);
      if (scanned < 0) {
        break;
      }
      hms[field] = (int) (scanned & 0xFFFF);
      p = (int) (scanned >>> 16);
      consumed = p - pos;
    }
    return consumed;
  }

  /**
   * {@code sscanf}'s {@code %hu} at index {@code p}: white space, an optional sign, decimal digits,
   * converted by {@code strtoul} (a minus negates modulo 2^64, an overflow gives {@code ULONG_MAX})
   * and stored as an {@code unsigned short}.
   *
   * @return the value in the low 16 bits and the index after the number above them, or -1 when there
   *     is no number there (nothing is stored)
   */
  private long scanUnsignedShort(int p) {
    while (" \t\n\u000b\f\r".indexOf(charAt(p)) >= 0 && charAt(p) != '\0') {
      p++;
    }
    boolean negative = charAt(p) == '-';
    if (charAt(p) == '+' || charAt(p) == '-') {
      p++;
    }
    int start = p;
    long value = 0;
    boolean overflow = false;
    while (isDigit(charAt(p))) {
      int digit = charAt(p) - '0';
      if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - digit, 10)) > 0) {
        overflow = true;
      } else {
        value = value * 10 + digit;
      }
      p++;
    }
    if (p == start) {
      return -1;
    }
    long stored = overflow ? 0xFFFF : (negative ? -value : value) & 0xFFFF;
    return ((long) p << 16) | stored;
  }

  /** {@code parse_rule}: {@code Jn}, {@code n} or {@code Mm.w.d}, then an optional {@code /time}. */
  private boolean parseRule(int which) {
    Rule rule = rules[which];
    if (peek(0) == ',') {
      pos++;
    }
    char c = peek(0);
    if (c == 'J' || isDigit(c)) {
      rule.type = c == 'J' ? J1 : J0;
      if (rule.type == J1) {
        pos++;
        if (!isDigit(peek(0))) {
          return false;
        }
      }
      long d = 0;
      int start = pos;
      while (isDigit(peek(0))) {
        d = Math.min(d * 10 + (peek(0) - '0'), 1000);
        pos++;
      }
      if (pos == start || d > 365 || (rule.type == J1 && d == 0)) {
        return false;
      }
      rule.d = (int) d;
    } else if (c == 'M') {
      // sscanf("M%hu.%hu.%hu%n"): each field is stored as it is scanned, so a rule that fails keeps
      // the fields before the failure, and glibc computes with them.
      rule.type = M;
      int p = pos + 1;
      for (int i = 0; i < 3; i++) {
        if (i > 0) {
          if (charAt(p) != '.') {
            return false;
          }
          p++;
        }
        long scanned = scanUnsignedShort(p);
        if (scanned < 0) {
          return false;
        }
        int value = (int) (scanned & 0xFFFF);
        if (i == 0) {
          rule.m = value;
        } else if (i == 1) {
          rule.n = value;
        } else {
          rule.d = value;
        }
        p = (int) (scanned >>> 16);
      }
      if (rule.m < 1 || rule.m > 12 || rule.n < 1 || rule.n > 5 || rule.d > 6) {
        return false;
      }
      pos = p;
    } else if (c == '\0') {
      // The United States rules since 2007, glibc's default.
      rule.type = M;
      rule.m = which == 0 ? 3 : 11;
      rule.n = which == 0 ? 2 : 1;
      rule.d = 0;
    } else {
      return false;
    }

    c = peek(0);
    if (c != '\0' && c != '/' && c != ',') {
      return false;
    } else if (c == '/') {
      pos++;
      if (peek(0) == '\0') {
        return false;
      }
      boolean negative = peek(0) == '-';
      if (negative) {
        pos++;
      }
      int[] hms = {2, 0, 0};
      pos += scanTime(hms);
      rule.secs = (negative ? -1 : 1) * (hms[0] * 3600 + hms[1] * 60 + hms[2]);
    } else {
      rule.secs = 2 * 3600;
    }
    return true;
  }

  @Override
  public String toString() {
    return "TZ=" + text;
  }
}
