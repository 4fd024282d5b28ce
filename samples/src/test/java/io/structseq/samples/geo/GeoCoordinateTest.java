package io.structseq.samples.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample type a user declares: what the processor generated for it, as CPython would behave. */
class GeoCoordinateTest {
  private final GeoCoordinateRecord berlin = new GeoCoordinateRecord(52.52, 13.405, 34.0, "Berlin");

  @Test
  void reprShowsOnlyVisibleFields() {
    assertEquals("geo.coordinate(latitude=52.52, longitude=13.405)", berlin.toString());
    assertEquals(List.of(52.52, 13.405), berlin);
    assertEquals(2, berlin.size());
    assertEquals("Berlin", berlin.get("place"));
    assertEquals(Map.of("latitude", 52.52, "longitude", 13.405, "altitude", 34.0, "place", "Berlin"),
        berlin.asMap());
  }

  @Test
  void fromSequenceFillsHiddenFieldsFromTheMapOrNull() {
    GeoCoordinateRecord paris = GeoCoordinateRecord.TYPE.fromSequence(List.of(48.8566, 2.3522),
        Map.of("altitude", 35, "place", "Paris"));
    assertEquals(35.0, paris.altitude());
    assertEquals("Paris", paris.place());
    GeoCoordinateRecord unnamed = GeoCoordinateRecord.TYPE.fromSequence(List.of(1, 2, 3));
    assertNull(unnamed.place());
    assertEquals(List.of(1.0, 2.0), unnamed);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoCoordinateRecord.TYPE.fromSequence(List.of(1)));
    assertEquals("geo.coordinate() takes an at least 2-sequence (1-sequence given)", e.getMessage());
  }

  @Test
  void replaceAndWithers() {
    assertEquals(List.of(52.0, 13.405), berlin.replace(Map.of("latitude", 52)));
    assertEquals(40.0, berlin.replace(Map.of("altitude", 40)).altitude());
    assertNull(berlin.withPlace(null).place());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> berlin.replace(Map.of("height", 1)));
    assertEquals("Got unexpected field name(s): [height]", e.getMessage());
  }

  @Test
  void ordersAsATupleAndKeepsDefaultAndStaticMethods() {
    assertTrue(berlin.compareTo(new GeoCoordinateRecord(52.52, 14, 0, null)) < 0);
    assertTrue(StructSequence.compare(berlin, List.of(52, 99)) > 0);
    assertTrue(berlin.isNorthern());
    assertEquals("geo.coordinate(latitude=0.0, longitude=-1.5)", GeoCoordinate.of(0, -1.5).toString());
  }

  @Test
  void demoRuns() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      GeoDemo.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("geo.coordinate(latitude=52.52, longitude=13.405)\n"), text);
    assertTrue(text.contains("replace: Got unexpected field name(s): [height]"), text);
  }
}
