package io.structseq.pickle;

import static io.structseq.jsontesting.Fixtures.POINT;
import static io.structseq.jsontesting.Fixtures.SHAPE;
import static io.structseq.jsontesting.Fixtures.VERSION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_ClockRecord;
import io.structseq.jsontesting.Fixtures_PairRecord;
import io.structseq.jsontesting.Fixtures_PointRecord;
import io.structseq.jsontesting.Fixtures_ReadingRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Pickler;
import org.junit.jupiter.api.Test;

/**
 * A user's types after {@link StructSeqPickle#register}: Java pickles them, CPython loads them as its
 * types of the same global ({@link PythonTypes}) and pickles them back at protocols 0 to 5, and each of
 * those reads as an equal value with every hidden field equal.
 */
class UserTypesTest {
  @Test
  void unnamedHiddenAndNullableFieldsRoundTrip() throws IOException {
    PythonTypes python = PythonTypes.shared();
    for (Fixtures_PointRecord point : List.of(POINT, POINT.withNote(null), POINT.withWeight(-0.0),
        POINT.withWeight(Double.NaN), new Fixtures_PointRecord(Integer.MIN_VALUE, Long.MAX_VALUE, 1e-310, "\u00e9\ud83d\ude00\\\n'\""))) {
      python.assertRoundTrips(point);
    }
  }

  @Test
  void nestedListBigIntegerAndGenericFieldsRoundTrip() throws IOException {
    PythonTypes python = PythonTypes.shared();
    python.assertRoundTrips(SHAPE);
    python.assertRoundTrips(SHAPE.withTag(null).withCorners(List.of()));
    python.assertRoundTrips(SHAPE.withArea(BigInteger.TWO.pow(200).negate()).withLabels(List.of("", "\u0000")));
    python.assertRoundTrips(new Fixtures_PairRecord<>(POINT, List.of(1, "two", List.of(3.5, true))));
    python.assertRoundTrips(new Fixtures_PairRecord<>(Long.MIN_VALUE, BigInteger.TEN.pow(30)));
  }

  @Test
  void comparableAndCheckedTypesRoundTrip() throws IOException {
    PythonTypes python = PythonTypes.shared();
    python.assertRoundTrips(VERSION);
    python.assertRoundTrips(new Fixtures_ClockRecord(23, 59));
    python.assertRoundTrips(new Fixtures_ReadingRecord(7L, "Zürich", -3.5, 0.81, 1013, true,
        1700000000000L, "°C", 47.37, null));
  }

  /** What Pyrolite gives for a Python int in a {@code List<Point>} or {@code BigInteger} field converts. */
  @Test
  void readValuesTakeTheFieldsJavaTypes() throws IOException {
    PythonTypes.register();
    Fixtures.Shape back = (Fixtures.Shape) Pickles.loads(Pickles.dumps(SHAPE.withArea(BigInteger.ONE)));
    assertEquals(BigInteger.ONE, back.area());
    assertInstanceOf(Fixtures_PointRecord.class, back.corners().get(1));
    assertThrows(UnsupportedOperationException.class, () -> back.corners().add(POINT));
    assertInstanceOf(Integer.class, back.tag().second());
  }

  /** A value the type's check refuses: a PickleException naming the type, the check's exception its cause. */
  @Test
  void aValueTheCheckRefusesIsAPickleException() {
    PythonTypes.register();
    ByteArrayOutputStream pickle = new ByteArrayOutputStream();
    pickle.writeBytes(new byte[] {(byte) 0x80, 2});
    pickle.writeBytes("ctest\nclock\n".getBytes(StandardCharsets.US_ASCII));
    pickle.writeBytes(new byte[] {'K', 24, 'K', 0, (byte) 0x86, '}', (byte) 0x86, 'R', '.'});
    PickleException e = assertThrows(PickleException.class, () -> Pickles.loads(pickle.toByteArray()));
    assertEquals("test.clock: java.lang.IllegalArgumentException: tm_hour out of range: 24", e.getMessage());
    assertEquals("tm_hour out of range: 24", e.getCause().getMessage());
  }

  /** A struct sequence that is no generated record pickles from its structType(), as the record does. */
  @Test
  void aStructSequenceOtherThanARecordPicklesAsTheRecordDoes() throws IOException {
    PythonTypes.register();
    StructSequence handmade = new Handmade(POINT);
    assertArrayEquals(Pickles.dumps(POINT), Pickles.dumps(handmade));
  }

  /** Every method from a record it wraps: a StructSequence written by hand. */
  private static final class Handmade extends AbstractList<Object> implements StructSequence {
    private static final long serialVersionUID = 1L;
    private final StructSequence wrapped;

    Handmade(StructSequence wrapped) {
      this.wrapped = wrapped;
    }

    @Override
    public Object get(int index) {
      return wrapped.get(index);
    }

    @Override
    public int size() {
      return wrapped.size();
    }

    @Override
    public Object get(String name) {
      return wrapped.get(name);
    }

    @Override
    public Map<String, Object> asMap() {
      return wrapped.asMap();
    }

    @Override
    public StructType<?> structType() {
      return wrapped.structType();
    }
  }

  /**
   * Pyrolite's default {@code Pickler} memoizes by {@code equals}, and a struct sequence equals the list
   * of its visible values: in one pickle the later of the two becomes a reference to the earlier.
   * {@code new Pickler(true, false)} memoizes by identity and keeps both.
   */
  @Test
  void pyrolitesIdentityMemoKeepsAStructSequenceAndAnEqualList() throws IOException {
    PythonTypes.register();
    List<Object> both = Arrays.asList(VERSION, List.of(3, 13, "final"));
    List<?> byIdentity = (List<?>) Pickles.loads(new Pickler(true, false).dumps(both));
    assertInstanceOf(Fixtures.Version.class, byIdentity.get(0));
    assertTrue(!(byIdentity.get(1) instanceof Fixtures.Version), byIdentity::toString);
    List<?> byValue = (List<?>) Pickles.loads(new Pickler().dumps(both));
    assertInstanceOf(Fixtures.Version.class, byValue.get(1), "Pyrolite's value memo: see the README");
  }
}
