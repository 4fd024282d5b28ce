package io.structseq.runtime;

/**
 * A time zone as C's {@code localtime} sees it: maps an instant to its {@link TzPeriod}. Implemented
 * by a compiled tz database file ({@link TzFile}), a POSIX {@code TZ} string ({@link TzString}), and,
 * where the system has no tz database file for a zone, by {@code java.time}'s rules
 * ({@link TzJavaZone}).
 */
sealed interface TzZone permits TzFile, TzString, TzJavaZone {

  /**
   * The offset, daylight saving flag and abbreviation in effect at an instant.
   *
   * @param epochSecond seconds since 1970-01-01T00:00:00Z
   * @return the period
   */
  TzPeriod periodAt(long epochSecond);
}
