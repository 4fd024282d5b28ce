package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.SerializationTest.deserialize;
import static io.structseq.processor.behaviour.SerializationTest.replace;
import static io.structseq.processor.behaviour.SerializationTest.serialize;
import static io.structseq.processor.behaviour.SerializationTest.stringEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InvalidObjectException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code @Check}: every way of building a {@link SpanRecord} runs its three checks, inherited ones
 * first, after every field is assigned, and an instance that fails one is never built.
 */
class CheckTest {
  private static final List<String> ORDER = List.of("lowIsNotNegative", "unitIsLowerCase", "ordered");
  private static final int BASE_HIGH = 1_000_000;

  /** One construction path and the values it gives the record. */
  private record Path(String name, int low, int high, String unit, Supplier<SpanRecord> build) {}

  /** Every construction path, each ending with (low, high, unit) or one field of them on a base. */
  private static List<Path> paths(int low, int high, String unit) {
    SpanRecord base = new SpanRecord(0, BASE_HIGH, "m");
    CheckLog.take();
    List<Path> paths = new ArrayList<>();
    paths.add(new Path("new SpanRecord", low, high, unit, () -> new SpanRecord(low, high, unit)));
    paths.add(new Path("fromSequence", low, high, unit,
        () -> SpanRecord.TYPE.fromSequence(List.of(low, high), Map.of("unit", unit))));
    paths.add(new Path("create", low, high, unit, () -> SpanRecord.TYPE.create(new Object[] {low, high, unit})));
    paths.add(new Path("replace", low, high, unit,
        () -> base.replace(Map.of("low", low, "high", high, "unit", unit))));
    paths.add(new Path("builder", low, high, unit,
        () -> SpanRecord.builder().low(low).high(high).unit(unit).build()));
    paths.add(new Path("toBuilder", low, high, unit,
        () -> base.toBuilder().low(low).high(high).unit(unit).build()));
    paths.add(new Path("withLow", low, BASE_HIGH, "m", () -> base.withLow(low)));
    paths.add(new Path("withHigh", 0, high, "m", () -> base.withHigh(high)));
    paths.add(new Path("withUnit", 0, BASE_HIGH, unit, () -> base.withUnit(unit)));
    return paths;
  }

  /** The message of the first check that (low, high, unit) fails, in the order the record calls them. */
  private static String firstFailure(int low, int high, String unit) {
    if (low < 0) {
      return "low is negative: " + low;
    }
    if (!unit.equals(unit.toLowerCase(Locale.ROOT))) {
      return "unit is not lower case: " + unit;
    }
    return high < low ? "high " + high + " is below low " + low : null;
  }

  /** The log of the checks up to and including {@code last}, each seeing all three values. */
  private static List<String> calls(int low, int high, String unit, String last) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("low", low);
    values.put("high", high);
    values.put("unit", unit);
    List<String> calls = new ArrayList<>();
    for (String check : ORDER.subList(0, ORDER.indexOf(last) + 1)) {
      calls.add(check + " " + values);
    }
    return calls;
  }

  @Provide
  Arbitrary<String> lowerCaseUnits() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
  }

  @Property(tries = 200, seed = "4242011")
  void everyPathCallsEveryCheckInOrderOnTheFinalValues(
      @ForAll @IntRange(min = 0, max = BASE_HIGH) int low,
      @ForAll @IntRange(min = 0, max = BASE_HIGH) int high,
      @ForAll("lowerCaseUnits") String unit) throws Exception {
    Assume.that(low <= high);
    for (Path path : paths(low, high, unit)) {
      SpanRecord built = path.build().get();
      assertEquals(List.of(path.low(), path.high(), path.unit()), List.of(built.low(), built.high(), built.unit()),
          path.name());
      assertEquals(calls(path.low(), path.high(), path.unit(), "ordered"), CheckLog.take(), path.name());
    }
    byte[] stream = serialize(new SpanRecord(low, high, unit));
    CheckLog.take();
    SpanRecord copy = (SpanRecord) deserialize(stream);
    assertEquals(List.of(low, high, unit), List.of(copy.low(), copy.high(), copy.unit()));
    assertEquals(calls(low, high, unit, "ordered"), CheckLog.take(), "deserialization");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("m", "M", "km", "Km");
  }

  @Property(tries = 300, seed = "4242012")
  void noPathBuildsAnInstanceThatFailsACheck(
      @ForAll @IntRange(min = -3, max = 3) int low,
      @ForAll @IntRange(min = -3, max = 3) int high,
      @ForAll("units") String unit) {
    for (Path path : paths(low, high, unit)) {
      String failure = firstFailure(path.low(), path.high(), path.unit());
      if (failure == null) {
        path.build().get();
        assertEquals(calls(path.low(), path.high(), path.unit(), "ordered"), CheckLog.take(), path.name());
        continue;
      }
      // What the check throws reaches the caller unchanged, through StructType and the builder too.
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> path.build().get(),
          path.name());
      assertEquals(failure, e.getMessage(), path.name());
      List<String> log = CheckLog.take();
      String failed = log.get(log.size() - 1).split(" ", 2)[0];
      assertEquals(calls(path.low(), path.high(), path.unit(), failed), log, path.name());
    }
  }

  @Property(tries = 100, seed = "4242013")
  void aStreamWhoseUnitWasChangedOnTheWayIsRejected(
      @ForAll @IntRange(min = 0, max = 1000) int low,
      @ForAll @IntRange(min = 0, max = 1000) int high,
      @ForAll("lowerCaseUnits") String unit) throws Exception {
    Assume.that(low <= high);
    String upper = unit.toUpperCase(Locale.ROOT);
    byte[] tampered = replace(serialize(new SpanRecord(low, high, unit)), stringEntry(unit), stringEntry(upper));
    CheckLog.take();
    // Records deserialize through the canonical constructor; ObjectInputStream.readRecord wraps what
    // it throws in an InvalidObjectException.
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(tampered));
    IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals("unit is not lower case: " + upper, cause.getMessage());
    assertEquals(calls(low, high, upper, "unitIsLowerCase"), CheckLog.take());
  }

  @Property(tries = 100, seed = "4242014")
  void aStreamWhoseEndsWereSwappedOnTheWayIsRejected(
      @ForAll @IntRange(min = 0, max = 1000) int low,
      @ForAll @IntRange(min = 0, max = 1000) int high,
      @ForAll("lowerCaseUnits") String unit) throws Exception {
    Assume.that(low < high);
    byte[] stream = serialize(new SpanRecord(low, high, unit));
    // A record's primitive fields are written sorted by name: high, then low.
    byte[] ends = ByteBuffer.allocate(8).putInt(high).putInt(low).array();
    byte[] swapped = ByteBuffer.allocate(8).putInt(low).putInt(high).array();
    Assume.that(SerializationTest.indexOf(stream, ends, SerializationTest.indexOf(stream, ends, 0) + 1) < 0);
    byte[] tampered = replace(stream, ends, swapped);
    CheckLog.take();
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(tampered));
    IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals("high " + low + " is below low " + high, cause.getMessage());
    assertEquals(calls(high, low, unit, "ordered"), CheckLog.take());
  }

  @Example
  void aMethodThatIsNotACheckIsNeverCalled() {
    SpanRecord span = new SpanRecord(2, 5, "m");
    assertEquals(calls(2, 5, "m", "ordered"), CheckLog.take());
    assertEquals(3, span.width());
    assertEquals(List.of("width {low=2, high=5, unit=m}"), CheckLog.take());
  }
}
