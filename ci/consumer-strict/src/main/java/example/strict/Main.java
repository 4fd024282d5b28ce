package example.strict;

import example.strict.legacy.EntryRecord;
import java.util.List;

/** Uses every record as a NullAway-checked user would, nulls where the fields allow them. */
public final class Main {
  private Main() {}

  /**
   * Builds one value of each type, with null where a field is nullable, and prints them.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ReadingRecord reading = new ReadingRecord(1, 2L, "s", List.of("a"), 3L, null, 4L, null);
    Double ratio = reading.withRatio(0.5).ratio();
    double half = ratio == null ? 0.0 : ratio.doubleValue();
    ReadingRecord built = ReadingRecord.builder().count(1).total(2L).sensor("s").labels(List.of())
        .when_sec(3L).serial(4L).ratio(null).note(null).build();
    PairRecord<String, Integer> pair = new PairRecord<>("a", null);
    VersionRecord version = new VersionRecord(1, 2, null, "t");
    EntryRecord entry = new EntryRecord("k", null).withValue(null);
    Outer_PointRecord point = Outer_PointRecord.builder().x(1).y(2).build();
    RangeRecord range = new RangeRecord(1, 2, "m").toBuilder().high(3).build();
    System.out.println(List.of(reading, built.toBuilder().build(), pair.withSecond(2), version,
        entry, point, range, half, version.compareTo(version.withLevel("rc"))));
  }
}
