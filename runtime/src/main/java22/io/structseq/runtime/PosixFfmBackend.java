package io.structseq.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The other calls through the C library with the Foreign Function &amp; Memory API (JDK 22 and
 * later): every structure is read at the offsets of this process's {@link Abi}. Values are converted
 * exactly as CPython 3.13's {@code posixmodule.c} and {@code resource.c} convert them.
 */
final class PosixFfmBackend implements PosixBackend {
  private static final Charset FILE_NAME_CHARSET = FileNames.CHARSET;

  private final Abi abi;
  private final MethodHandle statvfs;
  private final MethodHandle uname;
  private final MethodHandle ioctl;
  private final MethodHandle times;
  /** {@code sysconf(_SC_CLK_TCK)}, read once as CPython reads it once. */
  private final double clockTicks;
  private final MethodHandle schedGetparam;
  private final MethodHandle getrusage;
  private final MethodHandle confstr;

  private PosixFfmBackend(Abi abi, MethodHandle statvfs, MethodHandle uname, MethodHandle ioctl,
      MethodHandle times, MethodHandle sysconf, MethodHandle schedGetparam, MethodHandle getrusage,
      MethodHandle confstr) {
    this.abi = abi;
    this.statvfs = statvfs;
    this.uname = uname;
    this.ioctl = ioctl;
    this.times = times;
    this.clockTicks = clockTicks(sysconf);
    this.schedGetparam = schedGetparam;
    this.getrusage = getrusage;
    this.confstr = confstr;
  }

  /** @return the backend, or null when the C library lacks a function */
  static PosixBackend createIfSupported() {
    // ioctl is variadic: its third argument must be passed as C passes variadic arguments.
    List<Optional<MethodHandle>> handles = List.of(
        Libc.withErrno("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)),
        Libc.withErrno("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
        Libc.withErrno("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
            Linker.Option.firstVariadicArg(2)),
        Libc.withErrno("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS)),
        Libc.plain("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT)),
        Libc.withErrno("sched_getparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
        Libc.withErrno("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
        Libc.plain("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG)));
    if (handles.stream().anyMatch(Optional::isEmpty)) {
      return null;
    }
    MethodHandle[] h = handles.stream().map(Optional::get).toArray(MethodHandle[]::new);
    return new PosixFfmBackend(Backends.abi(), h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]);
  }

  @Override
  public String name() {
    return "ffm";
  }

  @Override
  public StatvfsResult statvfs(Path path) throws IOException {
    return call("statvfs", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment buf = scratch.struct;
      MemorySegment name = scratch.cString(path);
      // Retried on EINTR as CPython retries it (a signal during a slow network file system).
      int rc;
      do {
        rc = (int) statvfs.invokeExact(state, name, buf);
      } while (rc != 0 && Libc.errno(state) == Errno.EINTR);
      if (rc != 0) {
        throw Errno.onPath(path.toString(), Libc.errno(state), Libc::strerror);
      }
      // CPython casts every visible field to a C long (PyLong_FromLong) and f_fsid to unsigned long.
      CStruct t = abi.statvfs();
      return new StatvfsResultRecord(
          word(buf, t, "f_bsize"), word(buf, t, "f_frsize"), word(buf, t, "f_blocks"), word(buf, t, "f_bfree"),
          word(buf, t, "f_bavail"), word(buf, t, "f_files"), word(buf, t, "f_ffree"), word(buf, t, "f_favail"),
          word(buf, t, "f_flag"), word(buf, t, "f_namemax"), unsigned(word(buf, t, "f_fsid")));
    });
  }

  @Override
  public UnameResult uname() throws IOException {
    return call("uname", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment buf = scratch.struct;
      if ((int) uname.invokeExact(state, buf) != 0) {
        throw error(Libc.errno(state));
      }
      CStruct t = abi.utsname();
      byte[] bytes = scratch.bytes;
      MemorySegment.copy(buf, JAVA_BYTE, 0, bytes, 0, (int) t.size());
      return new UnameResultRecord(utsField(bytes, t, "sysname"), utsField(bytes, t, "nodename"),
          utsField(bytes, t, "release"), utsField(bytes, t, "version"), utsField(bytes, t, "machine"));
    });
  }

  @Override
  public TerminalSize terminalSize(int fd) throws IOException {
    return call("ioctl(TIOCGWINSZ)", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment winsize = scratch.struct;
      if ((int) ioctl.invokeExact(state, fd, Lp64Linux.TIOCGWINSZ, winsize) != 0) {
        throw error(Libc.errno(state));
      }
      CStruct t = abi.winsize();
      int rows = Short.toUnsignedInt(winsize.get(JAVA_SHORT, t.offset("ws_row")));
      int columns = Short.toUnsignedInt(winsize.get(JAVA_SHORT, t.offset("ws_col")));
      return new TerminalSizeRecord(columns, rows);
    });
  }

  @Override
  public TimesResult times() throws IOException {
    return call("times", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment tms = scratch.struct;
      long elapsed = (long) times.invokeExact(state, tms);
      if (elapsed == -1) {
        throw error(Libc.errno(state));
      }
      double ticks = clockTicks;
      CStruct t = abi.tms();
      return new TimesResultRecord(word(tms, t, "tms_utime") / ticks, word(tms, t, "tms_stime") / ticks,
          word(tms, t, "tms_cutime") / ticks, word(tms, t, "tms_cstime") / ticks, elapsed / ticks);
    });
  }

  @Override
  public SchedParam schedGetparam(int pid) throws IOException {
    return call("sched_getparam", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment param = scratch.struct;
      if ((int) schedGetparam.invokeExact(state, pid, param) != 0) {
        throw error(Libc.errno(state));
      }
      return new SchedParamRecord(param.get(JAVA_INT, abi.schedParam().offset("sched_priority")));
    });
  }

  @Override
  public StructRusage getrusage(int who) throws IOException {
    return call("getrusage", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment ru = scratch.struct;
      if ((int) getrusage.invokeExact(state, who, ru) != 0) {
        int errno = Libc.errno(state);
        if (errno == Errno.EINVAL) {
          throw new IllegalArgumentException("invalid who parameter");
        }
        throw error(errno);
      }
      CStruct t = abi.rusage();
      return new StructRusageRecord(seconds(ru, t, "ru_utime"), seconds(ru, t, "ru_stime"),
          word(ru, t, "ru_maxrss"), word(ru, t, "ru_ixrss"), word(ru, t, "ru_idrss"), word(ru, t, "ru_isrss"),
          word(ru, t, "ru_minflt"), word(ru, t, "ru_majflt"), word(ru, t, "ru_nswap"),
          word(ru, t, "ru_inblock"), word(ru, t, "ru_oublock"), word(ru, t, "ru_msgsnd"),
          word(ru, t, "ru_msgrcv"), word(ru, t, "ru_nsignals"), word(ru, t, "ru_nvcsw"), word(ru, t, "ru_nivcsw"));
    });
  }

  @Override
  public String threadLibraryVersion() {
    try {
      return confstr();
    } catch (IOException e) {
      throw new IllegalStateException("confstr reports no errors", e);
    }
  }

  private String confstr() throws IOException {
    return call("confstr", scratch -> {
      MemorySegment buf = scratch.struct;
      long len = (long) confstr.invokeExact(Lp64Linux.CS_GNU_LIBPTHREAD_VERSION, buf, (long) Scratch.CONFSTR_BUFFER);
      // As CPython's PyThread_GetInfo: a name only when it fits its buffer, else None.
      if (len <= 1 || len >= Scratch.CONFSTR_BUFFER) {
        return null;
      }
      return new String(buf.asSlice(0, len - 1).toArray(JAVA_BYTE), FILE_NAME_CHARSET);
    });
  }

  /** One C call on this thread's scratch memory; a failure of the call mechanism is a bug. */
  private interface NativeCall<T> {
    T run(Scratch scratch) throws Throwable;
  }

  private static <T> T call(String function, NativeCall<T> call) throws IOException {
    try {
      return call.run(Scratch.get());
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling " + function + " failed", t);
    }
  }

  /** CPython's {@code doubletime}: {@code tv_sec + tv_usec * 0.000001}, multiplied, not divided. */
  private static double seconds(MemorySegment struct, CStruct table, String timeval) {
    return (double) word(struct, table, timeval + ".tv_sec") + word(struct, table, timeval + ".tv_usec") * 0.000001;
  }

  /** A C {@code long} (or {@code clock_t}, {@code fsblkcnt_t}...) member, 8 bytes on every supported ABI. */
  private static long word(MemorySegment struct, CStruct table, String member) {
    CStruct.Member m = table.member(member);
    if (m.size() != Long.BYTES) {
      throw new IllegalStateException("struct " + table.name() + "." + member + " has " + m.size() + " bytes");
    }
    return struct.get(JAVA_LONG, m.offset());
  }

  private static BigInteger unsigned(long value) {
    return value >= 0 ? BigInteger.valueOf(value) : new BigInteger(Long.toUnsignedString(value));
  }

  /** One NUL-terminated {@code char[]} of {@code struct utsname}, copied into {@code bytes}. */
  private static String utsField(byte[] bytes, CStruct utsname, String member) {
    CStruct.Member m = utsname.member(member);
    int start = (int) m.offset();
    int end = start;
    while (end < start + m.size() && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, start, end - start, FILE_NAME_CHARSET);
  }

  private static double clockTicks(MethodHandle sysconf) {
    try {
      return (double) (long) sysconf.invokeExact(Lp64Linux.SC_CLK_TCK);
    } catch (Throwable t) {
      throw new IllegalStateException("calling sysconf failed", t);
    }
  }

  private static ErrnoException error(int errno) {
    return new ErrnoException(null, errno, Libc.strerror(errno));
  }
}
