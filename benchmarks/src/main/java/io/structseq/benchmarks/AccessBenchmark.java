package io.structseq.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated {@link SampleRecord} against the plain {@link PlainSample} and the usual dynamic
 * holders. Each {@code get*} operation reads all ten fields, so its time is for ten lookups. Names are
 * fresh {@code String} instances, not the interned literals, so every lookup pays a real {@code equals}
 * (as for names read from input). Values are realistic (most do not fit the box caches), so a getter
 * that returns a primitive field boxes it: {@code -prof gc} shows those bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: on this VM, committing fresh heap pages while a benchmark allocates made
// iterations of the boxing benchmarks jump between 30 and 750 ns/op.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class AccessBenchmark {
  private SampleRecord generated;
  private SampleRecord generatedCopy;
  /** Every int and long in -128..127, so boxing them allocates nothing (only the double still boxes). */
  private SampleRecord generatedCachedBoxes;
  private PlainSample plain;
  private PlainSample plainCopy;
  private Object[] holder;
  private Map<String, Integer> holderIndex;
  private Method[] accessors;
  private String[] names;
  private List<Object> list;
  private int size;

  @Setup
  public void setUp() {
    generated = new SampleRecord(33188, 1_234_567_890L, 64_769L, 1, 1000, 1000, 4_096_123L,
        1_700_000_000L, new String("root"), 0.75);
    generatedCopy = new SampleRecord(33188, 1_234_567_890L, 64_769L, 1, 1000, 1000, 4_096_123L,
        1_700_000_000L, new String("root"), 0.75);
    generatedCachedBoxes = new SampleRecord(100, 2L, 3L, 1, 0, 0, 42L, 7L, new String("root"), 0.75);
    plain = new PlainSample(33188, 1_234_567_890L, 64_769L, 1, 1000, 1000, 4_096_123L,
        1_700_000_000L, new String("root"), 0.75);
    plainCopy = new PlainSample(33188, 1_234_567_890L, 64_769L, 1, 1000, 1000, 4_096_123L,
        1_700_000_000L, new String("root"), 0.75);
    size = generated.size();
    holder = generated.toArray();
    list = List.of(holder);
    RecordComponent[] components = PlainSample.class.getRecordComponents();
    accessors = new Method[components.length];
    names = new String[components.length];
    holderIndex = new HashMap<>();
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      names[i] = new String(components[i].getName().toCharArray());
      holderIndex.put(components[i].getName(), i);
    }
  }

  // get(int) over every index

  @Benchmark
  public void getIndexGenerated(Blackhole bh) {
    for (int i = 0; i < size; i++) {
      bh.consume(generated.get(i));
    }
  }

  @Benchmark
  public void getIndexPlainSwitch(Blackhole bh) {
    for (int i = 0; i < size; i++) {
      bh.consume(PlainAccess.get(plain, i));
    }
  }

  @Benchmark
  public void getIndexReflection(Blackhole bh) throws IllegalAccessException, InvocationTargetException {
    for (int i = 0; i < size; i++) {
      bh.consume(accessors[i].invoke(plain));
    }
  }

  @Benchmark
  public void getIndexObjectArray(Blackhole bh) {
    for (int i = 0; i < size; i++) {
      bh.consume(holder[i]);
    }
  }

  // get(String) over every name

  @Benchmark
  public void getNameGenerated(Blackhole bh) {
    for (String name : names) {
      bh.consume(generated.get(name));
    }
  }

  @Benchmark
  public void getNameHashMapIndex(Blackhole bh) {
    for (String name : names) {
      bh.consume(holder[holderIndex.get(name)]);
    }
  }

  /** The same boxing as the generated lookup, with HashMap's dispatch: isolates the dispatch. */
  @Benchmark
  public void getNameHashMapThenGetIndex(Blackhole bh) {
    for (String name : names) {
      bh.consume(generated.get(holderIndex.get(name).intValue()));
    }
  }

  /** The generated lookup when boxing costs (almost) nothing: isolates the boxing. */
  @Benchmark
  public void getNameGeneratedCachedBoxes(Blackhole bh) {
    for (String name : names) {
      bh.consume(generatedCachedBoxes.get(name));
    }
  }

  @Benchmark
  public void getNameStringSwitch(Blackhole bh) {
    for (String name : names) {
      bh.consume(PlainAccess.get(plain, name));
    }
  }

  // same-type equals and hashCode

  @Benchmark
  public boolean equalsGenerated() {
    return generated.equals(generatedCopy);
  }

  @Benchmark
  public boolean equalsPlain() {
    return plain.equals(plainCopy);
  }

  @Benchmark
  public int hashCodeGenerated() {
    return generated.hashCode();
  }

  @Benchmark
  public int hashCodePlain() {
    return plain.hashCode();
  }

  // toString, fromSequence, asMap, iteration

  @Benchmark
  public String toStringGenerated() {
    return generated.toString();
  }

  @Benchmark
  public String toStringPlain() {
    return plain.toString();
  }

  @Benchmark
  public SampleRecord fromSequenceGenerated() {
    return SampleRecord.TYPE.fromSequence(list);
  }

  @Benchmark
  public PlainSample fromSequencePlain() {
    return PlainAccess.fromList(list);
  }

  @Benchmark
  public void asMapGenerated(Blackhole bh) {
    for (Map.Entry<String, Object> e : generated.asMap().entrySet()) {
      bh.consume(e.getKey());
      bh.consume(e.getValue());
    }
  }

  @Benchmark
  public void asMapPlain(Blackhole bh) {
    for (Map.Entry<String, Object> e : PlainAccess.asMap(plain).entrySet()) {
      bh.consume(e.getKey());
      bh.consume(e.getValue());
    }
  }

  @Benchmark
  public void iterateGenerated(Blackhole bh) {
    for (Object value : generated) {
      bh.consume(value);
    }
  }

  @Benchmark
  public void iterateListOf(Blackhole bh) {
    for (Object value : list) {
      bh.consume(value);
    }
  }
}
