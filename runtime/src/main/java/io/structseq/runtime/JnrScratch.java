package io.structseq.runtime;

import java.lang.ref.Cleaner;
import java.nio.file.Path;

/**
 * One thread's native memory for every jnr call, as {@code Scratch} is for the FFM backends: a buffer
 * that holds the largest structure of this process's {@link Abi}, the result pointer of the NSS
 * {@code get*_r} functions, a C-string buffer that grows to the longest path or name seen, and the NSS
 * string buffer. No allocation per call; a {@link Cleaner} frees the memory with the thread's scratch.
 */
final class JnrScratch {
  /** CPython's 255-byte {@code confstr} buffer: the smallest size {@link #struct} ever has. */
  static final int CONFSTR_BUFFER = 255;
  /** The size of {@link #struct}: the largest structure of the ABI, or the {@code confstr} buffer. */
  static final long STRUCT_SIZE = structSize();

  private static final ThreadLocal<JnrScratch> CURRENT = ThreadLocal.withInitial(JnrScratch::new);
  private static final Cleaner CLEANER = Cleaner.create();

  /** The addresses this scratch owns, freed together when it is unreachable. */
  private final long[] owned;
  /** The structure a call fills ({@link #STRUCT_SIZE} bytes). */
  final long struct;
  /** {@link #struct}, as the backends read it. */
  final StructMemory structMemory;
  /** The {@code struct passwd **result} of {@code getpwnam_r} and the others. */
  final long result;
  private long cString;
  private long cStringSize = 256;
  private long strings;
  private long stringsSize;

  private JnrScratch() {
    owned = new long[3];
    struct = owned[0] = allocate(STRUCT_SIZE + Long.BYTES);
    result = struct + STRUCT_SIZE;
    structMemory = new Address(struct);
    cString = owned[1] = allocate(cStringSize);
    long[] memory = owned;
    CLEANER.register(this, () -> {
      for (long address : memory) {
        if (address != 0) {
          JnrLibc.MEMORY.freeMemory(address);
        }
      }
    });
  }

  private static long structSize() {
    long size = CONFSTR_BUFFER + 1;
    for (CStruct struct : Backends.abi().structs()) {
      size = Math.max(size, struct.size());
    }
    return size;
  }

  /** Native memory at an address, read through jffi. */
  private record Address(long address) implements StructMemory {
    @Override
    public long getLong(long offset) {
      return JnrLibc.MEMORY.getLong(address + offset);
    }

    @Override
    public int getInt(long offset) {
      return JnrLibc.MEMORY.getInt(address + offset);
    }
  }

  /** Returns this thread's scratch. */
  static JnrScratch get() {
    return CURRENT.get();
  }

  private static long allocate(long size) {
    long address = JnrLibc.MEMORY.allocateMemory(size, false);
    if (address == 0) {
      throw new OutOfMemoryError("no " + size + " bytes of native memory");
    }
    return address;
  }

  /** The path as a NUL-terminated string in the bytes the JDK itself passes: {@link FileNames#bytes}. */
  long cString(Path p) {
    return cString(FileNames.bytes(p));
  }

  /** The bytes as a NUL-terminated C string. */
  long cString(byte[] bytes) {
    if (bytes.length + 1L > cStringSize) {
      long size = Math.max(bytes.length + 1L, cStringSize * 2);
      JnrLibc.MEMORY.freeMemory(cString);
      cString = owned[1] = allocate(size);
      cStringSize = size;
    }
    JnrLibc.MEMORY.putByteArray(cString, bytes, 0, bytes.length);
    JnrLibc.MEMORY.putByte(cString + bytes.length, (byte) 0);
    return cString;
  }

  /** A string buffer for the NSS {@code get*_r} functions of at least {@code size} bytes, kept for later calls. */
  long strings(long size) {
    if (size > stringsSize) {
      if (strings != 0) {
        JnrLibc.MEMORY.freeMemory(strings);
      }
      strings = owned[2] = allocate(size);
      stringsSize = size;
    }
    return strings;
  }
}
