package io.structseq.runtime;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The C library calls behind {@code Os}, {@code Resource} and {@code Sys} other than {@code stat}
 * ({@code statvfs}, {@code uname}, the terminal size, {@code times}, {@code sched_getparam},
 * {@code getrusage} and the thread library's version): the FFM backend on JDK 22 and later with
 * native access, else {@link PosixProcBackend}, which answers from {@code /proc} where that is exact
 * and otherwise throws {@link UnsupportedOperationException}.
 * {@link Backends} picks one on first use.
 */
interface PosixBackend {
  /**
   * Returns the clock tick of {@code times(2)}, as {@code sysconf(_SC_CLK_TCK)} gave it to a native
   * backend.
   *
   * @throws UnsupportedOperationException if it gave none
   */
  static double clockTicks(long sysconf) {
    if (sysconf <= 0) {
      throw new UnsupportedOperationException(
          "sysconf(_SC_CLK_TCK) gives no clock tick on " + Backends.abi().name());
    }
    return sysconf;
  }

  /** The backend of this JVM, chosen when the first call runs. */
  PosixBackend CURRENT = Backends.posix();

  /** Returns {@code "ffm"} or {@code "proc"}. */
  String name();

  /** {@code statvfs(2)}; errors as {@link Os#stat(Path)}. */
  StatvfsResult statvfs(Path path) throws IOException;

  /** {@code uname(2)}. */
  UnameResult uname() throws IOException;

  /** {@code ioctl(fd, TIOCGWINSZ)}. */
  TerminalSize terminalSize(int fd) throws IOException;

  /** {@code times(2)} over {@code sysconf(_SC_CLK_TCK)}. */
  TimesResult times() throws IOException;

  /** {@code sched_getparam(2)}. */
  SchedParam schedGetparam(int pid) throws IOException;

  /** {@code getrusage(2)} for a {@code who} already checked. */
  StructRusage getrusage(int who) throws IOException;

  /** {@code confstr(_CS_GNU_LIBPTHREAD_VERSION)}, or null where the C library has none. */
  @Nullable String threadLibraryVersion();

  /** The members of {@code struct statvfs} {@link #statvfs(long[])} reads, in its order. */
  static long[] statvfsWords(Abi abi) {
    return abi.statvfs().wordOffsets("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
        "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid");
  }

  /** The members of {@code struct tms} {@link #times(long[], long, double)} reads, in its order. */
  static long[] tmsWords(Abi abi) {
    return abi.tms().wordOffsets("tms_utime", "tms_stime", "tms_cutime", "tms_cstime");
  }

  /** The members of {@code struct rusage} {@link #rusage(long[])} reads, in its order. */
  static long[] rusageWords(Abi abi) {
    return abi.rusage().wordOffsets("ru_utime.tv_sec", "ru_utime.tv_usec", "ru_stime.tv_sec",
        "ru_stime.tv_usec", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
        "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw",
        "ru_nivcsw");
  }

  /**
   * The result of {@code statvfs} from the words of {@link #statvfsWords}: CPython casts every visible
   * field to a C long ({@code PyLong_FromLong}) and {@code f_fsid} to unsigned long.
   */
  static StatvfsResult statvfs(long[] w) {
    BigInteger fsid = w[10] >= 0 ? BigInteger.valueOf(w[10]) : new BigInteger(Long.toUnsignedString(w[10]));
    return new StatvfsResultRecord(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], fsid);
  }

  /** The result of {@code times} from the words of {@link #tmsWords}, its return value and the clock tick. */
  static TimesResult times(long[] w, long elapsed, double ticks) {
    return new TimesResultRecord(w[0] / ticks, w[1] / ticks, w[2] / ticks, w[3] / ticks, elapsed / ticks);
  }

  /** The result of {@code getrusage} from the words of {@link #rusageWords}. */
  static StructRusage rusage(long[] w) {
    // CPython's doubletime: tv_sec + tv_usec * 0.000001, multiplied, not divided.
    return new StructRusageRecord((double) w[0] + w[1] * 0.000001, (double) w[2] + w[3] * 0.000001, w[4], w[5],
        w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13], w[14], w[15], w[16], w[17]);
  }

  /**
   * One NUL-terminated {@code char[]} member of {@code struct utsname}, decoded as CPython decodes it
   * ({@link FsCodec}).
   *
   * @param bytes a copy of the structure
   */
  static String utsField(byte[] bytes, CStruct.Member m) {
    int start = (int) m.offset();
    int end = start;
    while (end < start + m.size() && bytes[end] != 0) {
      end++;
    }
    return FsCodec.decode(Arrays.copyOfRange(bytes, start, end));
  }
}
