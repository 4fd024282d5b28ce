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
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The other calls through the C library with the Foreign Function &amp; Memory API (JDK 22 and
 * later): every structure is read at the offsets of this process's {@link Abi}. Values are converted
 * exactly as CPython 3.13's {@code posixmodule.c} and {@code resource.c} convert them.
 */
final class PosixFfmBackend implements PosixBackend {

  private final Abi abi;
  private final PosixLayout layout;
  private PosixFfmBackend(Abi abi) {
    this.abi = abi;
    this.layout = new PosixLayout(abi);
  }

  /*
   * Each function is linked when its call first runs, in a holder class of its own: a process that asks
   * only for uname pays for one downcall handle, not eight, and the handles are static finals, which
   * C2 treats as constants. A function the C library lacks leaves its handle null, and its call throws
   * UnsupportedOperationException naming it.
   */
  private static final class Statvfs {
    static final MethodHandle HANDLE =
        Libc.withErrno("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)).orElse(null);
  }

  private static final class Uname {
    static final MethodHandle HANDLE = Libc.withErrno("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS)).orElse(null);
  }

  /** ioctl is variadic: its third argument must be passed as C passes variadic arguments. */
  private static final class Ioctl {
    static final MethodHandle HANDLE = Libc.withErrno("ioctl",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2)).orElse(null);
  }

  private static final class Times {
    static final MethodHandle HANDLE = Libc.withErrno("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS)).orElse(null);
    /** {@code sysconf(_SC_CLK_TCK)}, read once as CPython reads it once. */
    static final double CLOCK_TICKS = PosixBackend.clockTicks(Libc.sysconf(Lp64Linux.SC_CLK_TCK));
  }

  private static final class SchedGetparam {
    static final MethodHandle HANDLE =
        Libc.withErrno("sched_getparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)).orElse(null);
  }

  private static final class Getrusage {
    static final MethodHandle HANDLE =
        Libc.withErrno("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)).orElse(null);
  }

  private static final class Confstr {
    static final MethodHandle HANDLE =
        Libc.plain("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG)).orElse(null);
  }

  /** @return the handle, which the C library had */
  private static MethodHandle linked(MethodHandle handle, String function) {
    if (handle == null) {
      throw new UnsupportedOperationException("the C library of " + Backends.abi().name() + " has no " + function);
    }
    return handle;
  }

  /** @return the backend; each function is linked on its first call */
  static PosixBackend createIfSupported() {
    return new PosixFfmBackend(Backends.abi());
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
        rc = (int) linked(Statvfs.HANDLE, "statvfs").invokeExact(state, name, buf);
      } while (rc != 0 && Libc.errno(state) == Errno.EINTR);
      if (rc != 0) {
        throw Errno.onPath(path.toString(), Libc.errno(state), Libc::strerror);
      }
      return PosixBackend.statvfs(scratch.structMemory.words(layout.statvfsWords));
    });
  }

  @Override
  public UnameResult uname() throws IOException {
    return call("uname", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment buf = scratch.struct;
      if ((int) linked(Uname.HANDLE, "uname").invokeExact(state, buf) != 0) {
        throw error(Libc.errno(state));
      }
      byte[] bytes = scratch.bytes;
      MemorySegment.copy(buf, JAVA_BYTE, 0, bytes, 0, (int) abi.utsname().size());
      CStruct.Member[] m = layout.utsname;
      return new UnameResultRecord(PosixBackend.utsField(bytes, m[0]),
          PosixBackend.utsField(bytes, m[1]), PosixBackend.utsField(bytes, m[2]),
          PosixBackend.utsField(bytes, m[3]), PosixBackend.utsField(bytes, m[4]));
    });
  }

  @Override
  public TerminalSize terminalSize(int fd) throws IOException {
    return call("ioctl(TIOCGWINSZ)", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment winsize = scratch.struct;
      if ((int) linked(Ioctl.HANDLE, "ioctl").invokeExact(state, fd, Lp64Linux.TIOCGWINSZ, winsize) != 0) {
        throw error(Libc.errno(state));
      }
      int rows = Short.toUnsignedInt(winsize.get(JAVA_SHORT, layout.wsRow));
      int columns = Short.toUnsignedInt(winsize.get(JAVA_SHORT, layout.wsCol));
      return new TerminalSizeRecord(columns, rows);
    });
  }

  @Override
  public TimesResult times() throws IOException {
    return call("times", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment tms = scratch.struct;
      long elapsed = (long) linked(Times.HANDLE, "times").invokeExact(state, tms);
      if (elapsed == -1) {
        throw error(Libc.errno(state));
      }
      return PosixBackend.times(scratch.structMemory.words(layout.tmsWords), elapsed, Times.CLOCK_TICKS);
    });
  }

  @Override
  public SchedParam schedGetparam(int pid) throws IOException {
    return call("sched_getparam", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment param = scratch.struct;
      if ((int) linked(SchedGetparam.HANDLE, "sched_getparam").invokeExact(state, pid, param) != 0) {
        throw error(Libc.errno(state));
      }
      return new SchedParamRecord(param.get(JAVA_INT, layout.schedPriority));
    });
  }

  @Override
  public StructRusage getrusage(int who) throws IOException {
    return call("getrusage", scratch -> {
      MemorySegment state = scratch.callState;
      MemorySegment ru = scratch.struct;
      if ((int) linked(Getrusage.HANDLE, "getrusage").invokeExact(state, who, ru) != 0) {
        int errno = Libc.errno(state);
        if (errno == Errno.EINVAL) {
          throw new IllegalArgumentException("invalid who parameter");
        }
        throw error(errno);
      }
      return PosixBackend.rusage(scratch.structMemory.words(layout.rusageWords));
    });
  }

  @Override
  public @Nullable String threadLibraryVersion() {
    try {
      return confstr();
    } catch (IOException e) {
      throw new IllegalStateException("confstr reports no errors", e);
    }
  }

  private String confstr() throws IOException {
    return call("confstr", scratch -> {
      MemorySegment buf = scratch.struct;
      long len = (long) linked(Confstr.HANDLE, "confstr").invokeExact(Lp64Linux.CS_GNU_LIBPTHREAD_VERSION, buf, (long) Scratch.CONFSTR_BUFFER);
      // As CPython's PyThread_GetInfo: a name only when it fits its buffer, else None.
      if (len <= 1 || len >= Scratch.CONFSTR_BUFFER) {
        return null;
      }
      return FsCodec.decode(buf.asSlice(0, len - 1).toArray(JAVA_BYTE));
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

  private static ErrnoException error(int errno) {
    return new ErrnoException(null, errno, Libc.strerror(errno));
  }
}
