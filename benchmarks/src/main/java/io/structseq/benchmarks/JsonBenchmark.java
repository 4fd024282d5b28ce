package io.structseq.benchmarks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.gson.StructSeqTypeAdapterFactory;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import org.jspecify.annotations.Nullable;

/**
 * Writing and then reading one value in the OBJECT shape, with each JSON module against the same
 * library's own support for a plain record with the same components: {@code Os.stat}'s result
 * (19 fields) and a 10-field user type. Each {@code struct*} / {@code plain*} pair is one ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class JsonBenchmark {
  /** The user type: ten fields, two of them hidden. */
  @StructSeq(name = "bench.reading")
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

  /** The same components as {@link Reading}, as a plain record. */
  public record PlainReading(long id, String station, double temperature, double humidity, int pressure,
      boolean valid, long timestamp, String unit, double latitude, String comment) {}

  /** The same components as {@link StatResult}, in its canonical order, as a plain record. */
  public record PlainStat(int st_mode, long st_ino, long st_dev, long st_nlink, long st_uid, long st_gid,
      long st_size, long st_atime_sec, long st_mtime_sec, long st_ctime_sec, double st_atime,
      double st_mtime, double st_ctime, BigInteger st_atime_ns, BigInteger st_mtime_ns,
      BigInteger st_ctime_ns, Long st_blksize, Long st_blocks, long st_rdev) {}

  /** One library: writes a value to a string and reads it back as a class. */
  interface Codec {
    String write(Object value) throws Exception;

    Object read(String json, Class<?> type) throws Exception;
  }

  @Param({"jackson2", "jackson3", "gson"})
  public String library;

  private Codec codec;
  private StatResult stat;
  private PlainStat plainStat;
  private Reading reading;
  private PlainReading plainReading;

  @Setup
  public void setUp() {
    codec = codec(library);
    try {
      stat = Os.stat(Path.of(System.getProperty("bench.stat.path", "/etc/hosts")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    plainStat = new PlainStat(stat.st_mode(), stat.st_ino(), stat.st_dev(), stat.st_nlink(), stat.st_uid(),
        stat.st_gid(), stat.st_size(), stat.st_atime_sec(), stat.st_mtime_sec(), stat.st_ctime_sec(),
        stat.st_atime(), stat.st_mtime(), stat.st_ctime(), stat.st_atime_ns(), stat.st_mtime_ns(),
        stat.st_ctime_ns(), stat.st_blksize(), stat.st_blocks(), stat.st_rdev());
    reading = new JsonBenchmark_ReadingRecord(4711L, "Zugspitze", -7.25, 0.83, 1013, true,
        1_700_000_000_123L, "celsius", 47.421, "rime on the sensor");
    plainReading = new PlainReading(4711L, "Zugspitze", -7.25, 0.83, 1013, true, 1_700_000_000_123L,
        "celsius", 47.421, "rime on the sensor");
    // Each pair must write the same members with the same values, else the ratio compares unlike work.
    try {
      check(stat, plainStat, StatResult.class, PlainStat.class);
      check(reading, plainReading, Reading.class, PlainReading.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void check(Object struct, Object plain, Class<?> structType, Class<?> plainType) throws Exception {
    Object back = codec.read(codec.write(struct), structType);
    if (!struct.equals(back) || !((StructSequence) struct).asMap().equals(((StructSequence) back).asMap())) {
      throw new IllegalStateException(library + " does not round-trip " + struct);
    }
    if (!plain.equals(codec.read(codec.write(plain), plainType))) {
      throw new IllegalStateException(library + " does not round-trip " + plain);
    }
    Object structMembers = codec.read(codec.write(struct), java.util.Map.class);
    Object plainMembers = codec.read(codec.write(plain), java.util.Map.class);
    if (!new java.util.TreeMap<>((java.util.Map<?, ?>) structMembers)
        .equals(new java.util.TreeMap<>((java.util.Map<?, ?>) plainMembers))) {
      throw new IllegalStateException(library + " writes different members: " + structMembers + " vs "
          + plainMembers);
    }
  }

  @Benchmark
  public Object structStat() throws Exception {
    return codec.read(codec.write(stat), StatResult.class);
  }

  @Benchmark
  public Object plainStat() throws Exception {
    return codec.read(codec.write(plainStat), PlainStat.class);
  }

  @Benchmark
  public Object structReading() throws Exception {
    return codec.read(codec.write(reading), Reading.class);
  }

  @Benchmark
  public Object plainReading() throws Exception {
    return codec.read(codec.write(plainReading), PlainReading.class);
  }

  /**
   * The same four operations outside JMH, interleaved: each round times a batch of the struct sequence
   * and then a batch of the plain record, so that load from other processes, which drifts over
   * seconds, falls on both sides of a ratio alike. Prints the median and quartiles of the per-round
   * ratios. {@code java -cp benchmarks/target/benchmarks.jar io.structseq.benchmarks.JsonBenchmark}
   * [rounds [batch]].
   *
   * @param args optional: the number of rounds (default 60, the first 20 are warm-up) and the batch size
   *     (default 20000)
   * @throws Exception when a library fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    for (String library : List.of("jackson2", "jackson3", "gson")) {
      JsonBenchmark b = new JsonBenchmark();
      b.library = library;
      b.setUp();
      interleave(library + " Os.stat", b::structStat, b::plainStat, rounds, batch);
      interleave(library + " 10 fields", b::structReading, b::plainReading, rounds, batch);
    }
  }

  /** One operation of the benchmark. */
  interface Op {
    Object run() throws Exception;
  }

  static void interleave(String what, Op struct, Op plain, int rounds, int batch) throws Exception {
    List<Double> ratios = new ArrayList<>();
    long structNanos = 0;
    long plainNanos = 0;
    Object sink = null;
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        sink = struct.run();
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        sink = plain.run();
      }
      long t2 = System.nanoTime();
      if (round >= rounds / 3) {
        ratios.add((double) (t1 - t0) / (t2 - t1));
        structNanos += t1 - t0;
        plainNanos += t2 - t1;
      }
    }
    Collections.sort(ratios);
    int n = ratios.size();
    System.out.printf(Locale.ROOT, "%-20s struct %6d ns/op  plain %6d ns/op  ratio median %.2f"
        + " (quartiles %.2f-%.2f, %d rounds)%s%n", what, structNanos / ((long) n * batch), plainNanos / ((long) n * batch), ratios.get(n / 2),
        ratios.get(n / 4), ratios.get(3 * n / 4), n, sink == null ? " (no result)" : "");
  }

  static Codec codec(String library) {
    switch (library) {
      case "jackson2" -> {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new io.structseq.jackson2.StructSeqModule());
        return new Codec() {
          @Override
          public String write(Object value) throws Exception {
            return mapper.writeValueAsString(value);
          }

          @Override
          public Object read(String json, Class<?> type) throws Exception {
            return mapper.readValue(json, type);
          }
        };
      }
      case "jackson3" -> {
        tools.jackson.databind.ObjectMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.structseq.jackson.StructSeqModule()).build();
        return new Codec() {
          @Override
          public String write(Object value) {
            return mapper.writeValueAsString(value);
          }

          @Override
          public Object read(String json, Class<?> type) {
            return mapper.readValue(json, type);
          }
        };
      }
      case "gson" -> {
        // serializeNulls: the plain record and the struct sequence then both write every member.
        Gson gson = new GsonBuilder().serializeNulls()
            .registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
        return new Codec() {
          @Override
          public String write(Object value) {
            return gson.toJson(value);
          }

          @Override
          public Object read(String json, Class<?> type) {
            return gson.fromJson(json, type);
          }
        };
      }
      default -> throw new IllegalArgumentException("unknown library " + library);
    }
  }
}
