package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.Sys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a new user does with the generated records and the runtime, compiled against the installed
 * artifacts only.
 */
class ConsumerTest {

  private static final ReadingRecord READING =
      new ReadingRecord("t1", 21.5, 1_700_000_000L, "C", "calibrated");

  @Test
  void runsOnTheJdkTheScriptAskedFor() {
    int feature = Runtime.version().feature();
    System.out.println("consumer test running on JDK " + feature + " (" + Sys.versionInfo() + ")");
    String expected = System.getProperty("consumer.expected.jdk");
    if (expected != null && !expected.isEmpty()) {
      assertEquals(Integer.parseInt(expected), feature, "JDK feature version");
    }
    assertEquals(feature, Sys.versionInfo().major());
  }

  @Test
  void indexAccessCoversTheVisibleFieldsOnly() {
    assertEquals(4, READING.size());
    assertEquals("t1", READING.get(0));
    assertEquals(21.5, READING.get(1));
    assertEquals(1_700_000_000L, READING.get(2));
    assertEquals("C", READING.get(3));
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> READING.get(4));
    assertEquals("consumer.reading index out of range: 4 (size 4)", e.getMessage());
  }

  @Test
  void nameAccessCoversNamedFieldsHiddenOnesIncluded() {
    assertEquals("t1", READING.get("sensor"));
    assertEquals("calibrated", READING.get("note"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> READING.get("when_sec"));
    assertEquals("consumer.reading has no field 'when_sec'", e.getMessage());
    assertEquals(List.of("sensor", "value", "unit", "note"), List.copyOf(READING.asMap().keySet()));
  }

  @Test
  void toStringIsCPythonsRepr() {
    assertEquals("consumer.reading(sensor='t1', value=21.5, when=1700000000, unit='C')",
        READING.toString());
    assertEquals("consumer.reading(sensor=\"it's\", value=1e+16, when=0, unit=None)",
        new ReadingRecord("it's", 1e16, 0L, null, null).toString());
    assertEquals("Pair(first='a', second=[1, 2])", Pair.of("a", List.of(1, 2)).toString());
  }

  @Test
  void equalsIsListEqualityOverVisibleValues() {
    List<Object> visible = List.of("t1", 21.5, 1_700_000_000L, "C");
    assertEquals(visible, READING);
    assertEquals(READING, visible);
    assertEquals(new ArrayList<>(visible), READING);
    assertEquals(visible.hashCode(), READING.hashCode());
    assertEquals(READING, READING.withNote("other"));
    assertEquals(List.of("a", 1), Pair.of("a", 1));
    assertEquals(Pair.of("a", 1), List.of("a", 1));
  }

  @Test
  void fromSequenceIsCPythonsConstructor() {
    ReadingRecord r = ReadingRecord.TYPE.fromSequence(
        List.of("t1", 21.5, 1_700_000_000L, "C"), Map.of("note", "calibrated"));
    assertEquals(READING, r);
    assertEquals("calibrated", r.note());
    // An Integer fills a long field when the value is exact.
    assertEquals(READING, ReadingRecord.TYPE.fromSequence(Arrays.asList("t1", 21.5, 1_700_000_000, "C")));
    assertNull(ReadingRecord.TYPE.fromSequence(List.of("t1", 21.5, 1L, "C")).note());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadingRecord.TYPE.fromSequence(List.of("t1", 21.5)));
    assertEquals("consumer.reading() takes an at least 4-sequence (2-sequence given)", e.getMessage());

    PairRecord<?, ?> p = PairRecord.TYPE.fromSequence(List.of("x", 2));
    assertEquals(Pair.of("x", 2), p);
    assertEquals(4, ReadingRecord.TYPE.sequenceSize());
    assertEquals(5, ReadingRecord.TYPE.fieldCount());
    assertEquals(1, ReadingRecord.TYPE.unnamedCount());
  }

  @Test
  void replaceCopiesWithChanges() {
    PairRecord<String, Integer> p = new PairRecord<>("x", 1);
    assertEquals(List.of("x", 5), p.replace(Map.of("second", 5)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> p.replace(Map.of("third", 3)));
    assertEquals("Got unexpected field name(s): [third]", e.getMessage());
    UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class,
        () -> READING.replace(Map.of("value", 1.0)));
    assertEquals("replace() is not supported for consumer.reading because it has unnamed field(s)",
        u.getMessage());
    assertEquals(22.0, READING.withValue(22.0).value());
  }

  @Test
  void nullChecksAndComparable() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new ReadingRecord(null, 1.0, 0L, null, null));
    assertEquals("consumer.reading.sensor is null", e.getMessage());
    assertTrue(READING.compareTo(READING.withValue(30.0)) < 0);
    assertEquals(0, READING.compareTo(READING.withNote("ignored")));
    assertTrue(StructSequence.compare(READING, List.of("t1", 21.5)) > 0);
  }

  @Test
  void osStatOfEtcHosts() throws Exception {
    Path hosts = Path.of("/etc/hosts");
    StatResult st = Os.stat(hosts);
    System.out.println(st);
    assertEquals(Files.size(hosts), st.st_size());
    assertEquals(Files.size(hosts), st.get("st_size"));
    assertEquals(0100000, st.st_mode() & 0170000, "a regular file");
    assertEquals(10, st.size());
    assertTrue(st.toString().startsWith("os.stat_result(st_mode=" + st.st_mode() + ", "),
        st.toString());
  }
}
