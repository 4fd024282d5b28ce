package io.structseq.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A compiled tz database file (TZif, RFC 8536, versions 1 to 4), such as
 * {@code /usr/share/zoneinfo/Europe/Berlin}, evaluated exactly as glibc's {@code tzfile.c} does:
 * the transition table first, the POSIX TZ footer ({@link TzString}) from the last transition on,
 * and before the first transition the first standard-time type.
 *
 * <p>Leap-second records ({@code right/} zones) are read past but not applied; glibc would shift
 * the broken-down time by the accumulated leap seconds.
 */
final class TzFile implements TzZone {
  private static final int HEADER_SIZE = 44;

  private final long[] transitions;
  /** For each transition, the index into {@link #types} that applies from it on. */
  private final byte[] transitionTypes;
  private final TzPeriod[] types;
  /** The footer, or null when the file has none (version 1, or an empty footer). */
  private final @Nullable TzString footer;
  /** The type before the first transition: the first standard-time type, as glibc picks it. */
  private final TzPeriod initial;

  /** For each type, whether its transitions are in standard time, and in UT ({@code isstd}, {@code isut}). */
  private final boolean[] standard;
  private final boolean[] universal;

  private TzFile(long[] transitions, byte[] transitionTypes, TzPeriod[] types,
      @Nullable TzString footer, boolean[] standard, boolean[] universal) {
    this.transitions = transitions;
    this.transitionTypes = transitionTypes;
    this.types = types;
    this.footer = footer;
    this.standard = standard;
    this.universal = universal;
    TzPeriod first = types[0];
    for (TzPeriod type : types) {
      if (!type.dst()) {
        first = type;
        break;
      }
    }
    this.initial = first;
  }

  /**
   * Reads a TZif file.
   *
   * @param file the file
   * @return the zone, or empty if the file does not exist, cannot be read or is not a valid TZif
   *     file (glibc then falls back to reading the name as a POSIX TZ string)
   */
  static Optional<TzFile> read(Path file) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(bytes));
    } catch (RuntimeException e) { // truncated or inconsistent data
      return Optional.empty();
    }
  }

  /**
   * Parses TZif data.
   *
   * @param bytes the whole file
   * @return the zone
   * @throws IllegalArgumentException if the data is not valid TZif
   * @throws java.nio.BufferUnderflowException if it is truncated
   */
  static TzFile parse(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes); // big-endian, as TZif is
    Header header = Header.read(in);
    boolean wide = false;
    if (header.version >= '2') {
      // Skip the version 1 data block; glibc on a 64-bit time_t uses only the second one.
      in.position(in.position() + header.dataSize(4));
      header = Header.read(in);
      wide = true;
    }
    long[] transitions = new long[header.timecnt];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = wide ? in.getLong() : in.getInt();
    }
    byte[] transitionTypes = new byte[header.timecnt];
    in.get(transitionTypes);
    int[] offsets = new int[header.typecnt];
    boolean[] dst = new boolean[header.typecnt];
    int[] abbreviationIndex = new int[header.typecnt];
    for (int i = 0; i < header.typecnt; i++) {
      offsets[i] = in.getInt();
      int isdst = in.get() & 0xFF;
      if (isdst > 1) {
        throw new IllegalArgumentException("bad isdst " + isdst);
      }
      dst[i] = isdst == 1;
      abbreviationIndex[i] = in.get() & 0xFF;
    }
    byte[] chars = new byte[header.charcnt];
    in.get(chars);
    in.position(in.position() + header.leapcnt * (wide ? 12 : 8));
    boolean[] standard = new boolean[header.typecnt];
    boolean[] universal = new boolean[header.typecnt];
    if (header.isstdcnt > header.typecnt || header.isutcnt > header.typecnt) {
      throw new IllegalArgumentException("more isstd or isut indicators than types");
    }
    for (int i = 0; i < header.isstdcnt; i++) {
      standard[i] = in.get() != 0;
    }
    for (int i = 0; i < header.isutcnt; i++) {
      universal[i] = in.get() != 0;
    }

    TzPeriod[] types = new TzPeriod[header.typecnt];
    for (int i = 0; i < types.length; i++) {
      int start = abbreviationIndex[i];
      if (start >= chars.length) {
        throw new IllegalArgumentException("bad abbreviation index " + start);
      }
      int end = start;
      while (end < chars.length && chars[end] != 0) {
        end++;
      }
      String abbreviation = new String(chars, start, end - start, StandardCharsets.US_ASCII);
      types[i] = new TzPeriod(offsets[i], dst[i], abbreviation);
    }
    if (types.length == 0) {
      throw new IllegalArgumentException("no local time types");
    }
    for (byte t : transitionTypes) {
      if ((t & 0xFF) >= types.length) {
        throw new IllegalArgumentException("bad transition type " + (t & 0xFF));
      }
    }

    @Nullable TzString footer = null;
    if (wide) {
      // glibc's tzfile.c: what follows the 64-bit data is "\n", the TZ string and one more byte (the
      // closing "\n", never looked at). A file with less than two bytes there is rejected; one whose
      // next byte is no "\n" has no footer; the string ends at a NUL, and an empty one is none.
      int rest = in.remaining();
      if (rest < 2) {
        throw new IllegalArgumentException("no room for the TZ string footer");
      }
      if (in.get() == '\n') {
        int start = in.position();
        int end = start;
        while (end < start + rest - 2 && bytes[end] != 0) {
          end++;
        }
        if (end > start) {
          footer = TzString.parse(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return new TzFile(transitions, transitionTypes, types, footer, standard, universal);
  }

  /**
   * glibc's {@code __tzfile_default}: the zone of a {@code TZ} string that names standard and daylight
   * time but gives no rules ({@code TZ=AAA5BBB}), built from the rules file {@code posixrules} (this
   * file): its transitions, moved by the difference between the string's offsets and the file's, each
   * to the string's standard or daylight type. As in glibc, the file's own footer still applies after
   * its last transition, names included.
   *
   * @param std the standard time name
   * @param dst the daylight saving time name
   * @param stdOffset standard time, seconds east of UTC
   * @param dstOffset daylight saving time, seconds east of UTC
   * @return the zone, or empty when this file has fewer than two types (glibc then keeps the string)
   */
  Optional<TzFile> withNamesAndOffsets(String std, String dst, int stdOffset, int dstOffset) {
    if (types.length < 2) {
      return Optional.empty();
    }
    // glibc corrects a wall-clock transition by the difference between the string's offset and the
    // file's: for standard time, the offset of the file's latest standard time transition. For
    // daylight time its source subtracts rule_dstoff, but in a process whose first zone this is,
    // glibc 2.36 behaves as if that were 0 (measured with CPython 3.13: TZ=AAA5BBB3 ends DST on
    // 2024-11-03 at 03:00 UT, three hours before New York's 06:00; AAA1BBB at 06:00, AAA0BBB at 07:00,
    // and in one process the shift follows the zone set before). TzStringPropertyTest checks this
    // against CPython with random strings.
    int ruleStd = types[0].offset();
    for (int i = transitions.length - 1; i >= 0; i--) {
      TzPeriod type = types[transitionTypes[i] & 0xFF];
      if (!type.dst()) {
        ruleStd = type.offset();
        break;
      }
    }
    long[] moved = transitions.clone();
    byte[] flavours = new byte[transitions.length];
    boolean wasDst = false;
    for (int i = 0; i < moved.length; i++) {
      int type = transitionTypes[i] & 0xFF;
      flavours[i] = (byte) (types[type].dst() ? 1 : 0);
      if (universal[type]) {
        // the transition time is in UT: nothing to move
      } else if (wasDst && !standard[type]) {
        moved[i] += dstOffset;
      } else {
        moved[i] += stdOffset - ruleStd;
      }
      wasDst = types[type].dst();
    }
    TzPeriod[] two = {new TzPeriod(stdOffset, false, std), new TzPeriod(dstOffset, true, dst)};
    return Optional.of(new TzFile(moved, flavours, two, footer, new boolean[2], new boolean[2]));
  }

  @Override
  public TzPeriod periodAt(long epochSecond) {
    int n = transitions.length;
    if (n == 0 || epochSecond < transitions[0]) {
      return initial;
    }
    if (epochSecond >= transitions[n - 1] && footer != null) {
      return footer.periodAt(epochSecond);
    }
    // The last transition at or before the instant.
    int i = Arrays.binarySearch(transitions, epochSecond);
    if (i < 0) {
      i = -i - 2;
    } else {
      while (i + 1 < n && transitions[i + 1] == epochSecond) {
        i++;
      }
    }
    return types[transitionTypes[i] & 0xFF];
  }

  /** The counts of a TZif header, in file order. */
  private static final class Header {
    int version;
    int isutcnt;
    int isstdcnt;
    int leapcnt;
    int timecnt;
    int typecnt;
    int charcnt;

    static Header read(ByteBuffer in) {
      if (in.remaining() < HEADER_SIZE
          || in.get() != 'T' || in.get() != 'Z' || in.get() != 'i' || in.get() != 'f') {
        throw new IllegalArgumentException("not a TZif file");
      }
      Header h = new Header();
      h.version = in.get() & 0xFF;
      in.position(in.position() + 15);
      h.isutcnt = count(in);
      h.isstdcnt = count(in);
      h.leapcnt = count(in);
      h.timecnt = count(in);
      h.typecnt = count(in);
      h.charcnt = count(in);
      return h;
    }

    private static int count(ByteBuffer in) {
      int c = in.getInt();
      if (c < 0 || c > 1 << 20) {
        throw new IllegalArgumentException("bad count " + c);
      }
      return c;
    }

    /** The size of the data block that follows this header, for transition times of a width. */
    int dataSize(int timeSize) {
      return timecnt * timeSize + timecnt + typecnt * 6 + charcnt + leapcnt * (timeSize + 4)
          + isstdcnt + isutcnt;
    }
  }
}
