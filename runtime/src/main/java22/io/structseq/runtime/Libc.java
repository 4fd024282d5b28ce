package io.structseq.runtime;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The C library through the Foreign Function &amp; Memory API (JDK 22 and later), shared by every FFM
 * backend of this package: symbols found as a C program finds them ({@link #find}), downcall handles
 * that capture {@code errno}, and {@code strerror}. {@link Backends} decides whether it is used at all.
 */
final class Libc {
  /** The layout of the call state the linker captures; see {@link #errno(MemorySegment)}. */
  static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();

  /**
   * Where {@code errno} is in the call state. Read at this offset, not through the layout's
   * {@code VarHandle}: building that handle spins a dozen LambdaForms at run time that a JDK 25 AOT
   * cache does not hold, several milliseconds of every command-line run.
   */
  private static final long ERRNO_OFFSET = CALL_STATE.byteOffset(groupElement("errno"));
  private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

  /**
   * The one downcall shape of {@code dlsym} and of {@code stat}/{@code lstat}: two pointers in, the
   * whole return register out as a {@code long}, {@code errno} captured. The JDK spins one binding
   * class per distinct shape (function descriptor and options), and a command-line run that stats a
   * file makes exactly these calls, so one shape saves one binding: 4.5 ms of a 59 ms {@code pystat}
   * run on JDK 25 (BENCHMARKS.md, cold start). It is exact on every ABI of {@link Abi}: {@code dlsym}
   * returns a pointer, the full register; {@code stat} returns an {@code int} in the low 32 bits of
   * {@code rax} (x86_64) or {@code x0} (aarch64), which the caller's {@code (int)} cast takes, whatever
   * the upper bits hold. {@code dlsym} sets no {@code errno} that anything reads.
   */
  static final FunctionDescriptor TWO_POINTERS_TO_WORD = FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS);

  private Libc() {}

  /**
   * Links a function of the C library whose first argument, in Java, is the call-state segment that
   * receives {@code errno} (allocate it with {@link #CALL_STATE}).
   *
   * @param name the C symbol
   * @param descriptor its C signature
   * @return the handle, or empty when the C library has no such symbol
   * @throws UnsupportedOperationException if there is no native linker
   * @throws IllegalCallerException if native access is denied
   */
  @SuppressWarnings("restricted")
  static Optional<MethodHandle> withErrno(String name, FunctionDescriptor descriptor) {
    return find(name).map(symbol -> Linker.nativeLinker().downcallHandle(symbol, descriptor, CAPTURE_ERRNO));
  }

  /**
   * Links a function with extra linker options (a variadic function's first variadic argument), its
   * first argument the call state as in {@link #withErrno}.
   */
  @SuppressWarnings("restricted")
  static Optional<MethodHandle> withErrno(String name, FunctionDescriptor descriptor, Linker.Option option) {
    return find(name).map(symbol -> Linker.nativeLinker().downcallHandle(symbol, descriptor, option, CAPTURE_ERRNO));
  }

  /**
   * Links a function of the C library that reports no error through {@code errno}.
   *
   * @param name the C symbol
   * @param descriptor its C signature
   * @return the handle, or empty when the C library has no such symbol
   */
  @SuppressWarnings("restricted")
  static Optional<MethodHandle> plain(String name, FunctionDescriptor descriptor) {
    return find(name).map(symbol -> Linker.nativeLinker().downcallHandle(symbol, descriptor));
  }

  /**
   * A symbol as a C program that calls it resolves it: {@code dlsym(RTLD_DEFAULT, name)}, the first
   * definition in the process's global scope, so a library in {@code LD_PRELOAD} (nss_wrapper,
   * libfaketime...) interposes here as it does for C. The JDK's {@code defaultLookup()} searches only the
   * C library's own objects and would skip the interposer.
   *
   * @param name the C symbol
   * @return its address, or empty when no object in the global scope defines it
   */
  static Optional<MemorySegment> find(String name) {
    try (Arena arena = Arena.ofConfined()) {
      long address = (long) Dlsym.HANDLE.invokeExact(arena.allocate(CALL_STATE), RTLD_DEFAULT,
          arena.allocateFrom(name));
      return address == 0 ? Optional.empty() : Optional.of(MemorySegment.ofAddress(address));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("calling dlsym(RTLD_DEFAULT, \"" + name + "\") failed", t);
    }
  }

  /** {@code RTLD_DEFAULT} of glibc and musl: the null handle. */
  private static final MemorySegment RTLD_DEFAULT = MemorySegment.NULL;

  /**
   * {@code void *dlsym(void *, const char *)}, itself found through the JDK's lookup of the C library
   * (glibc 2.34 and later and musl define it in libc, older glibc in libdl, which the JDK's lookup
   * also loads).
   */
  private static final class Dlsym {
    @SuppressWarnings("restricted")
    static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(
        Linker.nativeLinker().defaultLookup().find("dlsym")
            .orElseThrow(() -> new UnsupportedOperationException("the C library has no dlsym")),
        TWO_POINTERS_TO_WORD, CAPTURE_ERRNO);
  }

  /** @return the {@code errno} a call captured into {@code callState} */
  static int errno(MemorySegment callState) {
    return callState.get(JAVA_INT, ERRNO_OFFSET);
  }

  /** {@code long sysconf(int)}, linked on first use. */
  private static final class Sysconf {
    static final MethodHandle HANDLE =
        plain("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT)).orElse(null);
  }

  /**
   * {@code sysconf(3)}.
   *
   * @return its answer, or -1 where the C library has no {@code sysconf} or no limit
   */
  static long sysconf(int name) {
    if (Sysconf.HANDLE == null) {
      return -1;
    }
    try {
      return (long) Sysconf.HANDLE.invokeExact(name);
    } catch (Throwable t) {
      throw new IllegalStateException("calling sysconf failed", t);
    }
  }

  /** {@code char *strerror(int)}, linked on first use. */
  private static final class Strerror {
    static final MethodHandle HANDLE =
        plain("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT)).orElse(null);
  }

  /**
   * The C library's message for an error number, as {@code strerror(3)} gives it and as CPython puts it
   * in an {@code OSError}: {@code "No such file or directory"}, decoded as every C string of the
   * runtime is ({@link FsCodec}). Where the C library has no {@code strerror}, or answers nothing,
   * the message of {@link Errno}'s table.
   */
  @SuppressWarnings("restricted")
  static String strerror(int errno) {
    if (Strerror.HANDLE == null) {
      return Errno.of(errno).message();
    }
    try {
      MemorySegment message = (MemorySegment) Strerror.HANDLE.invokeExact(errno);
      if (message.equals(MemorySegment.NULL)) {
        return Errno.of(errno).message();
      }
      MemorySegment text = message.reinterpret(Long.MAX_VALUE);
      long length = 0;
      while (text.get(JAVA_BYTE, length) != 0) {
        length++;
      }
      return FsCodec.decode(text.asSlice(0, length).toArray(JAVA_BYTE));
    } catch (Throwable t) {
      return Errno.of(errno).message();
    }
  }
}
