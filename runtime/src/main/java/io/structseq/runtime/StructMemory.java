package io.structseq.runtime;

/**
 * The structure a native backend's call filled, as both native backends read it: a segment (FFM) or
 * an address (jffi), held by each thread's scratch. One implementation is loaded in a JVM, so each
 * read inlines to the backend's own access.
 */
interface StructMemory {
  /** Returns the 64 bits at {@code offset}. */
  long getLong(long offset);

  /** Returns the 32 bits at {@code offset}. */
  int getInt(long offset);

  /** Returns the C {@code long} members at these offsets, in order. */
  default long[] words(long[] offsets) {
    long[] words = new long[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      words[i] = getLong(offsets[i]);
    }
    return words;
  }
}
