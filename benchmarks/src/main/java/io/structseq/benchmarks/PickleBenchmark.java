package io.structseq.benchmarks;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.pickle.StructSeqPickle;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.razorvine.pickle.Pickler;
import net.razorvine.pickle.Unpickler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pickling and unpickling {@code Os.lstat}'s result through structseq-pickle, against Pyrolite with
 * the same values as a plain {@code Object[]} of the visible values plus a {@code HashMap} of the
 * hidden ones (the two arguments of the struct sequence's reduce, as a tuple). Each
 * {@code struct*} / {@code plain*} pair is one ratio. {@link #main} runs each pair interleaved in one
 * JVM, round by round ({@link JsonBenchmark#interleave}), for a machine too loaded for JMH's
 * one-after-another forks to give a ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class PickleBenchmark {
  private StatResult stat;
  private Object[] plain;
  private byte[] structBytes;
  private byte[] plainBytes;
  private final Pickler pickler = new Pickler();
  private final Unpickler unpickler = new Unpickler();

  @Setup
  public void setUp() throws IOException {
    StructSeqPickle.install();
    stat = Os.lstat(Path.of(System.getProperty("stat.path", "/etc/hosts")));
    plain = plain(stat);
    structBytes = pickler.dumps(stat);
    plainBytes = pickler.dumps(plain);
    if (!stat.asMap().equals(((StructSequence) unpickler.loads(structBytes)).asMap())) {
      throw new IllegalStateException("the struct sequence does not read back equal");
    }
  }

  /** The visible values as a tuple and the hidden ones as a dict, in a tuple. */
  static Object[] plain(StructSequence value) {
    List<StructField> fields = value.structType().fields();
    Map<String, Object> hidden = new HashMap<>();
    for (StructField field : fields.subList(value.size(), fields.size())) {
      hidden.put(field.name(), value.get(field.name()));
    }
    return new Object[] {value.toArray(), hidden};
  }

  /**
   * The pairs interleaved: {@code [rounds [batch]]}, default 60 rounds of 20,000 operations.
   *
   * @param args rounds and batch size
   * @throws Exception when an operation fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    PickleBenchmark b = new PickleBenchmark();
    b.setUp();
    System.out.printf("pickles of Os.lstat: struct sequence %d bytes, Object[] and HashMap %d bytes%n",
        b.structBytes.length, b.plainBytes.length);
    JsonBenchmark.interleave("pickle Os.lstat", b::structPickle, b::plainPickle, rounds, batch);
    JsonBenchmark.interleave("unpickle Os.lstat", b::structUnpickle, b::plainUnpickle, rounds, batch);
  }

  @Benchmark
  public byte[] structPickle() throws IOException {
    return pickler.dumps(stat);
  }

  @Benchmark
  public byte[] plainPickle() throws IOException {
    return pickler.dumps(plain);
  }

  @Benchmark
  public Object structUnpickle() throws IOException {
    return unpickler.loads(structBytes);
  }

  @Benchmark
  public Object plainUnpickle() throws IOException {
    return unpickler.loads(plainBytes);
  }
}
