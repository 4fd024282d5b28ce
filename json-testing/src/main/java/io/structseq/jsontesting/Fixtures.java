package io.structseq.jsontesting;

import io.structseq.Check;
import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The processor's cases, as a user declares them, and values of them. */
public final class Fixtures {
  /** An unnamed field, a hidden one and a hidden nullable one. */
  public static final Fixtures_PointRecord POINT = new Fixtures_PointRecord(3, -4L, 0.25, "origin");
  /** Nested struct sequences, a list of them, a big integer, a generic hidden field and a list. */
  public static final Fixtures_ShapeRecord SHAPE = new Fixtures_ShapeRecord("square", POINT,
      List.of(POINT, new Fixtures_PointRecord(1, 2L, -0.0, null)),
      new BigInteger("123456789012345678901234567890"), new Fixtures_PairRecord<>("k", 7), List.of("a", "b"));
  /** A comparable type. */
  public static final Fixtures_VersionRecord VERSION = new Fixtures_VersionRecord(3, 13, "final");

  private Fixtures() {}

  /** An unnamed field and hidden fields, one of them nullable. */
  @StructSeq(name = "test.point")
  public interface Point extends StructSequence {
    int x();
    @Unnamed(label = "y") long y_value();
    @Hidden double weight();
    @Hidden @Nullable String note();
  }

  /** A generic type. */
  @StructSeq(name = "test.pair")
  public interface Pair<A, B> extends StructSequence {
    A first();
    B second();
  }

  /** Nested struct sequences, a list, a big integer and a nullable nested value. */
  @StructSeq(name = "test.shape")
  public interface Shape extends StructSequence {
    String name();
    Point origin();
    List<Point> corners();
    BigInteger area();
    @Hidden @Nullable Pair<String, Integer> tag();
    @Hidden List<String> labels();
  }

  /** A comparable type. */
  @StructSeq(name = "test.version")
  public interface Version extends StructSequence, Comparable<Version> {
    int major();
    int minor();
    String level();
  }

  /** A type whose check rejects what a JSON document may hold. */
  @StructSeq(name = "test.clock")
  public interface Clock extends StructSequence {
    int tm_hour();
    int tm_min();

    @Check
    default void inRange() {
      if (tm_hour() < 0 || tm_hour() > 23) {
        throw new IllegalArgumentException("tm_hour out of range: " + tm_hour());
      }
    }
  }

  /** Ten fields of the kinds a user type holds: the benchmark's shape. */
  @StructSeq(name = "test.reading")
  public interface Reading extends StructSequence {
    long id();
    String station();
    double temperature();
    double humidity();
    int pressure();
    boolean valid();
    long timestamp();
    String unit();
    @Hidden double latitude();
    @Hidden @Nullable String comment();
  }
}
