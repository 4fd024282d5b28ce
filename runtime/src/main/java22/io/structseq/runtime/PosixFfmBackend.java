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
import java.util.Arrays;

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
  private static final long UTSNAME_SIZE = 6 * UTSNAME_FIELD;
  /** {@code struct statvfs} is 112 bytes on these platforms; room to spare. */
  private static final long STATVFS_SIZE = 256;
  /** {@code struct rusage}: two {@code struct timeval} then fourteen {@code long}. */
  private static final long RUSAGE_SIZE = 4 * 8 + 14 * 8;

  private static final Charset FILE_NAME_CHARSET = FileNames.CHARSET;

  private final MethodHandle statvfs;
  private final MethodHandle uname;
  private final MethodHandle ioctl;
  private final MethodHandle times;
  private final MethodHandle sysconf;
  private final MethodHandle schedGetparam;
  private final MethodHandle getrusage;
  private final MethodHandle confstr;

  private PosixFfmBackend(MethodHandle[] handles) {
    this.statvfs = handles[0];
    this.uname = handles[1];
    this.ioctl = handles[2];
    this.times = handles[3];
    this.sysconf = handles[4];
    this.schedGetparam = handles[5];
    this.getrusage = handles[6];
    this.confstr = handles[7];
  }

  /** @return the backend, or null when the C library lacks a function or native access is denied */
  @SuppressWarnings("restricted")
  static PosixBackend createIfSupported() {
    try {
      Linker linker = Linker.nativeLinker();
      MethodHandle ioctl = linker.defaultLookup().find("ioctl")
          .map(symbol -> linker.downcallHandle(symbol,
              FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
              Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno")))
          .orElse(null);
      MethodHandle[] handles = {
        Libc.withErrno("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)).orElse(null),
        Libc.withErrno("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS)).orElse(null),
        ioctl,
        Libc.withErrno("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS)).orElse(null),
        Libc.plain("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT)).orElse(null),
        Libc.withErrno("sched_getparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)).orElse(null),
        Libc.withErrno("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)).orElse(null),
        Libc.plain("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG)).orElse(null),
      };
      return Arrays.asList(handles).contains(null) ? null : new PosixFfmBackend(handles);
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
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CALL_STATE);
      MemorySegment buf = arena.allocate(STATVFS_SIZE, 8);
      MemorySegment name = cString(arena, path.toString());
      int rc = (int) statvfs.invokeExact(state, name, buf);
      if (rc != 0) {
        throw pathError(path, Libc.errno(state));
      }
      // CPython casts every visible field to a C long (PyLong_FromLong) and f_fsid to unsigned long.
      return new StatvfsResultRecord(
          buf.get(JAVA_LONG, 0), buf.get(JAVA_LONG, 8), buf.get(JAVA_LONG, 16), buf.get(JAVA_LONG, 24),
          buf.get(JAVA_LONG, 32), buf.get(JAVA_LONG, 40), buf.get(JAVA_LONG, 48), buf.get(JAVA_LONG, 56),
          buf.get(JAVA_LONG, 72), buf.get(JAVA_LONG, 80), unsigned(buf.get(JAVA_LONG, 64)));
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling statvfs failed", t);
    }
  }

  @Override
  public UnameResult uname() throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CALL_STATE);
      MemorySegment buf = arena.allocate(UTSNAME_SIZE);
      if ((int) uname.invokeExact(state, buf) != 0) {
        throw error(Libc.errno(state));
      }
      return new UnameResultRecord(utsField(buf, 0), utsField(buf, 1), utsField(buf, 2),
          utsField(buf, 3), utsField(buf, 4));
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling uname failed", t);
    }
  }

  @Override
  public TerminalSize terminalSize(int fd) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CALL_STATE);
      // struct winsize: unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel.
      MemorySegment winsize = arena.allocate(8, 2);
      if ((int) ioctl.invokeExact(state, fd, TIOCGWINSZ, winsize) != 0) {
        throw error(Libc.errno(state));
      }
      int rows = Short.toUnsignedInt(winsize.get(JAVA_SHORT, 0));
      int columns = Short.toUnsignedInt(winsize.get(JAVA_SHORT, 2));
      return new TerminalSizeRecord(columns, rows);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling ioctl(TIOCGWINSZ) failed", t);
    }
  }

  @Override
  public TimesResult times() throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CALL_STATE);
      // struct tms: clock_t tms_utime, tms_stime, tms_cutime, tms_cstime.
      MemorySegment tms = arena.allocate(4 * 8, 8);
      long elapsed = (long) times.invokeExact(state, tms);
      if (elapsed == -1) {
        throw error(Libc.errno(state));
      }
      double ticks = (double) (long) sysconf.invokeExact(SC_CLK_TCK);
      return new TimesResultRecord(tms.get(JAVA_LONG, 0) / ticks, tms.get(JAVA_LONG, 8) / ticks,
          tms.get(JAVA_LONG, 16) / ticks, tms.get(JAVA_LONG, 24) / ticks, elapsed / ticks);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling times failed", t);
    }
  }

  @Override
  public SchedParam schedGetparam(int pid) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CALL_STATE);
      MemorySegment param = arena.allocate(JAVA_INT);
      if ((int) schedGetparam.invokeExact(state, pid, param) != 0) {
        throw error(Libc.errno(state));
      }
      return new SchedParamRecord(param.get(JAVA_INT, 0));
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling sched_getparam failed", t);
    }
  }

  @Override
  public StructRusage getrusage(int who) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Libc.CALL_STATE);
      MemorySegment ru = arena.allocate(RUSAGE_SIZE, 8);
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
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling getrusage failed", t);
    }
  }

  @Override
  public String threadLibraryVersion() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(CONFSTR_BUFFER);
      long len = (long) confstr.invokeExact(CS_GNU_LIBPTHREAD_VERSION, buf, (long) CONFSTR_BUFFER);
      // As CPython's PyThread_GetInfo: a name only when it fits its buffer, else None.
      if (len <= 1 || len >= CONFSTR_BUFFER) {
        return null;
      }
      return new String(buf.asSlice(0, len - 1).toArray(JAVA_BYTE),
          FILE_NAME_CHARSET);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling confstr failed", t);
    }
  }

  /** CPython's {@code doubletime}: {@code tv_sec + tv_usec * 0.000001}, multiplied, not divided. */
  private static double seconds(MemorySegment timeval, long offset) {
    return (double) timeval.get(JAVA_LONG, offset) + timeval.get(JAVA_LONG, offset + 8) * 0.000001;
  }

  private static BigInteger unsigned(long value) {
    return value >= 0 ? BigInteger.valueOf(value) : new BigInteger(Long.toUnsignedString(value));
  }

  private static String utsField(MemorySegment utsname, int index) {
    MemorySegment field = utsname.asSlice((long) index * UTSNAME_FIELD, UTSNAME_FIELD);
    int length = 0;
    while (length < UTSNAME_FIELD && field.get(JAVA_BYTE, length) != 0) {
      length++;
    }
    return new String(field.asSlice(0, length).toArray(JAVA_BYTE),
        FILE_NAME_CHARSET);
  }

  private static MemorySegment cString(Arena arena, String s) {
    byte[] bytes = s.getBytes(FILE_NAME_CHARSET);
    MemorySegment segment = arena.allocate(bytes.length + 1L);
    MemorySegment.copy(bytes, 0, segment, JAVA_BYTE, 0, bytes.length);
    return segment;
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
