package io.structseq;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The map behind {@link StructSequence#asMap()}: named fields over one array of values, no copies. */
final class FieldMap extends AbstractMap<String, @Nullable Object> {
  private final StructType<?> type;
  private final @Nullable Object[] values;

  FieldMap(StructType<?> type, @Nullable Object[] values) {
    this.type = type;
    this.values = values;
  }

  @Override
  public int size() {
    return type.namedFields().size();
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return type.namedField(key) != null;
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    StructField f = type.namedField(key);
    return f == null ? null : values[f.index()];
  }

  @Override
  public Set<Entry<String, @Nullable Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return FieldMap.this.size();
      }

      @Override
      public Iterator<Entry<String, @Nullable Object>> iterator() {
        StructField[] named = type.namedFieldArray();
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < named.length;
          }

          @Override
          public Entry<String, @Nullable Object> next() {
            if (next >= named.length) {
              throw new NoSuchElementException();
            }
            StructField f = named[next++];
            return new SimpleImmutableEntry<>(f.name(), values[f.index()]);
          }
        };
      }
    };
  }
}
