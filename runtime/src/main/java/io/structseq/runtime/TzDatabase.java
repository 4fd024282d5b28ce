package io.structseq.runtime;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link TzZone} for a {@code TZ} value or a {@link ZoneId} the way glibc's
 * {@code tzset} does: a name is a file under the tz database directory ({@code TZDIR}, else
 * {@code /usr/share/zoneinfo}) or an absolute path; a value that names no TZif file is read as a
 * POSIX TZ string. Zones are read once and cached for the life of the JVM, so a tz database update
 * is seen after a restart.
 */
final class TzDatabase {
  private static final String DEFAULT_ZONEINFO = "/usr/share/zoneinfo";
  private static final String TZDEFAULT = "/etc/localtime";
  /** glibc's {@code TZDEFRULES}: the rules of a TZ string that gives none, under the directory. */
  private static final String DEFAULT_RULES = "posixrules";
  private static final Map<String, TzZone> BY_TZ_VALUE = new ConcurrentHashMap<>();
  private static final Map<ZoneId, TzZone> BY_ZONE_ID = new ConcurrentHashMap<>();

  private TzDatabase() {}

  /** Holds the zone of this process, read on first use. */
  private static final class Local {
    static final TzZone ZONE = forTzVariable(System.getenv("TZ"));
  }

  /**
   * The zone C's {@code localtime} uses in this process: the {@code TZ} environment variable as the
   * JVM was started with it, else {@code /etc/localtime}.
   *
   * @return the zone
   */
  static TzZone local() {
    return Local.ZONE;
  }

  /**
   * The zone a value of the {@code TZ} environment variable selects, as glibc's {@code tzset}
   * reads it: unset means {@code /etc/localtime} (UTC if that is missing), empty means
   * {@code Universal}, a leading {@code ':'} is dropped, a relative name is looked up in the tz
   * database directory, and a value that is no TZif file is parsed as a POSIX TZ string.
   *
   * @param tz the value, or null when the variable is unset
   * @return the zone
   */
  static TzZone forTzVariable(String tz) {
    String key = tz == null ? "\0unset" : tz;
    return BY_TZ_VALUE.computeIfAbsent(key, k -> readTzVariable(tz));
  }

  private static TzZone readTzVariable(String tz) {
    if (tz == null) {
      return TzFile.read(Path.of(TZDEFAULT))
          .<TzZone>map(z -> z)
          .orElseGet(() -> TzString.fixed("UTC", 0));
    }
    String name = tz.isEmpty() ? "Universal" : tz;
    if (name.startsWith(":")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      return TzString.fixed("UTC", 0);
    }
    String spec = name;
    return readFile(name)
        .<TzZone>map(z -> z)
        .orElseGet(() -> posixString(spec));
  }

  /**
   * A POSIX TZ string as glibc's {@code __tzset_parse_tz} makes it: one that names daylight saving
   * time without rules takes them from the {@code posixrules} file of the tz database directory
   * ({@code __tzfile_default}), when there is one with at least two types.
   */
  private static TzZone posixString(String spec) {
    TzString parsed = TzString.parse(spec);
    if (!parsed.withoutRules()) {
      return parsed;
    }
    TzPeriod std = parsed.standard();
    TzPeriod dst = parsed.daylight();
    return readFile(DEFAULT_RULES)
        .flatMap(rules -> rules.withNamesAndOffsets(std.abbreviation(), dst.abbreviation(),
            std.offset(), dst.offset()))
        .<TzZone>map(z -> z)
        .orElse(parsed);
  }

  /**
   * The zone for a {@link ZoneId}: a region's TZif file from the tz database directory, else
   * {@code java.time}'s rules ({@link TzJavaZone}); a {@link ZoneOffset} is a fixed zone named as the
   * tz database names such zones ({@code "UTC"}, {@code "+0530"}, {@code "-03"}).
   *
   * @param zone the zone
   * @return the zone
   */
  static TzZone forZoneId(ZoneId zone) {
    return BY_ZONE_ID.computeIfAbsent(zone, TzDatabase::readZoneId);
  }

  private static TzZone readZoneId(ZoneId zone) {
    if (zone instanceof ZoneOffset zoneOffset) {
      int seconds = zoneOffset.getTotalSeconds();
      return TzString.fixed(TzJavaZone.numericAbbreviation(seconds), seconds);
    }
    return readFile(zone.getId())
        .<TzZone>map(z -> z)
        .orElseGet(() -> new TzJavaZone(zone));
  }

  /** Reads a zone name as a file: absolute as it is, relative under {@code TZDIR} or the default. */
  private static Optional<TzFile> readFile(String name) {
    String dir = System.getenv("TZDIR");
    if (dir == null || dir.isEmpty()) {
      dir = DEFAULT_ZONEINFO;
    }
    try {
      return TzFile.read(name.startsWith("/") ? Path.of(name) : Path.of(dir, name));
    } catch (InvalidPathException e) { // a NUL or the like: no file has that name
      return Optional.empty();
    }
  }
}
