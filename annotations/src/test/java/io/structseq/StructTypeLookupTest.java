package io.structseq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link StructType#lookup}, {@link StructType#indexOf}, {@link StructType#value} and
 * {@link StructType#values} on a record written by hand the way the processor writes one: two
 * visible fields (one unnamed), one hidden field.
 */
class StructTypeLookupTest {

  /** The interface a user writes. */
  public interface Sample extends StructSequence {
    int x();

    long x_sec();

    String label();
  }

  /** The record the processor would generate for {@link Sample}. */
  public record SampleRecord(int x, long x_sec, String label) implements Sample {
    public static final StructType<SampleRecord> TYPE = StructType.define("test.sample", "",
        v -> new SampleRecord((Integer) v[0], (Long) v[1], (String) v[2]),
        StructField.visible(0, "x", int.class, false, ""),
        StructField.unnamed(1, "x_sec", "", long.class, false, ""),
        StructField.hidden(2, "label", String.class, true, ""));

    @Override
    public Object get(int index) {
      switch (index) {
        case 0:
          return x;
        case 1:
          return x_sec;
        default:
          throw new IndexOutOfBoundsException(index);
      }
    }

    @Override
    public int size() {
      return 2;
    }

    @Override
    public Object get(String name) {
      switch (name) {
        case "x":
          return x;
        case "label":
          return label;
        default:
          throw new IllegalArgumentException(name);
      }
    }

    @Override
    public Map<String, Object> asMap() {
      return TYPE.asMap(new Object[] {x, x_sec, label});
    }

    @Override
    public StructType<?> structType() {
      return TYPE;
    }
  }

  /** Not a record: lookup answers empty where {@code of} throws. */
  public interface NotGenerated extends StructSequence {
    int x();
  }

  @Test
  void lookupAnswersTheTypeOfARecordAndOfNothingElse() {
    assertEquals(Optional.empty(), StructType.lookup(String.class));
    assertEquals(Optional.empty(), StructType.lookup(StructSequence.class));
    assertEquals(Optional.empty(), StructType.lookup(NotGenerated.class));
    assertEquals(Optional.empty(), StructType.lookup(List.class));
    assertThrows(IllegalArgumentException.class, () -> StructType.of(NotGenerated.class));
    assertSame(SampleRecord.TYPE, StructType.lookup(SampleRecord.class).orElseThrow());
    assertSame(StructType.of(SampleRecord.class), StructType.lookup(SampleRecord.class).orElseThrow());
  }

  @Test
  void lookupOfNullThrows() {
    assertThrows(NullPointerException.class, () -> StructType.lookup(null));
  }

  @Test
  void indexOfKnowsEveryAccessorUnnamedIncluded() {
    assertEquals(0, SampleRecord.TYPE.indexOf("x"));
    assertEquals(1, SampleRecord.TYPE.indexOf("x_sec"));
    assertEquals(2, SampleRecord.TYPE.indexOf("label"));
    assertEquals(-1, SampleRecord.TYPE.indexOf("y"));
    assertEquals(-1, SampleRecord.TYPE.indexOf(""));
    assertTrue(SampleRecord.TYPE.field("x_sec").isEmpty(), "field(String) knows named fields only");
  }

  @Test
  void valuesAreInCanonicalOrderHiddenIncluded() {
    SampleRecord r = new SampleRecord(3, 4L, "four");
    assertEquals(3, SampleRecord.TYPE.value(r, 0));
    assertEquals(4L, SampleRecord.TYPE.value(r, 1));
    assertEquals("four", SampleRecord.TYPE.value(r, 2));
    assertArrayEquals(new Object[] {3, 4L, "four"}, SampleRecord.TYPE.values(r));
    assertArrayEquals(new Object[] {3, 4L, null}, SampleRecord.TYPE.values(new SampleRecord(3, 4L, null)));
    assertThrows(IndexOutOfBoundsException.class, () -> SampleRecord.TYPE.value(r, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> SampleRecord.TYPE.value(r, -1));
  }

  @Test
  void valuesReadBackThroughCreate() {
    SampleRecord r = new SampleRecord(-7, 8L, "x");
    SampleRecord back = SampleRecord.TYPE.create(SampleRecord.TYPE.values(r));
    assertEquals(List.of(-7, 8L), back);
    assertEquals("x", back.label());
  }
}
