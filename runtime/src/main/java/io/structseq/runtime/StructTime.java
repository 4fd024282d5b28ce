package io.structseq.runtime;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * The time value as returned by gmtime(), localtime(), and strptime(), and
 * accepted by asctime(), mktime() and strftime().  May be considered as a
 * sequence of 9 integers.
 *
 * Note that several fields' values are not the same as those defined by
 * the C language standard for struct tm.  For example, the value of the
 * field tm_year is the actual year, not year - 1900.  See individual
 * fields' descriptions for details.
 */
// The comment above is CPython's docstring, word for word (TimeTest compares it with CPython's),
// because it becomes StructType.doc(). For Java: Python's time.struct_time, returned by Time.gmtime
// and Time.localtime: nine visible fields, and tm_zone and tm_gmtoff by name only. Field
// documentation is CPython's too (tm_sec's stray parenthesis included). One difference from CPython:
// time.struct_time(seq) with nine values leaves tm_zone and tm_gmtoff as None; here both are
// required (pass them in the map of StructTimeRecord.TYPE.fromSequence(values, named)), because
// tm_gmtoff is an int and tm_zone is never null in a result of Time.
@StructSeq(name = "time.struct_time")
public interface StructTime extends StructSequence {

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
  @Hidden
  String tm_zone();

  /** offset from UTC in seconds */
  @Hidden
  int tm_gmtoff();
}
