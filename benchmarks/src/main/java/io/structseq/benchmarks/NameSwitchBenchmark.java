package io.structseq.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two ways the generated {@code get(String)} can dispatch, for records of 2 to 8 named fields: a
 * plain {@code switch} on the name (javac's hashCode lookup, then equals, then a second switch) and
 * the processor's perfect hash (one dense switch on a slot of the hash, then one equals). The slots
 * below are what {@code PerfectHash.find} picks for these names. The processor writes the plain switch
 * up to the size where it stops measuring as fast. Each operation looks up every name once, as fresh
 * {@code String} instances, so each lookup pays a real {@code equals}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class NameSwitchBenchmark {
  private static final String[] NAMES =
      {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_rdev"};

  @Param({"2", "3", "4", "6", "8"})
  public int fields;

  private final Object value0 = 33188;
  private final Object value1 = 1_234_567_890L;
  private final Object value2 = 64_769L;
  private final Object value3 = 1;
  private final Object value4 = 1000;
  private final Object value5 = 1000;
  private final Object value6 = 4_096_123L;
  private final Object value7 = 0L;
  private String[] names;

  @Setup
  public void setUp() {
    names = new String[fields];
    for (int i = 0; i < fields; i++) {
      names[i] = new String(NAMES[i].toCharArray());
    }
  }

  @Benchmark
  public void plainSwitch(Blackhole bh) {
    for (String name : names) {
      bh.consume(switch (fields) {
        case 2 -> plain2(name);
        case 3 -> plain3(name);
        case 4 -> plain4(name);
        case 6 -> plain6(name);
        default -> plain8(name);
      });
    }
  }

  @Benchmark
  public void perfectHash(Blackhole bh) {
    for (String name : names) {
      bh.consume(switch (fields) {
        case 2 -> hash2(name);
        case 3 -> hash3(name);
        case 4 -> hash4(name);
        case 6 -> hash6(name);
        default -> hash8(name);
      });
    }
  }

  private Object plain2(String name) {
    return switch (name) {
      case "st_mode" -> value0;
      case "st_ino" -> value1;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private Object plain3(String name) {
    return switch (name) {
      case "st_mode" -> value0;
      case "st_ino" -> value1;
      case "st_dev" -> value2;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private Object plain4(String name) {
    return switch (name) {
      case "st_mode" -> value0;
      case "st_ino" -> value1;
      case "st_dev" -> value2;
      case "st_nlink" -> value3;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private Object plain6(String name) {
    return switch (name) {
      case "st_mode" -> value0;
      case "st_ino" -> value1;
      case "st_dev" -> value2;
      case "st_nlink" -> value3;
      case "st_uid" -> value4;
      case "st_gid" -> value5;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private Object plain8(String name) {
    return switch (name) {
      case "st_mode" -> value0;
      case "st_ino" -> value1;
      case "st_dev" -> value2;
      case "st_nlink" -> value3;
      case "st_uid" -> value4;
      case "st_gid" -> value5;
      case "st_size" -> value6;
      case "st_rdev" -> value7;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private Object hash2(String name) {
    switch (name.hashCode() & 1) {
      case 0 -> {
        if ("st_ino".equals(name)) {
          return value1;
        }
      }
      case 1 -> {
        if ("st_mode".equals(name)) {
          return value0;
        }
      }
      default -> {
      }
    }
    throw new IllegalArgumentException(name);
  }

  private Object hash3(String name) {
    switch (name.hashCode() & 3) {
      case 0 -> {
        if ("st_ino".equals(name)) {
          return value1;
        }
      }
      case 1 -> {
        if ("st_mode".equals(name)) {
          return value0;
        }
      }
      case 3 -> {
        if ("st_dev".equals(name)) {
          return value2;
        }
      }
      default -> {
      }
    }
    throw new IllegalArgumentException(name);
  }

  private Object hash4(String name) {
    switch (name.hashCode() & 3) {
      case 0 -> {
        if ("st_ino".equals(name)) {
          return value1;
        }
      }
      case 1 -> {
        if ("st_mode".equals(name)) {
          return value0;
        }
      }
      case 2 -> {
        if ("st_nlink".equals(name)) {
          return value3;
        }
      }
      case 3 -> {
        if ("st_dev".equals(name)) {
          return value2;
        }
      }
      default -> {
      }
    }
    throw new IllegalArgumentException(name);
  }

  private Object hash6(String name) {
    int h = name.hashCode();
    switch ((h ^ (h >>> 1)) & 7) {
      case 1 -> {
        if ("st_mode".equals(name)) {
          return value0;
        }
      }
      case 2 -> {
        if ("st_ino".equals(name)) {
          return value1;
        }
      }
      case 3 -> {
        if ("st_uid".equals(name)) {
          return value4;
        }
      }
      case 4 -> {
        if ("st_dev".equals(name)) {
          return value2;
        }
      }
      case 6 -> {
        if ("st_gid".equals(name)) {
          return value5;
        }
      }
      case 7 -> {
        if ("st_nlink".equals(name)) {
          return value3;
        }
      }
      default -> {
      }
    }
    throw new IllegalArgumentException(name);
  }

  private Object hash8(String name) {
    int h = name.hashCode();
    switch ((h ^ (h >>> 15)) & 15) {
      case 1 -> {
        if ("st_size".equals(name)) {
          return value6;
        }
      }
      case 4 -> {
        if ("st_nlink".equals(name)) {
          return value3;
        }
      }
      case 5 -> {
        if ("st_ino".equals(name)) {
          return value1;
        }
      }
      case 8 -> {
        if ("st_mode".equals(name)) {
          return value0;
        }
      }
      case 11 -> {
        if ("st_uid".equals(name)) {
          return value4;
        }
      }
      case 12 -> {
        if ("st_rdev".equals(name)) {
          return value7;
        }
      }
      case 13 -> {
        if ("st_gid".equals(name)) {
          return value5;
        }
      }
      case 14 -> {
        if ("st_dev".equals(name)) {
          return value2;
        }
      }
      default -> {
      }
    }
    throw new IllegalArgumentException(name);
  }
}
