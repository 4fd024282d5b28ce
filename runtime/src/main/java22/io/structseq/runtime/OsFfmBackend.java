package io.structseq.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JDK 22 backend: one {@code stat(2)} or {@code lstat(2)} call into the C library through the
 * Foreign Function &amp; Memory API, with {@code errno} captured by the linker. It reads every field of
 * {@code struct stat}, {@code st_blksize} and {@code st_blocks} included, with nanosecond times, at the
 * offsets of this process's {@link Abi}.
 *
 * <p>On glibc before 2.33, which has no {@code stat} symbol, it calls {@code __xstat} and
 * {@code __lxstat} with the ABI's {@code _STAT_VER}; the system property {@value #SYMBOL_PROPERTY}
 * {@code =xstat} forces that path where both exist, so that it can be tested on a newer glibc.
 */
final class OsFfmBackend implements OsBackend {
  /** System property: {@code "xstat"} calls {@code __xstat}/{@code __lxstat} even where {@code stat} exists. */
  static final String SYMBOL_PROPERTY = "structseq.stat.symbol";

  /**
   * Where each member of the platform's {@code struct stat} is. The hot path reads only static finals
   * and the trusted final fields of records, so C2 folds every offset to a constant and inlines the
   * downcall itself: a method handle in an ordinary instance field costs a measured 11 ns per call, an
   * out-of-line call through the handle.
   */
  private static final StatMembers MEMBERS = StatMembers.of(Backends.abi().stat());
  /** Whether the {@code __xstat} pair is called, forced or for want of {@code stat}. */
  private static final boolean XSTAT = System.getProperty(SYMBOL_PROPERTY, "stat").equals("xstat")
      || Libc.find("stat").isEmpty();
  /** {@code int stat(const char *, struct stat *)} with the call state as leading argument, or null. */
  private static final MethodHandle STAT = link("stat", "__xstat");
  /** {@code int lstat(const char *, struct stat *)}, likewise. */
  private static final MethodHandle LSTAT = link("lstat", "__lxstat");

  private OsFfmBackend() {}

  /**
   * The backend, if this class could link {@code stat} and {@code lstat} of the C library when it was
   * initialized ({@code strerror} is linked by {@link Libc} on the first error only: one downcall less
   * at start).
   *
   * @return the backend, or {@code null} where the C library lacks the functions
   */
  static OsBackend createIfSupported() {
    return STAT == null || LSTAT == null ? null : new OsFfmBackend();
  }

  /** @return {@code "stat"} or {@code "__xstat"}: the functions this backend calls */
  static String symbol() {
    return XSTAT ? "__xstat" : "stat";
  }

  /**
   * Links {@code name(const char *, struct stat *)}, or glibc's older
   * {@code xname(int version, const char *, struct stat *)} with the ABI's version bound.
   *
   * @return the handle, or {@code null} when the C library lacks the function
   */
  private static MethodHandle link(String name, String xname) {
    if (!XSTAT) {
      return Libc.withErrno(name, Libc.TWO_POINTERS_TO_WORD).orElse(null);
    }
    Optional<Integer> version = Backends.abi().statVersion();
    if (version.isEmpty()) {
      return null;
    }
    return Libc.withErrno(xname, FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS))
        .map(x -> MethodHandles.insertArguments(x, 1, version.get()))
        .map(x -> MethodHandles.explicitCastArguments(x, x.type().changeReturnType(long.class)))
        .orElse(null);
  }

  @Override
  public String name() {
    return "ffm";
  }

  @Override
  public StatResult stat(Path path, boolean followLinks) throws IOException {
    Scratch scratch = Scratch.get();
    MemorySegment callState = scratch.callState;
    MemorySegment buffer = scratch.struct;
    MemorySegment name = scratch.cString(path);
    int rc;
    try {
      rc = followLinks
          ? (int) (long) STAT.invokeExact(callState, name, buffer)
          : (int) (long) LSTAT.invokeExact(callState, name, buffer);
    } catch (Throwable t) {
      throw new IllegalStateException("calling " + (followLinks ? "stat" : "lstat") + " failed", t);
    }
    if (rc != 0) {
      throw Errno.onPath(path.toString(), Libc.errno(callState), Libc::strerror);
    }
    return MEMBERS.read(scratch.structMemory);
  }
}
