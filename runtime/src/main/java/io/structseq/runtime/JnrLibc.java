package io.structseq.runtime;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.LastError;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;

/**
 * The C library through jffi, the native layer of jnr-ffi (JDK 17 to 21, when jnr-ffi is on the class
 * path), shared by every jnr backend of this package: symbols found as a C program finds them
 * ({@link #find}), call shapes that save {@code errno}, native memory, and {@code strerror}.
 * {@link Backends} decides whether it is used at all.
 *
 * <p>The backends call jffi's {@link Invoker} with a {@link CallContext} per C signature, not jnr-ffi's
 * generated library interfaces: one JNI call per C call, and no class is generated at run time, so a
 * command-line run pays for no bytecode generation.
 */
final class JnrLibc {
  /**
   * The process's global scope: jffi's default library is {@code dlopen(NULL)}, whose {@code dlsym}
   * searches every object in load order as {@code dlsym(RTLD_DEFAULT)} does, so a library in
   * {@code LD_PRELOAD} (nss_wrapper, libfaketime...) interposes as it does for C. A handle from
   * {@code dlopen("libc.so.6")} would search the C library and its dependencies only.
   */
  private static final Library GLOBAL = Library.getDefault();
  static final Invoker INVOKER = Invoker.getInstance();
  static final MemoryIO MEMORY = MemoryIO.getInstance();

  /** {@code int f(const char *, void *)}: stat, lstat, statvfs and the pointer pair calls. */
  static final CallContext INT_POINTER_POINTER = withErrno(Type.SINT, Type.POINTER, Type.POINTER);

  private JnrLibc() {}

  /**
   * A symbol as a C program that calls it resolves it: the first definition in the process's global
   * scope.
   *
   * @param name the C symbol
   * @return its address, or 0 when no object in the global scope defines it
   */
  static long find(String name) {
    return GLOBAL == null ? 0 : GLOBAL.getSymbolAddress(name);
  }

  /** A call shape whose {@code errno} jffi saves after each call, for {@link #errno()}. */
  static CallContext withErrno(Type result, Type... parameters) {
    return CallContext.getCallContext(result, parameters, CallingConvention.DEFAULT, true);
  }

  /** A call shape for a variadic function: the first {@code fixed} parameters are its named ones. */
  static CallContext variadicWithErrno(Type result, int fixed, Type... parameters) {
    return CallContext.getCallContext(result, fixed, parameters, CallingConvention.DEFAULT, true);
  }

  /** A call shape that reports no error through {@code errno}. */
  static CallContext plain(Type result, Type... parameters) {
    return CallContext.getCallContext(result, parameters, CallingConvention.DEFAULT, false);
  }

  /** Returns the {@code errno} this thread's last call with a saving shape left. */
  static int errno() {
    return LastError.getInstance().get();
  }

  /**
   * The function's address, for a call that needs it.
   *
   * @throws UnsupportedOperationException naming it, when the C library lacks it
   */
  static long require(long address, String function) {
    if (address == 0) {
      throw new UnsupportedOperationException("the C library of " + Backends.abi().name() + " has no " + function);
    }
    return address;
  }

  /** {@code long sysconf(int)}, found on first use. */
  private static final class Sysconf {
    static final long ADDRESS = find("sysconf");
    static final CallContext SHAPE = plain(Type.SLONG, Type.SINT);
  }

  /**
   * {@code sysconf(3)}.
   *
   * @return its answer, or -1 where the C library has no {@code sysconf} or no limit
   */
  static long sysconf(int name) {
    return Sysconf.ADDRESS == 0 ? -1 : INVOKER.invokeN1(Sysconf.SHAPE, Sysconf.ADDRESS, name);
  }

  /** {@code char *strerror(int)}, found on first use. */
  private static final class Strerror {
    static final long ADDRESS = find("strerror");
    static final CallContext SHAPE = plain(Type.POINTER, Type.SINT);
  }

  /** The C library's message for an error number, as CPython puts it in an {@code OSError}. */
  static String strerror(int errno) {
    long message = Strerror.ADDRESS == 0 ? 0 : INVOKER.invokeN1(Strerror.SHAPE, Strerror.ADDRESS, errno);
    return message == 0 ? "Unknown error " + errno : FsCodec.decode(string(message));
  }

  /** The bytes of the NUL-terminated string at {@code address}, without the NUL. */
  static byte[] string(long address) {
    int length = (int) MEMORY.indexOf(address, (byte) 0);
    byte[] bytes = new byte[length];
    MEMORY.getByteArray(address, bytes, 0, length);
    return bytes;
  }
}
