package io.structseq.runtime;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * The time value as returned by gmtime(), localtime(), and strptime(), and accepted by asctime(),
 * mktime() and strftime(). May be considered as a sequence of 9 integers.
 *
 * <p>Note that several fields' values are not the same as those defined by the C language standard
 * for struct tm. For example, the value of the field tm_year is the actual year, not year - 1900.
 * See individual fields' descriptions for details.
 *
 * <p>Python's {@code time.struct_time}, returned by {@link Time#gmtime(long)} and
 * {@link Time#localtime(long)}: nine visible fields, and {@code tm_zone} and {@code tm_gmtoff} by
 * name only. Field documentation is CPython's, word for word ({@code tm_sec}'s stray parenthesis
 * included).
 *
 * <p>One difference from CPython: {@code time.struct_time(seq)} with nine values leaves
 * {@code tm_zone} and {@code tm_gmtoff} as {@code None}; here both are required (pass them in the
 * map of {@code StructTimeRecord.TYPE.fromSequence(values, named)}), because {@code tm_gmtoff} is an
 * {@code int} and {@code tm_zone} is never null in a result of {@link Time}.
 */
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
