package io.structseq.processor;

import java.util.List;

/**
 * Finds a collision-free slot function {@code (h ^ (h >>> shift)) & mask} (just {@code h & mask} for shift 0) over the {@code hashCode()}
 * of a fixed set of names, so the generated {@code get(String)} dispatches with one dense
 * {@code switch} and one {@code equals}, with no per-instance or per-type table.
 *
 * @param shift the right shift mixed into the hash
 * @param mask the slot mask, a power of two minus one
 */
record PerfectHash(int shift, int mask) {

  /** Tries masks up to eight times the table size; null if no shift separates the names. */
  static PerfectHash find(List<String> names) {
    int size = Integer.highestOneBit(Math.max(1, names.size() * 2 - 1));
    for (int tableSize = size; tableSize <= size * 8; tableSize *= 2) {
      for (int shift = 0; shift < 32; shift++) {
        PerfectHash candidate = new PerfectHash(shift, tableSize - 1);
        if (candidate.separates(names)) {
          return candidate;
        }
      }
    }
    return null;
  }

  int slot(String name) {
    int h = name.hashCode();
    return (shift == 0 ? h : h ^ (h >>> shift)) & mask;
  }

  private boolean separates(List<String> names) {
    boolean[] used = new boolean[mask + 1];
    for (String name : names) {
      int slot = slot(name);
      if (used[slot]) {
        return false;
      }
      used[slot] = true;
    }
    return true;
  }
}
