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
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
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

  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CALL_STATE.varHandle(groupElement("errno"));

  /** The charset the JDK uses for file names ({@code sun.jnu.encoding}), so we pass the same bytes. */
  private static final Charset FILE_NAME_CHARSET = fileNameCharset();

  private final StructLayout layout;
  private final Field mode;
  private final Field ino;
  private final Field dev;
  private final Field nlink;
  private final Field uid;
  private final Field gid;
  private final Field size;
  private final Field atimeSec;
  private final Field atimeNsec;
  private final Field mtimeSec;
  private final Field mtimeNsec;
  private final Field ctimeSec;
  private final Field ctimeNsec;
  private final Field blksize;
  private final Field blocks;
  private final Field rdev;
  /** {@code int stat(const char *, struct stat *)} with the call state as leading argument. */
  private final MethodHandle stat;
  /** {@code int lstat(const char *, struct stat *)}, likewise. */
  private final MethodHandle lstat;
  private OsFfmBackend(StructLayout layout, MethodHandle stat, MethodHandle lstat) {
    this.layout = layout;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(layout));
    this.mode = Field.of(layout, "st_mode");
    this.ino = Field.of(layout, "st_ino");
    this.dev = Field.of(layout, "st_dev");
    this.nlink = Field.of(layout, "st_nlink");
    this.uid = Field.of(layout, "st_uid");
    this.gid = Field.of(layout, "st_gid");
    this.size = Field.of(layout, "st_size");
    this.atimeSec = Field.of(layout, "st_atim", "tv_sec");
    this.atimeNsec = Field.of(layout, "st_atim", "tv_nsec");
    this.mtimeSec = Field.of(layout, "st_mtim", "tv_sec");
    this.mtimeNsec = Field.of(layout, "st_mtim", "tv_nsec");
    this.ctimeSec = Field.of(layout, "st_ctim", "tv_sec");
    this.ctimeNsec = Field.of(layout, "st_ctim", "tv_nsec");
    this.blksize = Field.of(layout, "st_blksize");
    this.blocks = Field.of(layout, "st_blocks");
    this.rdev = Field.of(layout, "st_rdev");
    this.stat = stat;
    this.lstat = lstat;
  }

  /**
   * Links {@code stat} and {@code lstat} of the C library ({@code strerror} is linked by {@link Libc}
   * on the first error only: one downcall less at start).
   *
   * @return the backend, or {@code null} on a platform whose {@code struct stat} this class does not
   *     know or whose C library lacks the functions
   */
  @SuppressWarnings("restricted")
  static OsBackend createIfSupported() {
    if (!System.getProperty("os.name", "").equals("Linux")) {
      return null;
    }
    String arch = System.getProperty("os.arch", "");
    StructLayout layout;
    int xstatVersion; // _STAT_VER of glibc before 2.33, where stat is only a wrapper of __xstat
    switch (arch) {
      case "amd64", "x86_64" -> {
        layout = STAT_X86_64;
        xstatVersion = 1;
      }
      case "aarch64" -> {
        layout = STAT_AARCH64;
        xstatVersion = 0;
      }
      default -> {
        return null;
      }
    }
    try {
      Linker linker = Linker.nativeLinker();
      SymbolLookup libc = linker.defaultLookup();
      Optional<MethodHandle> stat = link(linker, libc, "stat", "__xstat", xstatVersion);
      Optional<MethodHandle> lstat = link(linker, libc, "lstat", "__lxstat", xstatVersion);
      if (stat.isEmpty() || lstat.isEmpty()) {
        return null;
      }
      return new OsFfmBackend(layout, stat.get(), lstat.get());
    } catch (UnsupportedOperationException | IllegalCallerException e) {
      // No native linker on this platform, or native access denied (--illegal-native-access=deny).
      return null;
    }
  }

  /**
   * Links {@code name(const char *, struct stat *)}, or, on glibc before 2.33, which exports only
   * {@code xname(int version, const char *, struct stat *)}, that one with the version bound.
   */
  @SuppressWarnings("restricted")
  private static Optional<MethodHandle> link(
      Linker linker, SymbolLookup libc, String name, String xname, int version) {
    Linker.Option errno = Linker.Option.captureCallState("errno");
    Optional<MemorySegment> function = libc.find(name);
    if (function.isPresent()) {
      return Optional.of(linker.downcallHandle(
          function.get(), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS), errno));
    }
    return libc.find(xname).map(xfunction -> MethodHandles.insertArguments(
        linker.downcallHandle(xfunction, FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), errno),
        1, version));
  }

  @Override
  public String name() {
    return "ffm";
  }

  @Override
  public StatResult stat(Path path, boolean followLinks) throws IOException {
    // Per-thread native scratch memory: no arena, allocation or zeroing per call.
    Scratch scratch = this.scratch.get();
    MemorySegment callState = scratch.callState;
    MemorySegment buffer = scratch.buffer;
    MemorySegment name = scratch.cString(path);
    int rc;
    try {
      rc = (int) (followLinks ? stat : lstat).invokeExact(callState, name, buffer);
    } catch (Throwable t) {
      throw new IllegalStateException("calling " + (followLinks ? "stat" : "lstat") + " failed", t);
    }
    if (rc != 0) {
      throw error(path, (int) ERRNO.get(callState, 0L));
    }
    return OsBackend.result(
        (int) mode.unsigned(buffer),
        ino.unsigned(buffer),
        dev.unsigned(buffer),
        nlink.unsigned(buffer),
        OsBackend.uid((int) uid.unsigned(buffer)),
        OsBackend.uid((int) gid.unsigned(buffer)),
        size.signed(buffer),
        atimeSec.signed(buffer), atimeNsec.signed(buffer),
        mtimeSec.signed(buffer), mtimeNsec.signed(buffer),
        ctimeSec.signed(buffer), ctimeNsec.signed(buffer),
        blksize.signed(buffer),
        blocks.signed(buffer),
        rdev.unsigned(buffer));
  }

  private final ThreadLocal<Scratch> scratch;

  /**
   * One thread's native memory for calls: the captured call state, the {@code struct stat}, and a
   * path buffer that grows to the longest path seen. Freed by the GC with the thread's scratch.
   */
  private static final class Scratch {
    private final Arena arena = Arena.ofAuto();
    final MemorySegment callState;
    final MemorySegment buffer;
    private MemorySegment path;

    Scratch(StructLayout layout) {
      callState = arena.allocate(CALL_STATE);
      buffer = arena.allocate(layout);
      path = arena.allocate(256);
    }

    /**
     * The path as a NUL-terminated string in the bytes the JDK itself passes to the C library: the
     * normalized path string ({@code ""} meaning {@code "."}) in the file-name charset.
     */
    MemorySegment cString(Path p) {
      String text = p.toString();
      byte[] bytes = text.indexOf(REPLACEMENT) >= 0
          ? undecodedBytes(p)
          : (text.isEmpty() ? "." : text).getBytes(FILE_NAME_CHARSET);
      if (bytes.length + 1L > path.byteSize()) {
        path = arena.allocate(Math.max(bytes.length + 1L, path.byteSize() * 2));
      }
      MemorySegment.copy(bytes, 0, path, JAVA_BYTE, 0, bytes.length);
      path.set(JAVA_BYTE, bytes.length, (byte) 0);
      return path;
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

  private static Charset fileNameCharset() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
