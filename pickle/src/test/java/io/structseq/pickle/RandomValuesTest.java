package io.structseq.pickle;

import io.structseq.StructSequence;
import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_ClockRecord;
import io.structseq.jsontesting.Fixtures_PairRecord;
import io.structseq.jsontesting.Fixtures_PointRecord;
import io.structseq.jsontesting.Fixtures_ReadingRecord;
import io.structseq.jsontesting.Fixtures_ShapeRecord;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random values of random user types through CPython and back ({@link PythonTypes}): the type, and for
 * a generic type the types of its parameters, are drawn with the values; doubles include -0.0, NaN,
 * the infinities and subnormals, strings any code point, integers every size Pyrolite reads back as
 * the same Java type ({@code Integer}, {@code Long} beyond it, {@code BigInteger} beyond that).
 */
class RandomValuesTest {
  @Property(seed = "20261207", tries = 300)
  void randomValuesOfRandomTypesRoundTripThroughCPython(@ForAll long seed) throws IOException {
    PythonTypes.shared().assertRoundTrips(value(new Random(seed), 0));
  }

  private static StructSequence value(Random random, int depth) {
    switch (random.nextInt(depth > 1 ? 3 : 6)) {
      case 0:
        return point(random);
      case 1:
        return new Fixtures_VersionRecord(random.nextInt(), random.nextInt(), string(random));
      case 2:
        return new Fixtures_ClockRecord(random.nextInt(24), random.nextInt());
      case 3:
        return new Fixtures_PairRecord<>(generic(random, depth), generic(random, depth));
      case 4: {
        List<Fixtures.Point> corners = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          corners.add(point(random));
        }
        return new Fixtures_ShapeRecord(string(random), point(random), corners, bigInteger(random),
            random.nextBoolean() ? null : new Fixtures_PairRecord<>(string(random), random.nextInt()),
            List.of(string(random), string(random)));
      }
      default:
        return new Fixtures_ReadingRecord(random.nextLong(), string(random), dbl(random), dbl(random),
            random.nextInt(), random.nextBoolean(), random.nextLong(), string(random), dbl(random),
            random.nextBoolean() ? null : string(random));
    }
  }

  private static Fixtures_PointRecord point(Random random) {
    return new Fixtures_PointRecord(random.nextInt(), random.nextLong(), dbl(random),
        random.nextBoolean() ? null : string(random));
  }

  /** A value of a randomly chosen type, in the Java type Pyrolite reads its Python value as. */
  private static Object generic(Random random, int depth) {
    switch (random.nextInt(depth > 1 ? 6 : 8)) {
      case 0:
        return random.nextInt();
      case 1:
        return (long) Integer.MAX_VALUE + 1 + (random.nextLong() >>> 2);
      case 2:
        return BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.valueOf(random.nextInt(1000) + 1));
      case 3:
        return string(random);
      case 4:
        return dbl(random);
      case 5:
        return random.nextBoolean();
      case 6: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(generic(random, depth + 1));
        }
        return list;
      }
      default:
        return value(random, depth + 1);
    }
  }

  private static BigInteger bigInteger(Random random) {
    return new BigInteger(random.nextInt(300) + 1, random).subtract(BigInteger.TWO.pow(random.nextInt(200)));
  }

  private static double dbl(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return -0.0;
      case 1:
        return Double.NaN;
      case 2:
        return random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 3:
        return Double.MIN_VALUE * random.nextInt(1000);
      case 4:
        return Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1);
      default:
        return random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
    }
  }

  private static String string(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      int kind = random.nextInt(5);
      int codePoint = kind == 0 ? random.nextInt(0x80) : kind == 1 ? "\\\n\r\t'\"\u0000\u001a".charAt(random.nextInt(8))
          : kind == 2 ? 0x80 + random.nextInt(0x780) : kind == 3 ? 0x10000 + random.nextInt(0x100000)
          : 0x800 + random.nextInt(0xd000);
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }
}
