package io.structseq.runtime;

/**
 * What a time zone says about one instant: the offset from UTC, whether it is daylight saving time,
 * and the abbreviation, the three things C's {@code localtime} puts into {@code tm_gmtoff},
 * {@code tm_isdst} and {@code tm_zone}.
 *
 * @param offset seconds east of UTC
 * @param dst whether daylight saving (summer) time is in effect
 * @param abbreviation the zone abbreviation, such as {@code "CEST"} or {@code "+1030"}
 */
record TzPeriod(int offset, boolean dst, String abbreviation) {}
