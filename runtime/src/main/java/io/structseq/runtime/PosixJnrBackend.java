package io.structseq.runtime;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The other calls through jffi, the native layer of jnr-ffi (JDK 17 to 21 with jnr-ffi on the class
 * path): every structure is read at the offsets of this process's {@link Abi} and converted as the FFM
 * backend converts it, exactly as CPython 3.13's {@code posixmodule.c} and {@code resource.c} do.
 */
final class PosixJnrBackend implements PosixBackend {
  private static final Invoker INVOKER = JnrLibc.INVOKER;
  private static final MemoryIO MEMORY = JnrLibc.MEMORY;

  private final Abi abi;
  private final PosixLayout layout;

  private PosixJnrBackend(Abi abi) {
    this.abi = abi;
    this.layout = new PosixLayout(abi);
  }

  /** Returns the backend; each function is found on its first call. */
  static PosixBackend create() {
    return new PosixJnrBackend(Backends.abi());
  }

  /*
   * Each function is found when its call first runs, in a holder class of its own, as in the FFM
   * backend: a process that asks only for uname looks up one symbol. A function the C library lacks
   * leaves its address 0, and its call throws UnsupportedOperationException naming it.
   */
  private static final class Statvfs {
    static final long ADDRESS = JnrLibc.find("statvfs");
  }

  private static final class Uname {
    static final long ADDRESS = JnrLibc.find("uname");
    static final CallContext SHAPE = JnrLibc.withErrno(Type.SINT, Type.POINTER);
  }

  /** ioctl is variadic: its third argument is passed as C passes variadic arguments. */
  private static final class Ioctl {
    static final long ADDRESS = JnrLibc.find("ioctl");
    static final CallContext SHAPE = JnrLibc.variadicWithErrno(Type.SINT, 2, Type.SINT, Type.ULONG, Type.POINTER);
  }

  private static final class Times {
    static final long ADDRESS = JnrLibc.find("times");
    static final CallContext SHAPE = JnrLibc.withErrno(Type.SLONG, Type.POINTER);
    /** {@code sysconf(_SC_CLK_TCK)}, read once as CPython reads it once. */
    static final double CLOCK_TICKS = PosixBackend.clockTicks(JnrLibc.sysconf(Lp64Linux.SC_CLK_TCK));
  }

  /** {@code int f(int, void *)}: sched_getparam and getrusage. */
  private static final class IntPointer {
    static final CallContext SHAPE = JnrLibc.withErrno(Type.SINT, Type.SINT, Type.POINTER);
  }

  private static final class SchedGetparam {
    static final long ADDRESS = JnrLibc.find("sched_getparam");
  }

  private static final class Getrusage {
    static final long ADDRESS = JnrLibc.find("getrusage");
  }

  private static final class Confstr {
    static final long ADDRESS = JnrLibc.find("confstr");
    static final CallContext SHAPE = JnrLibc.plain(Type.ULONG, Type.SINT, Type.POINTER, Type.ULONG);
  }

  @Override
  public String name() {
    return "jnr";
  }

  @Override
  public StatvfsResult statvfs(Path path) throws IOException {
    long function = JnrLibc.require(Statvfs.ADDRESS, "statvfs");
    JnrScratch scratch = JnrScratch.get();
    long buf = scratch.struct;
    long name = scratch.cString(path);
    // Retried on EINTR as CPython retries it (a signal during a slow network file system).
    int rc;
    do {
      rc = (int) INVOKER.invokeN2(JnrLibc.INT_POINTER_POINTER, function, name, buf);
    } while (rc != 0 && JnrLibc.errno() == Errno.EINTR);
    if (rc != 0) {
      throw Errno.onPath(path.toString(), JnrLibc.errno(), JnrLibc::strerror);
    }
    return PosixBackend.statvfs(scratch.structMemory.words(layout.statvfsWords));
  }

  @Override
  public UnameResult uname() throws IOException {
    long function = JnrLibc.require(Uname.ADDRESS, "uname");
    long buf = JnrScratch.get().struct;
    if ((int) INVOKER.invokeN1(Uname.SHAPE, function, buf) != 0) {
      throw error(JnrLibc.errno());
    }
    byte[] bytes = new byte[(int) abi.utsname().size()];
    MEMORY.getByteArray(buf, bytes, 0, bytes.length);
    CStruct.Member[] m = layout.utsname;
    return new UnameResultRecord(PosixBackend.utsField(bytes, m[0]), PosixBackend.utsField(bytes, m[1]),
        PosixBackend.utsField(bytes, m[2]), PosixBackend.utsField(bytes, m[3]), PosixBackend.utsField(bytes, m[4]));
  }

  @Override
  public TerminalSize terminalSize(int fd) throws IOException {
    long function = JnrLibc.require(Ioctl.ADDRESS, "ioctl");
    long winsize = JnrScratch.get().struct;
    if ((int) INVOKER.invokeN3(Ioctl.SHAPE, function, fd, Lp64Linux.TIOCGWINSZ, winsize) != 0) {
      throw error(JnrLibc.errno());
    }
    int rows = Short.toUnsignedInt(MEMORY.getShort(winsize + layout.wsRow));
    int columns = Short.toUnsignedInt(MEMORY.getShort(winsize + layout.wsCol));
    return new TerminalSizeRecord(columns, rows);
  }

  @Override
  public TimesResult times() throws IOException {
    long function = JnrLibc.require(Times.ADDRESS, "times");
    JnrScratch scratch = JnrScratch.get();
    long elapsed = INVOKER.invokeN1(Times.SHAPE, function, scratch.struct);
    if (elapsed == -1) {
      throw error(JnrLibc.errno());
    }
    return PosixBackend.times(scratch.structMemory.words(layout.tmsWords), elapsed, Times.CLOCK_TICKS);
  }

  @Override
  public SchedParam schedGetparam(int pid) throws IOException {
    long function = JnrLibc.require(SchedGetparam.ADDRESS, "sched_getparam");
    long param = JnrScratch.get().struct;
    if ((int) INVOKER.invokeN2(IntPointer.SHAPE, function, pid, param) != 0) {
      throw error(JnrLibc.errno());
    }
    return new SchedParamRecord(MEMORY.getInt(param + layout.schedPriority));
  }

  @Override
  public StructRusage getrusage(int who) throws IOException {
    long function = JnrLibc.require(Getrusage.ADDRESS, "getrusage");
    JnrScratch scratch = JnrScratch.get();
    if ((int) INVOKER.invokeN2(IntPointer.SHAPE, function, who, scratch.struct) != 0) {
      int errno = JnrLibc.errno();
      if (errno == Errno.EINVAL) {
        throw new IllegalArgumentException("invalid who parameter");
      }
      throw error(errno);
    }
    return PosixBackend.rusage(scratch.structMemory.words(layout.rusageWords));
  }

  @Override
  public @Nullable String threadLibraryVersion() {
    long function = JnrLibc.require(Confstr.ADDRESS, "confstr");
    long buf = JnrScratch.get().struct;
    long len = INVOKER.invokeN3(Confstr.SHAPE, function, Lp64Linux.CS_GNU_LIBPTHREAD_VERSION, buf, JnrScratch.CONFSTR_BUFFER);
    // As CPython's PyThread_GetInfo: a name only when it fits its buffer, else None.
    if (len <= 1 || len >= JnrScratch.CONFSTR_BUFFER) {
      return null;
    }
    byte[] bytes = new byte[(int) len - 1];
    MEMORY.getByteArray(buf, bytes, 0, bytes.length);
    return FsCodec.decode(bytes);
  }

  private static ErrnoException error(int errno) {
    return new ErrnoException(null, errno, JnrLibc.strerror(errno));
  }
}
