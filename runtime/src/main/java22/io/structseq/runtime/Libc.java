package io.structseq.runtime;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The C library through the Foreign Function &amp; Memory API (JDK 22 and later), shared by every FFM
 * backend of this package: whether it may be used at all, downcall handles that capture
 * {@code errno}, and {@code strerror}.
 *
 * <p>It is usable ({@link #usable()}) on Linux x86_64 and aarch64 when this module has native access,
 * unless the system property {@value OsBackendSelector#PROPERTY} is {@code "nio"}; with
 * {@code "ffm"} it is used even without native access (the JDK then warns). Without it, every backend
 * falls back, so the JDK never prints its restricted-method warning on its own.
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

  private Libc() {}

  /** @return whether the FFM backends may be used in this JVM */
  static boolean usable() {
    String forced = System.getProperty(OsBackendSelector.PROPERTY, "");
    if (forced.equals("nio")) {
      return false;
    }
    if (!System.getProperty("os.name", "").equals("Linux")) {
      return false;
    }
    String arch = System.getProperty("os.arch", "");
    if (!(arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))) {
      return false;
    }
    return forced.equals("ffm") || Libc.class.getModule().isNativeAccessEnabled();
  }

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
    Linker linker = Linker.nativeLinker();
    return linker.defaultLookup().find(name)
        .map(symbol -> linker.downcallHandle(symbol, descriptor, CAPTURE_ERRNO));
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
    Linker linker = Linker.nativeLinker();
    SymbolLookup libc = linker.defaultLookup();
    return libc.find(name).map(symbol -> linker.downcallHandle(symbol, descriptor));
  }

  /** @return the {@code errno} a call captured into {@code callState} */
  static int errno(MemorySegment callState) {
    return callState.get(JAVA_INT, ERRNO_OFFSET);
  }

  /** {@code char *strerror(int)}, linked on first use. */
  private static final class Strerror {
    static final MethodHandle HANDLE =
        plain("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT)).orElse(null);
  }

  /**
   * The C library's message for an error number, as {@code strerror(3)} gives it and as CPython puts it
   * in an {@code OSError}: {@code "No such file or directory"}.
   */
  @SuppressWarnings("restricted")
  static String strerror(int errno) {
    if (Strerror.HANDLE == null) {
      return "Unknown error " + errno;
    }
    try {
      MemorySegment message = (MemorySegment) Strerror.HANDLE.invokeExact(errno);
      return message.equals(MemorySegment.NULL)
          ? "Unknown error " + errno
          : message.reinterpret(Integer.MAX_VALUE).getString(0);
    } catch (Throwable t) {
      return "Unknown error " + errno;
    }
  }
}
