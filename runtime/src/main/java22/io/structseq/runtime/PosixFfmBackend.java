package io.structseq.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The v2 calls through the C library with the Foreign Function &amp; Memory API (JDK 22 and later), on
 * the 64-bit Linux platforms {@link Libc#usable()} admits. There every structure involved has the same
 * layout (glibc and musl, x86_64 and aarch64): C {@code long}, {@code clock_t}, {@code time_t},
 * {@code fsblkcnt_t} and {@code fsfilcnt_t} are 8 bytes, so the fields are read at fixed offsets.
 * Values are converted exactly as CPython 3.13's {@code posixmodule.c} and {@code resource.c} convert
 * them.
 */
final class PosixFfmBackend implements PosixBackend {
  // errno values and request numbers, the same on x86_64 and aarch64 Linux.
  private static final int ENOENT = 2;
  private static final int EINTR = 4;
  private static final int EACCES = 13;
  private static final int ENOTDIR = 20;
  private static final int EINVAL = 22;
  private static final int ELOOP = 40;
  private static final long TIOCGWINSZ = 0x5413;
  private static final int SC_CLK_TCK = 2;
  private static final int CS_GNU_LIBPTHREAD_VERSION = 3;
  /** The size of CPython's buffer for {@code confstr}: a longer answer gives {@code None}. */
  private static final int CONFSTR_BUFFER = 255;

  /** {@code struct utsname}: six {@code char[65]}. */
  private static final int UTSNAME_FIELD = 65;
  /**
   * Room for every structure: {@code struct utsname} (390 bytes), {@code struct statvfs} (112),
   * {@code struct rusage} (144), CPython's confstr buffer (255) and the small ones.
   */
  private static final long BUFFER_SIZE = 512;

  private static final Charset FILE_NAME_CHARSET = FileNames.CHARSET;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final MethodHandle statvfs;
  private final MethodHandle uname;
  private final MethodHandle ioctl;
  private final MethodHandle times;
  /** {@code sysconf(_SC_CLK_TCK)}, read once as CPython reads it once. */
  private final double clockTicks;
  private final MethodHandle schedGetparam;
  private final MethodHandle getrusage;
  private final MethodHandle confstr;

  private PosixFfmBackend(MethodHandle statvfs, MethodHandle uname, MethodHandle ioctl,
      MethodHandle times, MethodHandle sysconf, MethodHandle schedGetparam, MethodHandle getrusage,
      MethodHandle confstr) {
    this.statvfs = statvfs;
    this.uname = uname;
    this.ioctl = ioctl;
    this.times = times;
    this.clockTicks = clockTicks(sysconf);
    this.schedGetparam = schedGetparam;
    this.getrusage = getrusage;
    this.confstr = confstr;
  }

  /** @return the backend, or null when the C library lacks a function or native access is denied */
  @SuppressWarnings("restricted")
  static PosixBackend createIfSupported() {
    try {
      // ioctl is variadic: its third argument must be passed as C passes variadic arguments.
      Optional<MethodHandle> ioctl = Libc.withErrno("ioctl",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
      List<Optional<MethodHandle>> handles = List.of(
          Libc.withErrno("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)),
          Libc.withErrno("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS)),
          ioctl,
          Libc.withErrno("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS)),
          Libc.plain("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT)),
          Libc.withErrno("sched_getparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
          Libc.withErrno("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
          Libc.plain("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG)));
      if (handles.stream().anyMatch(Optional::isEmpty)) {
        return null;
      }
      MethodHandle[] h = handles.stream().map(Optional::get).toArray(MethodHandle[]::new);
      return new PosixFfmBackend(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]);
    } catch (UnsupportedOperationException | IllegalCallerException e) {
      return null;
    }
  }

  @Override
  public String name() {
    return "ffm";
  }

  @Override
  public StatvfsResult statvfs(Path path) throws IOException {
    return call("statvfs", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment buf = scratch.buffer;
      MemorySegment name = scratch.cString(path);
      // Retried on EINTR as CPython retries it (a signal during a slow network file system).
      int rc;
      do {
        rc = (int) statvfs.invokeExact(state, name, buf);
      } while (rc != 0 && Libc.errno(state) == EINTR);
      if (rc != 0) {
        throw pathError(path, Libc.errno(state));
      }
      // CPython casts every visible field to a C long (PyLong_FromLong) and f_fsid to unsigned long.
      return new StatvfsResultRecord(
          buf.get(JAVA_LONG, 0), buf.get(JAVA_LONG, 8), buf.get(JAVA_LONG, 16), buf.get(JAVA_LONG, 24),
          buf.get(JAVA_LONG, 32), buf.get(JAVA_LONG, 40), buf.get(JAVA_LONG, 48), buf.get(JAVA_LONG, 56),
          buf.get(JAVA_LONG, 72), buf.get(JAVA_LONG, 80), unsigned(buf.get(JAVA_LONG, 64)));
    });
  }

  @Override
  public UnameResult uname() throws IOException {
    return call("uname", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment buf = scratch.buffer;
      if ((int) uname.invokeExact(state, buf) != 0) {
        throw error(Libc.errno(state));
      }
      byte[] bytes = scratch.bytes;
      MemorySegment.copy(buf, JAVA_BYTE, 0, bytes, 0, 5 * UTSNAME_FIELD);
      return new UnameResultRecord(utsField(bytes, 0), utsField(bytes, 1), utsField(bytes, 2),
          utsField(bytes, 3), utsField(bytes, 4));
    });
  }

  @Override
  public TerminalSize terminalSize(int fd) throws IOException {
    return call("ioctl(TIOCGWINSZ)", scratch -> {
      MemorySegment state = scratch.callState;
      // struct winsize: unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel.
      MemorySegment winsize = scratch.buffer;
      if ((int) ioctl.invokeExact(state, fd, TIOCGWINSZ, winsize) != 0) {
        throw error(Libc.errno(state));
      }
      int rows = Short.toUnsignedInt(winsize.get(JAVA_SHORT, 0));
      int columns = Short.toUnsignedInt(winsize.get(JAVA_SHORT, 2));
      return new TerminalSizeRecord(columns, rows);
    });
  }

  @Override
  public TimesResult times() throws IOException {
    return call("times", scratch -> {
      MemorySegment state = scratch.callState;
      // struct tms: clock_t tms_utime, tms_stime, tms_cutime, tms_cstime.
      MemorySegment tms = scratch.buffer;
      long elapsed = (long) times.invokeExact(state, tms);
      if (elapsed == -1) {
        throw error(Libc.errno(state));
      }
      double ticks = clockTicks;
      return new TimesResultRecord(tms.get(JAVA_LONG, 0) / ticks, tms.get(JAVA_LONG, 8) / ticks,
          tms.get(JAVA_LONG, 16) / ticks, tms.get(JAVA_LONG, 24) / ticks, elapsed / ticks);
    });
  }

  @Override
  public SchedParam schedGetparam(int pid) throws IOException {
    return call("sched_getparam", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment param = scratch.buffer;
      if ((int) schedGetparam.invokeExact(state, pid, param) != 0) {
        throw error(Libc.errno(state));
      }
      return new SchedParamRecord(param.get(JAVA_INT, 0));
    });
  }

  @Override
  public StructRusage getrusage(int who) throws IOException {
    return call("getrusage", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment ru = scratch.buffer;
      if ((int) getrusage.invokeExact(state, who, ru) != 0) {
        int errno = Libc.errno(state);
        if (errno == EINVAL) {
          throw new IllegalArgumentException("invalid who parameter");
        }
        throw error(errno);
      }
      long[] l = new long[14];
      for (int i = 0; i < l.length; i++) {
        l[i] = ru.get(JAVA_LONG, 32 + 8L * i);
      }
      return new StructRusageRecord(seconds(ru, 0), seconds(ru, 16), l[0], l[1], l[2], l[3], l[4],
          l[5], l[6], l[7], l[8], l[9], l[10], l[11], l[12], l[13]);
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
      MemorySegment buf = scratch.buffer;
      long len = (long) confstr.invokeExact(CS_GNU_LIBPTHREAD_VERSION, buf, (long) CONFSTR_BUFFER);
      // As CPython's PyThread_GetInfo: a name only when it fits its buffer, else None.
      if (len <= 1 || len >= CONFSTR_BUFFER) {
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
      return call.run(SCRATCH.get());
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling " + function + " failed", t);
    }
  }

  /** CPython's {@code doubletime}: {@code tv_sec + tv_usec * 0.000001}, multiplied, not divided. */
  private static double seconds(MemorySegment timeval, long offset) {
    return (double) timeval.get(JAVA_LONG, offset) + timeval.get(JAVA_LONG, offset + 8) * 0.000001;
  }

  private static BigInteger unsigned(long value) {
    return value >= 0 ? BigInteger.valueOf(value) : new BigInteger(Long.toUnsignedString(value));
  }

  /** One NUL-terminated {@code char[65]} of {@code struct utsname}, copied into {@code bytes}. */
  private static String utsField(byte[] bytes, int index) {
    int start = index * UTSNAME_FIELD;
    int end = start;
    while (end < start + UTSNAME_FIELD && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, start, end - start, FILE_NAME_CHARSET);
  }

  private static double clockTicks(MethodHandle sysconf) {
    try {
      return (double) (long) sysconf.invokeExact(SC_CLK_TCK);
    } catch (Throwable t) {
      throw new IllegalStateException("calling sysconf failed", t);
    }
  }


  /**
   * One thread's native memory: the captured call state, a buffer that holds the largest structure
   * (struct utsname, 390 bytes) and CPython's 255-byte confstr buffer, and a path buffer that grows to
   * the longest path seen. No arena, allocation or zeroing per call; freed by the GC with the thread.
   */
  private static final class Scratch {
    private final Arena arena = Arena.ofAuto();
    final MemorySegment callState = arena.allocate(Libc.CALL_STATE);
    final MemorySegment buffer = arena.allocate(BUFFER_SIZE, 8);
    private MemorySegment path = arena.allocate(256);
    /** A Java copy of the buffer's strings. */
    final byte[] bytes = new byte[(int) BUFFER_SIZE];

    /** The path as the JDK passes it to the C library: {@code ""} means {@code "."}. */
    MemorySegment cString(Path p) {
      String text = p.toString();
      byte[] bytes = (text.isEmpty() ? "." : text).getBytes(FILE_NAME_CHARSET);
      if (bytes.length + 1L > path.byteSize()) {
        path = arena.allocate(Math.max(bytes.length + 1L, path.byteSize() * 2));
      }
      MemorySegment.copy(bytes, 0, path, JAVA_BYTE, 0, bytes.length);
      path.set(JAVA_BYTE, bytes.length, (byte) 0);
      return path;
    }
  }

  /** The exception {@link Os#stat(Path)} throws for this errno, naming the path. */
  private static FileSystemException pathError(Path path, int errno) {
    String file = path.toString();
    return switch (errno) {
      case ENOENT -> new NoSuchFileException(file);
      case EACCES -> new AccessDeniedException(file);
      case ENOTDIR -> new NotDirectoryException(file);
      case ELOOP -> new FileSystemLoopException(file);
      default -> new ErrnoException(file, errno, Libc.strerror(errno));
    };
  }

  private static ErrnoException error(int errno) {
    return new ErrnoException(null, errno, Libc.strerror(errno));
  }
}
