package io.structseq.runtime;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;
import java.math.BigInteger;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * stat_result: Result from stat, fstat, or lstat.
 *
 * This object may be accessed either as a tuple of
 *   (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
 * or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.
 *
 * Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,
 * or st_flags, they are available as attributes only.
 *
 * See os.stat for more information.
 */
// The comment above is CPython's docstring, word for word, because it becomes StructType.doc(). For
// Java: the result of Os.stat and Os.lstat; fields the running JDK cannot read are null (see Os). The
// st_*_ns times are BigInteger, exact like CPython's int: a long of nanoseconds ends in 1677 and 2262,
// and file systems hold times far beyond (tmpfs: 64-bit seconds).
@StructSeq(name = "os.stat_result")
public interface StatResult extends StructSequence {
  /** protection bits */
  int st_mode();

  /** inode */
  long st_ino();

  /** device */
  long st_dev();

  /** number of hard links */
  long st_nlink();

  /** user ID of owner */
  long st_uid();

  /** group ID of owner */
  long st_gid();

  /** total size, in bytes */
  long st_size();

  /** integer time of last access */
  @Unnamed(label = "st_atime")
  long st_atime_sec();

  /** integer time of last modification */
  @Unnamed(label = "st_mtime")
  long st_mtime_sec();

  /** integer time of last change */
  @Unnamed(label = "st_ctime")
  long st_ctime_sec();

  /** time of last access */
  @Hidden
  double st_atime();

  /** time of last modification */
  @Hidden
  double st_mtime();

  /** time of last change */
  @Hidden
  double st_ctime();

  /** time of last access in nanoseconds */
  @Hidden
  BigInteger st_atime_ns();

  /** time of last modification in nanoseconds */
  @Hidden
  BigInteger st_mtime_ns();

  /** time of last change in nanoseconds */
  @Hidden
  BigInteger st_ctime_ns();

  /** blocksize for filesystem I/O */
  @Hidden
  @Nullable
  Long st_blksize();

  /** number of blocks allocated */
  @Hidden
  @Nullable
  Long st_blocks();

  /** device type (if inode device) */
  @Hidden
  long st_rdev();

  /**
   * The time of last access as an {@link Instant}: {@link #st_atime_sec()} and the nanoseconds of
   * {@link #st_atime_ns()}, exact, unlike the float {@link #st_atime()}.
   *
   * @return the time
   * @throws java.time.DateTimeException if the time is outside {@link Instant}'s range (years
   *     -1,000,000,000 to 1,000,000,000), which a file system with 64-bit times can hold; the
   *     fields themselves are exact for every time
   */
  default Instant atimeInstant() {
    return instant(st_atime_sec(), st_atime_ns());
  }

  /**
   * The time of last modification as an {@link Instant}, like {@link #atimeInstant()}.
   *
   * @return the time
   * @throws java.time.DateTimeException if the time is outside {@link Instant}'s range
   */
  default Instant mtimeInstant() {
    return instant(st_mtime_sec(), st_mtime_ns());
  }

  /**
   * The time of last status change as an {@link Instant}, like {@link #atimeInstant()}.
   *
   * @return the time
   * @throws java.time.DateTimeException if the time is outside {@link Instant}'s range
   */
  default Instant ctimeInstant() {
    return instant(st_ctime_sec(), st_ctime_ns());
  }

  /** The whole seconds and the nanoseconds past them, {@code ns - sec * 10**9}, as an Instant. */
  private static Instant instant(long seconds, BigInteger nanoseconds) {
    BigInteger wholeSeconds = BigInteger.valueOf(seconds).multiply(BigInteger.valueOf(1_000_000_000L));
    return Instant.ofEpochSecond(seconds, nanoseconds.subtract(wholeSeconds).longValueExact());
  }
}
