package io.structseq;

import java.util.ListIterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/** The iterator of every {@link StructSequence}: reads through {@code get(int)}, never writes. */
final class StructIterator implements ListIterator<@Nullable Object> {
  private final StructSequence sequence;
  private final int size;
  private int cursor;

  StructIterator(StructSequence sequence, int start) {
    this.sequence = sequence;
    this.size = sequence.size();
    this.cursor = start;
  }

  @Override
  public boolean hasNext() {
    return cursor < size;
  }

  @Override
  public @Nullable Object next() {
    if (cursor >= size) {
      throw new NoSuchElementException();
    }
    return sequence.get(cursor++);
  }

  @Override
  public boolean hasPrevious() {
    return cursor > 0;
  }

  @Override
  public @Nullable Object previous() {
    if (cursor <= 0) {
      throw new NoSuchElementException();
    }
    return sequence.get(--cursor);
  }

  @Override
  public int nextIndex() {
    return cursor;
  }

  @Override
  public int previousIndex() {
    return cursor - 1;
  }

  @Override
  public void remove() {
    throw StructSupport.immutable(sequence);
  }

  @Override
  public void set(@Nullable Object e) {
    throw StructSupport.immutable(sequence);
  }

  @Override
  public void add(@Nullable Object e) {
    throw StructSupport.immutable(sequence);
  }
}
