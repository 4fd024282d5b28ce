package example.strict;

/** A dereference of a nullable field through its record, which NullAway must report. */
final class Unchecked {
  private Unchecked() {}

  static double ratioOf(ReadingRecord reading) {
    return reading.ratio().doubleValue();
  }
}
