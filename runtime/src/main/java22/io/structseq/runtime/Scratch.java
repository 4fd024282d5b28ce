package io.structseq.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One thread's native memory for every FFM call: the captured call state, a buffer that holds the
 * largest structure of this process's {@link Abi} (and CPython's 255-byte {@code confstr} buffer), the
 * result pointer of the NSS {@code get*_r} functions, a C-string buffer that grows to the longest path
 * or name seen, and the NSS string buffer. No arena, allocation or zeroing per call; an automatic arena
 * frees it all with the thread. Also the one place that turns a {@link Path} into C bytes
 * ({@link #cString(Path)}).
 */
final class Scratch {
  /** CPython's {@code confstr} buffer: the smallest size {@link #struct} ever has. */
  static final int CONFSTR_BUFFER = 255;
  /** The size of {@link #struct}. */
  static final long STRUCT_SIZE = Math.max(CONFSTR_BUFFER + 1,
      Backends.abi().structs().stream().mapToLong(CStruct::size).max().orElseThrow());

  private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

  private final Arena arena = Arena.ofAuto();
  /** Receives {@code errno}; see {@link Libc#errno}. */
  final MemorySegment callState = arena.allocate(Libc.CALL_STATE);
  /** The structure a call fills. */
  final MemorySegment struct = arena.allocate(STRUCT_SIZE, 8);
  /** {@link #struct}, as the backends read it. */
  final StructMemory structMemory = new Segment(struct);
  /** A Java copy of {@link #struct}'s strings. */
  final byte[] bytes = new byte[(int) STRUCT_SIZE];
  /** The {@code struct passwd **result} of {@code getpwnam_r} and the others. */
  final MemorySegment result = arena.allocate(ADDRESS);
  private MemorySegment cString = arena.allocate(256);
  private MemorySegment strings = MemorySegment.NULL;

  private Scratch() {}

  /** @return this thread's scratch */
  static Scratch get() {
    return CURRENT.get();
  }

  /** The path as a NUL-terminated string in the bytes the JDK itself passes: {@link FileNames#bytes}. */
  MemorySegment cString(Path p) {
    String text = p.toString();
    if (!FileNames.plainUtf8(text)) {
      return cString(FileNames.bytes(p));
    }
    // UTF-8 straight into native memory: on JDK 24 and later an ASCII string is copied without the
    // intermediate byte[] of getBytes. At most 3 bytes per char: a surrogate pair is 4 bytes for two.
    ensure(text.length() * 3L + 1);
    cString.setString(0, text, StandardCharsets.UTF_8);
    return cString;
  }

  /** The bytes as a NUL-terminated C string. */
  MemorySegment cString(byte[] bytes) {
    ensure(bytes.length + 1L);
    MemorySegment.copy(bytes, 0, cString, JAVA_BYTE, 0, bytes.length);
    cString.set(JAVA_BYTE, bytes.length, (byte) 0);
    return cString;
  }

  private void ensure(long size) {
    if (size > cString.byteSize()) {
      cString = arena.allocate(Math.max(size, cString.byteSize() * 2));
    }
  }

  /**
   * A string buffer for the NSS {@code get*_r} functions of exactly {@code size} bytes. Its memory is
   * kept for the thread's later calls; an outgrown one is left to the GC with its own arena.
   */
  MemorySegment strings(long size) {
    if (size > strings.byteSize()) {
      strings = Arena.ofAuto().allocate(size, 8);
    }
    return strings.asSlice(0, size);
  }

  /** A segment, read with the JDK's native byte order. */
  private record Segment(MemorySegment segment) implements StructMemory {
    @Override
    public long getLong(long offset) {
      return segment.get(JAVA_LONG, offset);
    }

    @Override
    public int getInt(long offset) {
      return segment.get(JAVA_INT, offset);
    }
  }
}
