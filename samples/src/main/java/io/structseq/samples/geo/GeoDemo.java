package io.structseq.samples.geo;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.util.List;
import java.util.Map;

/**
 * The whole structseq flow on a type declared here, {@link GeoCoordinate}: construction, named and
 * index access, hidden fields, CPython's repr, {@code fromSequence}, {@code replace} and tuple order.
 * Run it with {@code java -cp samples/target/pystat.jar io.structseq.samples.geo.GeoDemo}.
 */
public final class GeoDemo {
  private GeoDemo() {}

  /**
   * Prints the demonstration.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // The generated record's canonical constructor takes visible fields, then hidden ones.
    GeoCoordinateRecord berlin = new GeoCoordinateRecord(52.52, 13.405, 34.0, "Berlin");
    System.out.println(berlin); // geo.coordinate(latitude=52.52, longitude=13.405)

    // Visible fields form the sequence; hidden ones are reachable by name only.
    System.out.println("size " + berlin.size() + ", [0] = " + berlin.get(0)
        + ", altitude = " + berlin.get("altitude") + ", place = " + berlin.place());
    System.out.println("asMap " + berlin.asMap());
    System.out.println("equals List.of(52.52, 13.405): " + berlin.equals(List.of(52.52, 13.405)));

    // The type describes itself, like PyStructSequence_Desc.
    StructType<GeoCoordinateRecord> type = GeoCoordinateRecord.TYPE;
    System.out.println(type.name() + ": n_sequence_fields=" + type.sequenceSize()
        + ", n_fields=" + type.fieldCount());
    for (StructField f : type.fields()) {
      System.out.println("  " + f.index() + " " + f.name() + ": " + f.type().getSimpleName()
          + (f.isHidden() ? " (hidden)" : "") + " -- " + f.doc());
    }

    // CPython's constructor geo.coordinate(sequence, dict): hidden fields the sequence does not
    // reach come from the dict, else None (allowed for the @Nullable place, an error for altitude).
    GeoCoordinateRecord paris =
        type.fromSequence(List.of(48.8566, 2.3522), Map.of("altitude", 35, "place", "Paris"));
    System.out.println(paris.asMap());
    System.out.println(type.fromSequence(List.of(0, 0, 0)).asMap()); // place=null
    GeoCoordinateRecord fromFour = type.fromSequence(List.of(-33.8688, 151.2093, 58, "Sydney"));
    System.out.println(fromFour + " place=" + fromFour.place() + " altitude=" + fromFour.altitude());

    // Copies with changes: a wither per field, and replace() as CPython 3.13's __replace__.
    System.out.println(berlin.withPlace(null).asMap());
    System.out.println(berlin.replace(Map.of("latitude", 52.0, "altitude", 40)));
    try {
      berlin.replace(Map.of("height", 1));
    } catch (IllegalArgumentException e) {
      System.out.println("replace: " + e.getMessage());
    }

    // Tuple order, with the generated compareTo and with any list.
    List<GeoCoordinate> sorted = List.of(berlin, paris, fromFour, GeoCoordinate.of(0, 0))
        .stream().sorted().toList();
    System.out.println("sorted " + sorted);
    System.out.println("berlin > (52, 99): " + (StructSequence.compare(berlin, List.of(52, 99)) > 0));
  }
}
