package io.structseq.runtime;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One way of reading {@code stat(2)}: the FFM backend ({@code java.lang.foreign}, JDK 22 and later) or
 * the {@code java.nio.file} fallback. {@link Backends} picks one when {@link Os} is loaded.
 */
interface OsBackend {
  long NANOS_PER_SECOND = 1_000_000_000L;
  /**
   * The largest number of seconds, either side of the epoch, whose nanoseconds plus any
   * {@code tv_nsec} (0 to 999,999,999) fit in a {@code long}.
   */
  long FAST_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;
  BigInteger BILLION = BigInteger.valueOf(NANOS_PER_SECOND);

  /** Returns the name {@link Os#backend()} reports: {@code "ffm"} or {@code "nio"}. */
  String name();

  /**
   * Reads the status of a file.
   *
   * @param path a path of the default file system
   * @param followLinks {@code true} for {@code stat}, {@code false} for {@code lstat}
   * @return the result
   * @throws IOException as {@link Os#stat(Path)} documents
   */
  StatResult stat(Path path, boolean followLinks) throws IOException;

  /**
   * Builds a result from the raw fields of {@code struct stat}, deriving the float and nanosecond times
   * exactly as CPython's {@code fill_time} does.
   *
   * @param mode {@code st_mode}
   * @param ino {@code st_ino}
   * @param dev {@code st_dev}
   * @param nlink {@code st_nlink}
   * @param uid {@code st_uid}, already widened as CPython widens it (see {@link #uid(int)})
   * @param gid {@code st_gid}, likewise
   * @param size {@code st_size}
   * @param atimeSec {@code st_atim.tv_sec}
   * @param atimeNsec {@code st_atim.tv_nsec}
   * @param mtimeSec {@code st_mtim.tv_sec}
   * @param mtimeNsec {@code st_mtim.tv_nsec}
   * @param ctimeSec {@code st_ctim.tv_sec}
   * @param ctimeNsec {@code st_ctim.tv_nsec}
   * @param blksize {@code st_blksize}, or {@code null} when the backend cannot read it
   * @param blocks {@code st_blocks}, or {@code null} when the backend cannot read it
   * @param rdev {@code st_rdev}
   * @return the result
   */
  static StatResult result(
      int mode,
      long ino,
      long dev,
      long nlink,
      long uid,
      long gid,
      long size,
      long atimeSec,
      long atimeNsec,
      long mtimeSec,
      long mtimeNsec,
      long ctimeSec,
      long ctimeNsec,
      @Nullable Long blksize,
      @Nullable Long blocks,
      long rdev) {
    // Equal times share one BigInteger (immutable): a file's ctime is often its mtime.
    BigInteger atimeNs = nanoseconds(atimeSec, atimeNsec);
    BigInteger mtimeNs = mtimeSec == atimeSec && mtimeNsec == atimeNsec
        ? atimeNs : nanoseconds(mtimeSec, mtimeNsec);
    BigInteger ctimeNs = ctimeSec == mtimeSec && ctimeNsec == mtimeNsec ? mtimeNs
        : ctimeSec == atimeSec && ctimeNsec == atimeNsec ? atimeNs
        : nanoseconds(ctimeSec, ctimeNsec);
    return new StatResultRecord(
        mode, ino, dev, nlink, uid, gid, size,
        atimeSec, mtimeSec, ctimeSec,
        seconds(atimeSec, atimeNsec), seconds(mtimeSec, mtimeNsec), seconds(ctimeSec, ctimeNsec),
        atimeNs, mtimeNs, ctimeNs,
        blksize, blocks, rdev);
  }

  /**
   * CPython's float time: {@code sec + nsec * 1e-9} in double arithmetic, so the value is the same
   * double CPython computes, rounding included.
   */
  private static double seconds(long sec, long nsec) {
    return sec + nsec * 1e-9;
  }

  /**
   * CPython's nanosecond time: {@code sec * 10**9 + nsec}, exact for every {@code time_t}. A time
   * between 1677 and 2262 takes the fast path, one {@code BigInteger} from a {@code long}; only times
   * beyond need the exact multiplication.
   */
  static BigInteger nanoseconds(long sec, long nsec) {
    if (sec >= -FAST_SECONDS && sec <= FAST_SECONDS && nsec >= 0 && nsec < NANOS_PER_SECOND) {
      return BigInteger.valueOf(sec * NANOS_PER_SECOND + nsec);
    }
    return BigInteger.valueOf(sec).multiply(BILLION).add(BigInteger.valueOf(nsec));
  }

  /**
   * Widens a {@code uid_t} or {@code gid_t} (an unsigned 32-bit integer) as CPython's
   * {@code _PyLong_FromUid} does: {@code (uid_t) -1} stays {@code -1}, every other value is unsigned.
   *
   * @param id the raw 32 bits
   * @return the value Python shows
   */
  static long uid(int id) {
    return id == -1 ? -1 : Integer.toUnsignedLong(id);
  }
}
