package io.structseq.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructType;
import io.structseq.processor.samples.Pair;
import io.structseq.processor.samples.PairRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A generic interface {@code Pair<A, B extends Comparable<B>>} gives a generic record. */
class GenericsTest {

  @Test
  void typedAccessors() {
    PairRecord<String, Integer> p = new PairRecord<>("a", 1);
    String first = p.first();
    int second = p.second();
    assertEquals("a", first);
    assertEquals(1, second);
    assertEquals(List.of("a", 1), p);
  }

  @Test
  void typeConstantIsOverTheWildcardRecord() {
    StructType<PairRecord<?, ?>> type = PairRecord.TYPE;
    assertEquals("Pair", type.name());
    assertSame(type, new PairRecord<>(1.5, "b").structType());
  }

  @Test
  void fromSequenceBuildsAPair() {
    PairRecord<?, ?> p = PairRecord.TYPE.fromSequence(List.of("x", 2));
    assertEquals(PairRecord.class, p.getClass());
    assertEquals("x", p.first());
    assertEquals(2, p.second());
    assertEquals(new PairRecord<>("x", 2), p);
  }

  @Test
  void fieldTypesAreErasures() {
    assertEquals(Object.class, PairRecord.TYPE.field("first").orElseThrow().type());
    assertEquals(Comparable.class, PairRecord.TYPE.field("second").orElseThrow().type());
  }

  @Test
  void erasedTypesAreCheckedAtRunTime() {
    // B's erasure is Comparable: a value that is not Comparable does not fit.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PairRecord.TYPE.fromSequence(List.of("x", new Object())));
    assertTrue(e.getMessage().contains("second"), e.getMessage());
    assertThrows(NullPointerException.class,
        () -> PairRecord.TYPE.fromSequence(java.util.Arrays.asList(null, 1)));
  }

  @Test
  void staticFactoryOfTheInterfaceIsKept() {
    Pair<String, Double> p = Pair.of("a", 2.5);
    assertEquals(new PairRecord<>("a", 2.5), p);
    assertEquals(List.of("a", 2.5), p);
  }

  @Test
  void withersKeepTheTypeArguments() {
    PairRecord<String, Integer> p = new PairRecord<>("a", 1);
    PairRecord<String, Integer> q = p.withSecond(5).withFirst("b");
    assertEquals(List.of("b", 5), q);
    assertEquals(List.of("a", 1), p);
    assertEquals(Map.of("first", "b", "second", 5), q.asMap());
  }
}
