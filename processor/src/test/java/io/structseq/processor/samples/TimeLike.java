package io.structseq.processor.samples;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * The time value as returned by gmtime(), localtime(), and strptime().
 */
@StructSeq(name = "time.struct_time")
public interface TimeLike extends StructSequence {
  /** year, for example, 1993 */
  int tm_year();
  /** month of year, range [1, 12] */
  int tm_mon();
  /** day of month, range [1, 31] */
  int tm_mday();
  /** hours, range [0, 23] */
  int tm_hour();
  /** minutes, range [0, 59] */
  int tm_min();
  /** seconds, range [0, 61]) */
  int tm_sec();
  /** day of week, range [0, 6], Monday is 0 */
  int tm_wday();
  /** day of year, range [1, 366] */
  int tm_yday();
  /** 1 if summer time is in effect, 0 if not, and -1 if unknown */
  int tm_isdst();
  /** abbreviation of timezone name */
  @Hidden String tm_zone();
  /** offset from UTC in seconds */
  @Hidden int tm_gmtoff();

  /** Not a field: a derived value. */
  default boolean isLeapYear() {
    int y = tm_year();
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  }
}
