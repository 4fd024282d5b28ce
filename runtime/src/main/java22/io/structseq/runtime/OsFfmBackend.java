package io.structseq.runtime;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The JDK 22 backend: one {@code stat(2)} or {@code lstat(2)} call into the C library through the
 * Foreign Function &amp; Memory API, with {@code errno} captured by the linker. It reads every field of
 * {@code struct stat}, {@code st_blksize} and {@code st_blocks} included, with nanosecond times.
 *
 * <p>It knows the glibc layout of {@code struct stat} on Linux x86_64 and aarch64; elsewhere
 * {@link #createIfSupported()} answers {@code null} and {@link OsNioBackend} is used.
 */
final class OsFfmBackend implements OsBackend {
  // errno values, the same on every Linux architecture this class supports.
  private static final int ENOENT = 2;
  private static final int EACCES = 13;
  private static final int ENOTDIR = 20;
  private static final int ELOOP = 40;

  /** The charset the JDK uses for file names ({@code sun.jnu.encoding}), so we pass the same bytes. */
  private static final Charset FILE_NAME_CHARSET = FileNames.CHARSET;

  private static final StructLayout TIMESPEC =
      MemoryLayout.structLayout(JAVA_LONG.withName("tv_sec"), JAVA_LONG.withName("tv_nsec"));

  /** {@code struct stat} of glibc on x86_64 ({@code sysdeps/unix/sysv/linux/x86/bits/struct_stat.h}). */
  private static final StructLayout STAT_X86_64 = MemoryLayout.structLayout(
      JAVA_LONG.withName("st_dev"),
      JAVA_LONG.withName("st_ino"),
      JAVA_LONG.withName("st_nlink"),
      JAVA_INT.withName("st_mode"),
      JAVA_INT.withName("st_uid"),
      JAVA_INT.withName("st_gid"),
      MemoryLayout.paddingLayout(4),
      JAVA_LONG.withName("st_rdev"),
      JAVA_LONG.withName("st_size"),
      JAVA_LONG.withName("st_blksize"),
      JAVA_LONG.withName("st_blocks"),
      TIMESPEC.withName("st_atim"),
      TIMESPEC.withName("st_mtim"),
      TIMESPEC.withName("st_ctim"),
      MemoryLayout.sequenceLayout(3, JAVA_LONG).withName("__glibc_reserved"));

  /**
   * {@code struct stat} of glibc on aarch64, the generic Linux layout
   * ({@code sysdeps/unix/sysv/linux/generic/bits/struct_stat.h}): a 32-bit {@code st_nlink} and
   * {@code st_blksize}.
   */
  private static final StructLayout STAT_AARCH64 = MemoryLayout.structLayout(
      JAVA_LONG.withName("st_dev"),
      JAVA_LONG.withName("st_ino"),
      JAVA_INT.withName("st_mode"),
      JAVA_INT.withName("st_nlink"),
      JAVA_INT.withName("st_uid"),
      JAVA_INT.withName("st_gid"),
      JAVA_LONG.withName("st_rdev"),
      JAVA_LONG.withName("__pad1"),
      JAVA_LONG.withName("st_size"),
      JAVA_INT.withName("st_blksize"),
      JAVA_INT.withName("__pad2"),
      JAVA_LONG.withName("st_blocks"),
      TIMESPEC.withName("st_atim"),
      TIMESPEC.withName("st_mtim"),
      TIMESPEC.withName("st_ctim"),
      MemoryLayout.sequenceLayout(2, JAVA_INT).withName("__glibc_reserved"));

  /**
   * The platform's {@code struct stat}, or {@code null} where this class does not know it. The hot path
   * reads only static finals and the trusted final fields of records, so C2 folds every offset to a
   * constant and inlines the downcall itself: a method handle in an ordinary instance field costs a
   * measured 11 ns per call, an out-of-line call through the handle.
   */
  private static final Members MEMBERS = Members.forPlatform();
  /** {@code int stat(const char *, struct stat *)} with the call state as leading argument, or null. */
  private static final MethodHandle STAT = MEMBERS == null ? null : link("stat", "__xstat", MEMBERS);
  /** {@code int lstat(const char *, struct stat *)}, likewise. */
  private static final MethodHandle LSTAT = MEMBERS == null ? null : link("lstat", "__lxstat", MEMBERS);
  /** One thread's native memory for calls; see {@link Scratch}. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private OsFfmBackend() {}

  /**
   * The backend, if this class could link {@code stat} and {@code lstat} of the C library when it was
   * initialized ({@code strerror} is linked by {@link Libc} on the first error only: one downcall less
   * at start).
   *
   * @return the backend, or {@code null} on a platform whose {@code struct stat} this class does not
   *     know, whose C library lacks the functions, or where native access is denied
   */
  static OsBackend createIfSupported() {
    return STAT == null || LSTAT == null ? null : new OsFfmBackend();
  }

  /**
   * Links {@code name(const char *, struct stat *)}, or, on glibc before 2.33, which exports only
   * {@code xname(int version, const char *, struct stat *)}, that one with the version bound.
   *
   * @return the handle, or {@code null} when the C library has neither function, there is no native
   *     linker, or native access is denied ({@code --illegal-native-access=deny})
   */
  private static MethodHandle link(String name, String xname, Members members) {
    try {
      Optional<MethodHandle> plain = Libc.withErrno(name, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
      if (plain.isPresent()) {
        return plain.get();
      }
      return Libc.withErrno(xname, FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS))
          .map(x -> MethodHandles.insertArguments(x, 1, members.xstatVersion()))
          .orElse(null);
    } catch (UnsupportedOperationException | IllegalCallerException e) {
      return null;
    }
  }

  @Override
  public String name() {
    return "ffm";
  }

  @Override
  public StatResult stat(Path path, boolean followLinks) throws IOException {
    // Per-thread native scratch memory: no arena, allocation or zeroing per call.
    Scratch scratch = SCRATCH.get();
    MemorySegment callState = scratch.callState;
    MemorySegment buffer = scratch.buffer;
    MemorySegment name = scratch.cString(path);
    int rc;
    try {
      rc = followLinks
          ? (int) STAT.invokeExact(callState, name, buffer)
          : (int) LSTAT.invokeExact(callState, name, buffer);
    } catch (Throwable t) {
      throw new IllegalStateException("calling " + (followLinks ? "stat" : "lstat") + " failed", t);
    }
    if (rc != 0) {
      throw error(path, Libc.errno(callState));
    }
    Members m = MEMBERS;
    return OsBackend.result(
        (int) m.mode().unsigned(buffer),
        m.ino().unsigned(buffer),
        m.dev().unsigned(buffer),
        m.nlink().unsigned(buffer),
        OsBackend.uid((int) m.uid().unsigned(buffer)),
        OsBackend.uid((int) m.gid().unsigned(buffer)),
        m.size().signed(buffer),
        m.atimeSec().signed(buffer), m.atimeNsec().signed(buffer),
        m.mtimeSec().signed(buffer), m.mtimeNsec().signed(buffer),
        m.ctimeSec().signed(buffer), m.ctimeNsec().signed(buffer),
        m.blksize().signed(buffer),
        m.blocks().signed(buffer),
        m.rdev().unsigned(buffer));
  }

  /**
   * Where each member of the platform's {@code struct stat} is. A record, so that HotSpot trusts its
   * final fields: read through the static final {@link #MEMBERS}, every offset is a constant.
   *
   * @param layout the whole structure
   * @param xstatVersion {@code _STAT_VER} of glibc before 2.33, where {@code stat} is only a wrapper of
   *     {@code __xstat}
   */
  private record Members(StructLayout layout, int xstatVersion, Field mode, Field ino, Field dev,
      Field nlink, Field uid, Field gid, Field size, Field atimeSec, Field atimeNsec, Field mtimeSec,
      Field mtimeNsec, Field ctimeSec, Field ctimeNsec, Field blksize, Field blocks, Field rdev) {

    /** @return the members on this platform, or {@code null} where the layout is unknown */
    static Members forPlatform() {
      if (!System.getProperty("os.name", "").equals("Linux")) {
        return null;
      }
      return switch (System.getProperty("os.arch", "")) {
        case "amd64", "x86_64" -> of(STAT_X86_64, 1);
        case "aarch64" -> of(STAT_AARCH64, 0);
        default -> null;
      };
    }

    private static Members of(StructLayout layout, int xstatVersion) {
      return new Members(layout, xstatVersion,
          Field.of(layout, "st_mode"),
          Field.of(layout, "st_ino"),
          Field.of(layout, "st_dev"),
          Field.of(layout, "st_nlink"),
          Field.of(layout, "st_uid"),
          Field.of(layout, "st_gid"),
          Field.of(layout, "st_size"),
          Field.of(layout, "st_atim", "tv_sec"),
          Field.of(layout, "st_atim", "tv_nsec"),
          Field.of(layout, "st_mtim", "tv_sec"),
          Field.of(layout, "st_mtim", "tv_nsec"),
          Field.of(layout, "st_ctim", "tv_sec"),
          Field.of(layout, "st_ctim", "tv_nsec"),
          Field.of(layout, "st_blksize"),
          Field.of(layout, "st_blocks"),
          Field.of(layout, "st_rdev"));
    }
  }

  /**
   * One thread's native memory for calls: the captured call state, the {@code struct stat}, and a
   * path buffer that grows to the longest path seen. Freed by the GC with the thread's scratch.

   */
  private static final class Scratch {
    private final Arena arena = Arena.ofAuto();
    final MemorySegment callState = arena.allocate(Libc.CALL_STATE);
    final MemorySegment buffer = arena.allocate(MEMBERS.layout());
    private MemorySegment path = arena.allocate(256);

    /**
     * The path as a NUL-terminated string in the bytes the JDK itself passes to the C library: the
     * normalized path string ({@code ""} meaning {@code "."}) in the file-name charset.
     */
    MemorySegment cString(Path p) {
      String text = p.toString();
      if (text.indexOf(REPLACEMENT) >= 0) {
        return bytes(undecodedBytes(p));
      }
      if (text.isEmpty()) {
        text = ".";
      }
      if (FILE_NAME_CHARSET != StandardCharsets.UTF_8) {
        return bytes(text.getBytes(FILE_NAME_CHARSET));
      }
      // UTF-8 straight into native memory: on JDK 24 and later an ASCII string is copied without the
      // intermediate byte[] of getBytes. At most 3 bytes per char: a surrogate pair is 4 bytes for two.
      ensure(text.length() * 3L + 1);
      path.setString(0, text, StandardCharsets.UTF_8);
      return path;
    }

    private MemorySegment bytes(byte[] bytes) {
      ensure(bytes.length + 1L);
      MemorySegment.copy(bytes, 0, path, JAVA_BYTE, 0, bytes.length);
      path.set(JAVA_BYTE, bytes.length, (byte) 0);
      return path;
    }

    private void ensure(long size) {
      if (size > path.byteSize()) {
        path = arena.allocate(Math.max(size, path.byteSize() * 2));
      }
    }
  }

  /** What the JDK shows for bytes of a file name that are not valid in the file-name charset. */
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * The bytes of a path whose name is not valid in the file-name charset, such as a name from
   * {@code Files.list} with the byte 0xFF under UTF-8: {@code toString()} shows U+FFFD for those bytes,
   * but the JDK keeps the bytes, and {@code toUri()} escapes each of them as {@code %XX}. The URI's path
   * is absolute (the same file: the JVM never changes its working directory), and ends with a slash for
   * a directory, which is dropped: with it, {@code lstat} would follow a link to a directory.
   */
  static byte[] undecodedBytes(Path path) {
    String raw = path.toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.write(c); // toUri escapes every byte outside ASCII
      }
    }
    int length = bytes.size();
    byte[] result = bytes.toByteArray();
    return length > 1 && result[length - 1] == '/' ? Arrays.copyOf(result, length - 1) : result;
  }

  /** An integer member of {@code struct stat}: where it is and whether it has 32 or 64 bits. */
  private record Field(long offset, boolean wide) {
    static Field of(StructLayout layout, String... path) {
      MemoryLayout.PathElement[] elements = new MemoryLayout.PathElement[path.length];
      for (int i = 0; i < path.length; i++) {
        elements[i] = groupElement(path[i]);
      }
      return new Field(layout.byteOffset(elements), layout.select(elements).byteSize() == Long.BYTES);
    }

    /** Reads an unsigned type (dev_t, ino_t, nlink_t, mode_t, uid_t) as Python sees it. */
    long unsigned(MemorySegment buffer) {
      return wide ? buffer.get(JAVA_LONG, offset) : Integer.toUnsignedLong(buffer.get(JAVA_INT, offset));
    }

    /** Reads a signed type (off_t, blksize_t, blkcnt_t, time_t, long). */
    long signed(MemorySegment buffer) {
      return wide ? buffer.get(JAVA_LONG, offset) : buffer.get(JAVA_INT, offset);
    }
  }

  /** The exception the JDK would throw for this errno, naming the path; never a bare number. */
  private FileSystemException error(Path path, int errno) {
    String file = path.toString();
    return switch (errno) {
      case ENOENT -> new NoSuchFileException(file);
      case EACCES -> new AccessDeniedException(file);
      case ENOTDIR -> new NotDirectoryException(file);
      case ELOOP -> new FileSystemLoopException(file);
      default -> new ErrnoException(file, errno, Libc.strerror(errno));
    };
  }
}
