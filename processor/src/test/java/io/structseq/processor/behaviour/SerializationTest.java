package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.five;
import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSequence;
import io.structseq.processor.samples.Five_InnerRecord;
import io.structseq.processor.samples.PairRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import io.structseq.processor.samples.VersionRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Java serialization: records round-trip with hidden fields, and deserialize through the canonical
 * constructor, so a stream with null in a non-null field is rejected.
 */
class SerializationTest {

  static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static void assertRoundTrip(StructSequence original) throws Exception {
    Object copy = deserialize(serialize(original));
    assertNotSame(original, copy);
    assertEquals(original.getClass(), copy.getClass());
    assertEquals(original, copy);
    StructSequence s = (StructSequence) copy;
    assertEquals(original.asMap(), s.asMap(), "named fields, hidden ones included");
    assertEquals(original.toString(), s.toString());
    assertSame(original.structType(), s.structType());
  }

  @Test
  void everySampleRoundTrips() throws Exception {
    assertRoundTrip(time());
    assertRoundTrip(time().withTm_zone("CEST").withTm_gmtoff(7200));
    assertRoundTrip(stat());
    assertRoundTrip(stat().withSt_blksize(null).withSt_blocks(null));
    assertRoundTrip(five());
    assertRoundTrip(five().withTags(null).withRatio(Double.NaN));
    assertRoundTrip(new Five_InnerRecord('\u00e9', 0.1f, List.of(1, "two")));
    assertRoundTrip(new Five_InnerRecord('x', -0.0f, null));
    assertRoundTrip(new VersionRecord(3, 13, 0, "candidate", 2));
    assertRoundTrip(new PairRecord<>(new PairRecord<>("a", 1), 2.5));
    assertRoundTrip(new AllUnnamedRecord(1, 2));
    assertRoundTrip(new MixedRecord(1, 2L, "c", 0.25));
    assertRoundTrip(new DerivedRecord(1, "one", null, "note"));
    assertRoundTrip(new RankedRecord(1, "one", "hidden"));
  }

  @Test
  void hiddenFieldsSurviveTheRoundTrip() throws Exception {
    StatLikeRecord copy = (StatLikeRecord) deserialize(serialize(stat()));
    assertEquals(1700000001.5, copy.st_mtime());
    assertEquals(1700000002750000000L, copy.st_ctime_ns());
    assertEquals(8L, copy.st_blocks());
    TimeLikeRecord time = (TimeLikeRecord)
        deserialize(serialize(time().withTm_zone("JST").withTm_gmtoff(32400)));
    assertEquals("JST", time.tm_zone());
    assertEquals(32400, time.tm_gmtoff());
  }

  @Test
  void nullInANonNullFieldOfTheStreamIsRejected() throws Exception {
    String zone = "ZZ-tampered-zone-ZZ";
    byte[] original = serialize(time().withTm_zone(zone));
    byte[] tampered = replaceStringWithNull(original, zone);
    assertEquals(original.length - 3 - zone.length() + 1, tampered.length);
    // Records deserialize through the canonical constructor; its NullPointerException comes out
    // wrapped in an InvalidObjectException (java.io.ObjectInputStream.readRecord).
    InvalidObjectException e =
        assertThrows(InvalidObjectException.class, () -> deserialize(tampered));
    assertEquals("time.struct_time.tm_zone is null", e.getMessage());
    NullPointerException cause = assertInstanceOf(NullPointerException.class, e.getCause());
    assertEquals("time.struct_time.tm_zone is null", cause.getMessage());
    // The untampered stream still reads.
    assertEquals(zone, ((TimeLikeRecord) deserialize(original)).tm_zone());
  }

  @Test
  void nullInANullableFieldOfTheStreamIsAccepted() throws Exception {
    String tags = "ZZ-label-ZZ";
    byte[] original = serialize(new DerivedRecord(1, "one", tags, null));
    DerivedRecord d = (DerivedRecord) deserialize(replaceStringWithNull(original, tags));
    assertEquals(Arrays.asList(1, "one", null), d);
  }

  /** Replaces the one TC_STRING entry holding {@code value} by TC_NULL. */
  private static byte[] replaceStringWithNull(byte[] stream, String value) {
    return replace(stream, stringEntry(value), new byte[] {ObjectStreamConstants.TC_NULL});
  }

  /** @return the bytes of a TC_STRING entry holding {@code value}, as ObjectOutputStream writes it */
  static byte[] stringEntry(String value) {
    byte[] utf = value.getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[3 + utf.length];
    entry[0] = ObjectStreamConstants.TC_STRING;
    entry[1] = (byte) (utf.length >>> 8);
    entry[2] = (byte) utf.length;
    System.arraycopy(utf, 0, entry, 3, utf.length);
    return entry;
  }

  /** Replaces the one occurrence of {@code from} in the stream by {@code to}. */
  static byte[] replace(byte[] stream, byte[] from, byte[] to) {
    int at = indexOf(stream, from, 0);
    assertTrue(at >= 0, "bytes not found in the stream");
    assertEquals(-1, indexOf(stream, from, at + 1), "bytes found twice in the stream");
    byte[] result = new byte[stream.length - from.length + to.length];
    System.arraycopy(stream, 0, result, 0, at);
    System.arraycopy(to, 0, result, at, to.length);
    System.arraycopy(stream, at + from.length, result, at + to.length, stream.length - at - from.length);
    return result;
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
