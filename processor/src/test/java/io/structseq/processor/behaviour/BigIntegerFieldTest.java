package io.structseq.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code BigInteger} field, as {@code os.stat_result.st_mtime_ns} is one: {@code replace} takes any
 * integer exactly (through the conversion {@code fromSequence} uses too), and numbers compare by value.
 */
class BigIntegerFieldTest {
  private static final MeasuredRecord BASE =
      new MeasuredRecord("m", 1, null, (byte) 0, (short) 0, 0f, null, null);

  @Test
  void replaceConvertsIntegersExactly() {
    assertEquals(BigInteger.valueOf(5), BASE.replace(Map.of("big", 5)).big());
    assertEquals(BigInteger.valueOf(Long.MIN_VALUE), BASE.replace(Map.of("big", Long.MIN_VALUE)).big());
    assertEquals(BigInteger.valueOf(-7), BASE.replace(Map.of("big", (short) -7)).big());
    assertEquals(BigInteger.TWO.pow(70), BASE.replace(Map.of("big", 0x1p70)).big(), "an integral double");
    BigInteger huge = BigInteger.TEN.pow(27).add(BigInteger.ONE);
    assertEquals(huge, BASE.replace(Map.of("big", huge)).big());
    assertEquals(BASE.withBig(BigInteger.valueOf(5)), BASE.replace(Map.of("big", 5L)));
  }

  @Test
  void inexactValuesAreRejectedNamingTheField() {
    for (Object bad : List.of(0.5, Double.NaN, "5")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> BASE.replace(Map.of("big", bad)));
      assertTrue(e.getMessage().contains("test.measured.big"), e.getMessage());
    }
  }

  @Test
  void comparesWithOtherNumbersByValue() {
    BigInteger past = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    assertEquals(0, StructSequence.compare(List.of(BASE.withBig(BigInteger.valueOf(3)).big()), List.of(3)));
    assertTrue(StructSequence.compare(List.of(past), List.of(Long.MAX_VALUE)) > 0);
    assertTrue(StructSequence.compare(List.of(past.negate().subtract(BigInteger.ONE)), List.of(Long.MIN_VALUE)) < 0);
    assertTrue(StructSequence.compare(List.of(past), List.of(9.3e18)) < 0);
  }
}
