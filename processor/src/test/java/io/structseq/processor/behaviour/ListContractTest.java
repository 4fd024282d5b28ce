package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.five;
import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.statValues;
import static io.structseq.processor.behaviour.Fixtures.time;
import static io.structseq.processor.behaviour.Fixtures.timeValues;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.processor.samples.FiveRecord;
import io.structseq.processor.samples.Five_InnerRecord;
import io.structseq.processor.samples.PairRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A struct sequence is an immutable {@code List<Object>} of its visible values, as a CPython struct
 * sequence is a tuple of them ({@code test_structseq.test_tuple}, {@code test_hash}, {@code test_cmp},
 * {@code test_contains}); Java's {@code List} contract where Python and Java differ.
 */
class ListContractTest {

  // ---- equals and hashCode ----------------------------------------------------------------------

  @Test
  void equalsListOfVisibleValuesBothWays() {
    TimeLikeRecord t = time();
    List<Object> values = timeValues();
    assertEquals(values, t);
    assertEquals(t, values);
    assertEquals(values.hashCode(), t.hashCode());
  }

  @Test
  void equalsArrayListBothWays() {
    StatLikeRecord s = stat();
    ArrayList<Object> values = new ArrayList<>(statValues());
    assertTrue(s.equals(values));
    assertTrue(values.equals(s));
    assertEquals(values.hashCode(), s.hashCode());
  }

  @Test
  void equalsLinkedListBothWays() {
    LinkedList<Object> values = new LinkedList<>(timeValues());
    assertFalse(values instanceof RandomAccess);
    assertTrue(time().equals(values));
    assertTrue(values.equals(time()));
  }

  @Test
  void equalsArraysAsListWithNullBothWays() {
    FiveRecord f = new FiveRecord(3, 0.5, "three", true, null);
    List<Object> values = Arrays.asList(3, 0.5, "three", true, null);
    assertTrue(f.equals(values));
    assertTrue(values.equals(f));
    assertEquals(values.hashCode(), f.hashCode());
  }

  @Test
  void hashCodeOfMixedTypesIsTheListHash() {
    FiveRecord f = five();
    List<Object> values = List.of(3, 0.5, "three", true, List.of("a", "b"));
    assertEquals(values, f);
    assertEquals(values.hashCode(), f.hashCode());
  }

  @Test
  void charFloatAndObjectFieldsHashAsTheirBoxes() {
    Five_InnerRecord inner = new Five_InnerRecord('x', 0.5f, null);
    List<Object> values = Arrays.asList('x', 0.5f, null);
    assertTrue(inner.equals(values));
    assertTrue(values.equals(inner));
    assertEquals(values.hashCode(), inner.hashCode());
    assertNotEquals(inner, Arrays.asList('x', 0.5, null));
    assertNotEquals(new Five_InnerRecord('x', 0.0f, null), new Five_InnerRecord('x', -0.0f, null));
    assertEquals(new Five_InnerRecord('x', Float.NaN, 1), new Five_InnerRecord('x', Float.NaN, 1));
  }

  @Test
  void notEqualToListWithOneValueChanged() {
    List<Object> values = new ArrayList<>(timeValues());
    values.set(8, 1);
    assertNotEquals(values, time());
    assertNotEquals(time(), values);
  }

  @Test
  void notEqualToAPrefixOrAnExtension() {
    List<Object> prefix = timeValues().subList(0, 8);
    List<Object> longer = new ArrayList<>(timeValues());
    longer.add("UTC");
    assertNotEquals(time(), prefix);
    assertNotEquals(prefix, time());
    assertNotEquals(time(), longer);
    assertNotEquals(longer, time());
    assertNotEquals(time(), new LinkedList<>(prefix));
    assertNotEquals(time(), new LinkedList<>(longer));
  }

  @Test
  void notEqualToNonListsOrNull() {
    assertFalse(time().equals(null));
    assertFalse(time().equals(Set.copyOf(timeValues())));
    assertFalse(time().equals(timeValues().toArray()));
  }

  @Test
  void javaListEqualityKeepsBoxedTypesApart() {
    // st_ino is a long field: its value is a Long, and Long 1234567 is not Integer 1234567 in Java.
    List<Object> integers = new ArrayList<>(statValues());
    integers.set(1, 1234567);
    assertNotEquals(stat(), integers);
    assertNotEquals(integers, stat());
  }

  @Test
  void equalsAStructSequenceOfAnotherTypeWithTheSameValues() {
    AllUnnamedRecord unnamed = new AllUnnamedRecord(1, 2);
    PairRecord<Integer, Integer> pair = new PairRecord<>(1, 2);
    assertEquals(unnamed, pair);
    assertEquals(pair, unnamed);
    assertEquals(unnamed.hashCode(), pair.hashCode());
  }

  @Test
  void sameTypeEqualityLooksAtEveryVisibleValue() {
    TimeLikeRecord t = time();
    assertEquals(t, time());
    assertNotEquals(t, t.withTm_year(2025));
    assertNotEquals(t, t.withTm_isdst(1));
    StatLikeRecord s = stat();
    assertNotEquals(s, s.withSt_ctime_sec(1));
    assertNotEquals(s, s.withSt_mode(0));
    FiveRecord f = five();
    assertNotEquals(f, f.withTags(null));
    assertNotEquals(f, f.withRatio(0.25));
    assertNotEquals(f, f.withLabel("two"));
  }

  @Test
  void doubleFieldsCompareAsTheirBoxesDo() {
    // List equality uses Double.equals: NaN equals NaN, 0.0 differs from -0.0.
    FiveRecord nan = five().withRatio(Double.NaN);
    assertEquals(nan, five().withRatio(Double.NaN));
    assertEquals(Arrays.asList(3, Double.NaN, "three", true, List.of("a", "b")), nan);
    assertNotEquals(five().withRatio(0.0), five().withRatio(-0.0));
    assertEquals(
        Arrays.asList(3, -0.0, "three", true, List.of("a", "b")).hashCode(),
        five().withRatio(-0.0).hashCode());
  }

  @Test
  void hiddenFieldsTakeNoPartInEqualsHashCodeOrOrder() {
    TimeLikeRecord utc = time();
    TimeLikeRecord other = new TimeLikeRecord(2024, 1, 1, 12, 30, 45, 0, 1, 0, "CET", 3600);
    assertNotEquals(utc.asMap(), other.asMap());
    assertEquals(utc, other);
    assertEquals(other, utc);
    assertEquals(utc.hashCode(), other.hashCode());
    assertEquals(0, StructSequence.compare(utc, other));

    StatLikeRecord s = stat();
    StatLikeRecord changed = s.withSt_atime(1.0).withSt_blocks(null).withSt_rdev(9L);
    assertEquals(s, changed);
    assertEquals(s.hashCode(), changed.hashCode());
    assertEquals(0, StructSequence.compare(s, changed));
  }

  // ---- size, get, contains, indexOf ------------------------------------------------------------

  @Test
  void sizeCountsVisibleFieldsOnly() {
    assertEquals(9, time().size());
    assertEquals(10, stat().size());
    assertEquals(5, five().size());
    assertFalse(time().isEmpty());
  }

  @Test
  void getByIndexReturnsVisibleValuesBoxed() {
    StatLikeRecord s = stat();
    assertEquals(33188, s.get(0));
    assertEquals(Long.valueOf(1234567L), s.get(1));
    assertEquals(Long.valueOf(1700000002L), s.get(9));
    assertEquals(List.of("a", "b"), five().get(4));
    assertNull(five().withTags(null).get(4));
  }

  @Test
  void getBadIndexThrowsWithCPythonsWords() {
    StatLikeRecord s = stat();
    IndexOutOfBoundsException high = assertThrows(IndexOutOfBoundsException.class, () -> s.get(12));
    assertEquals("os.stat_result index out of range: 12 (size 10)", high.getMessage());
    IndexOutOfBoundsException edge = assertThrows(IndexOutOfBoundsException.class, () -> s.get(10));
    assertEquals("os.stat_result index out of range: 10 (size 10)", edge.getMessage());
    IndexOutOfBoundsException negative =
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(-1));
    assertEquals("os.stat_result index out of range: -1 (size 10)", negative.getMessage());
    IndexOutOfBoundsException hidden =
        assertThrows(IndexOutOfBoundsException.class, () -> time().get(9));
    assertEquals("time.struct_time index out of range: 9 (size 9)", hidden.getMessage());
  }

  @Test
  void containsLooksAtVisibleValuesOnly() {
    TimeLikeRecord t = time();
    assertTrue(t.contains(2024));
    assertTrue(t.contains(45));
    assertFalse(t.contains(2024L));
    assertFalse(t.contains("UTC"));
    assertFalse(t.contains(null));
    assertTrue(t.containsAll(List.of(12, 30, 45)));
    assertFalse(t.containsAll(List.of(12, 31)));
    assertTrue(stat().contains(1700000001L));
    assertFalse(stat().contains(1700000001.5));
  }

  @Test
  void containsNull() {
    FiveRecord f = five().withTags(null);
    assertTrue(f.contains(null));
    assertEquals(4, f.indexOf(null));
    assertEquals(4, f.lastIndexOf(null));
    assertEquals(-1, five().indexOf(null));
  }

  @Test
  void indexOfAndLastIndexOf() {
    TimeLikeRecord t = time();
    assertEquals(1, t.indexOf(1));
    assertEquals(7, t.lastIndexOf(1));
    assertEquals(6, t.indexOf(0));
    assertEquals(8, t.lastIndexOf(0));
    assertEquals(0, t.indexOf(2024));
    assertEquals(0, t.lastIndexOf(2024));
    assertEquals(-1, t.indexOf(99));
    assertEquals(-1, t.lastIndexOf(99));
    assertEquals(-1, t.indexOf("UTC"));
  }

  // ---- subList ---------------------------------------------------------------------------------

  @Test
  void subListHoldsTheRange() {
    TimeLikeRecord t = time();
    assertEquals(List.of(1, 1, 12), t.subList(1, 4));
    assertEquals(List.of(1, 1, 12).hashCode(), t.subList(1, 4).hashCode());
    assertEquals(timeValues(), t.subList(0, 9));
    assertTrue(t.subList(3, 3).isEmpty());
    assertEquals(List.of(45), t.subList(1, 8).subList(4, 5));
    assertEquals(List.of(1700000000L, 1700000001L, 1700000002L), stat().subList(7, 10));
  }

  @Test
  void subListIsImmutable() {
    List<Object> sub = time().subList(1, 4);
    assertAllThrowUnsupported(
        () -> sub.set(0, 5),
        () -> sub.add(5),
        () -> sub.remove(0),
        () -> sub.clear(),
        () -> sub.addAll(List.of()),
        () -> sub.removeIf(x -> false));
  }

  @Test
  void subListBounds() {
    TimeLikeRecord t = time();
    assertThrows(IndexOutOfBoundsException.class, () -> t.subList(-1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> t.subList(0, 10));
    assertThrows(IndexOutOfBoundsException.class, () -> t.subList(10, 10));
    // As List.of: fromIndex > toIndex is an IllegalArgumentException with List.of's words.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.subList(3, 2));
    assertEquals("fromIndex(3) > toIndex(2)", e.getMessage());
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
        () -> List.of(1, 2, 3, 4).subList(3, 2));
    assertEquals(same.getMessage(), e.getMessage());
  }

  // ---- iteration ---------------------------------------------------------------------------------

  @Test
  void iteratesVisibleValuesInOrderThenIsExhausted() {
    Iterator<Object> it = time().iterator();
    List<Object> seen = new ArrayList<>();
    while (it.hasNext()) {
      seen.add(it.next());
    }
    assertEquals(timeValues(), seen);
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void forEachAndEnhancedForVisitVisibleValues() {
    List<Object> seen = new ArrayList<>();
    for (Object value : stat()) {
      seen.add(value);
    }
    assertEquals(statValues(), seen);
    List<Object> visited = new ArrayList<>();
    Consumer<Object> add = visited::add;
    five().forEach(add);
    assertEquals(List.of(3, 0.5, "three", true, List.of("a", "b")), visited);
  }

  @Test
  void listIteratorWalksBackwards() {
    TimeLikeRecord t = time();
    ListIterator<Object> it = t.listIterator(t.size());
    assertFalse(it.hasNext());
    assertEquals(9, it.nextIndex());
    List<Object> backwards = new ArrayList<>();
    while (it.hasPrevious()) {
      assertEquals(it.nextIndex() - 1, it.previousIndex());
      backwards.add(it.previous());
    }
    assertEquals(List.of(0, 1, 0, 45, 30, 12, 1, 1, 2024), backwards);
    assertEquals(-1, it.previousIndex());
    assertThrows(NoSuchElementException.class, it::previous);
    assertEquals(2024, it.next());
  }

  @Test
  void listIteratorStartsAtIndex() {
    ListIterator<Object> it = time().listIterator(5);
    assertEquals(45, it.next());
    assertEquals(45, it.previous());
    assertEquals(30, it.previous());
    assertThrows(IndexOutOfBoundsException.class, () -> time().listIterator(10));
    assertThrows(IndexOutOfBoundsException.class, () -> time().listIterator(-1));
  }

  // ---- toArray and stream ----------------------------------------------------------------------

  @Test
  void toArrayHoldsVisibleValues() {
    Object[] array = time().toArray();
    assertEquals(Object[].class, array.getClass());
    assertArrayEquals(timeValues().toArray(), array);
    assertArrayEquals(new Object[] {3, 0.5, "three", true, null}, five().withTags(null).toArray());
  }

  @Test
  void toArrayIntoTypedArrays() {
    Object[] fresh = time().toArray(new Object[0]);
    assertArrayEquals(timeValues().toArray(), fresh);

    Integer[] exact = new Integer[9];
    Integer[] filled = time().toArray(exact);
    assertSame(exact, filled);
    assertArrayEquals(new Integer[] {2024, 1, 1, 12, 30, 45, 0, 1, 0}, filled);

    Integer[] grown = time().toArray(new Integer[2]);
    assertEquals(Integer[].class, grown.getClass());
    assertEquals(9, grown.length);

    assertThrows(ArrayStoreException.class, () -> time().toArray(new String[0]));
  }

  @Test
  void toArrayIntoALongerArrayTerminatesWithNull() {
    Object[] longer = new Object[12];
    Arrays.fill(longer, "sentinel");
    Object[] result = time().toArray(longer);
    assertSame(longer, result);
    assertEquals(2024, result[0]);
    assertEquals(0, result[8]);
    assertNull(result[9]);
    assertEquals("sentinel", result[10]);
    assertEquals("sentinel", result[11]);
  }

  @Test
  void streamsVisibleValues() {
    assertEquals(timeValues(), time().stream().collect(Collectors.toList()));
    long total = stat().stream().skip(7).mapToLong(v -> (Long) v).sum();
    assertEquals(1700000000L + 1700000001L + 1700000002L, total);
    assertEquals(5, five().stream().count());
    assertEquals(9, time().parallelStream().count());
  }

  // ---- mutators --------------------------------------------------------------------------------

  @Test
  void everyMutatorThrowsEvenWhenItWouldChangeNothing() {
    TimeLikeRecord t = time();
    assertAllThrowUnsupported(
        () -> t.add(1),
        () -> t.add(0, 1),
        () -> t.addAll(List.of()),
        () -> t.addAll(List.of(1)),
        () -> t.addAll(0, List.of()),
        () -> t.remove(Integer.valueOf(2024)),
        () -> t.remove((Object) "absent"),
        () -> t.remove(0),
        () -> t.removeIf(x -> false),
        () -> t.removeAll(List.of()),
        () -> t.retainAll(timeValues()),
        () -> t.clear(),
        () -> t.set(0, 2024),
        () -> t.replaceAll(x -> x),
        () -> t.sort(null));
    assertEquals(timeValues(), t);
  }

  @Test
  void iteratorMutatorsThrow() {
    TimeLikeRecord t = time();
    Iterator<Object> it = t.iterator();
    it.next();
    ListIterator<Object> li = t.listIterator();
    li.next();
    assertAllThrowUnsupported(
        it::remove,
        () -> li.set(2024),
        () -> li.add(1),
        li::remove);
    assertEquals(timeValues(), t);
  }

  private static void assertAllThrowUnsupported(Executable... calls) {
    for (int i = 0; i < calls.length; i++) {
      assertThrows(UnsupportedOperationException.class, calls[i], "call #" + i);
    }
  }
}
