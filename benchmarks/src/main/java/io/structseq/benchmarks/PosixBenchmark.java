package io.structseq.benchmarks;

import io.structseq.runtime.FloatInfo;
import io.structseq.runtime.Os;
import io.structseq.runtime.Resource;
import io.structseq.runtime.SchedParam;
import io.structseq.runtime.StatvfsResult;
import io.structseq.runtime.StructRusage;
import io.structseq.runtime.Sys;
import io.structseq.runtime.ThreadInfo;
import io.structseq.runtime.TimesResult;
import io.structseq.runtime.UnameResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The C library calls of {@code Os}, {@code Resource} and {@code Sys}, one benchmark each, to set beside
 * CPython's {@code timeit} of the same call ({@code os.statvfs('/')}, {@code os.uname()}, ...). The FFM
 * backend needs native access in the fork, which JDK 17 does not know as an option, so pass it on JDK
 * 25: {@code -jvmArgsAppend "-Xms1g -Xmx1g -XX:+AlwaysPreTouch --enable-native-access=ALL-UNNAMED"}.
 * On JDK 17 every call but {@code uname}, {@code schedGetparam} and {@code floatInfo} throws.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class PosixBenchmark {
  private final Path root = Path.of("/");

  @Benchmark
  public StatvfsResult statvfs() throws IOException {
    return Os.statvfs(root);
  }

  @Benchmark
  public UnameResult uname() throws IOException {
    return Os.uname();
  }

  @Benchmark
  public TimesResult times() throws IOException {
    return Os.times();
  }

  @Benchmark
  public SchedParam schedGetparam() throws IOException {
    return Os.schedGetparam(0);
  }

  @Benchmark
  public StructRusage getrusage() throws IOException {
    return Resource.getrusage(Resource.RUSAGE_SELF);
  }

  @Benchmark
  public FloatInfo floatInfo() {
    return Sys.floatInfo();
  }

  @Benchmark
  public ThreadInfo threadInfo() {
    return Sys.threadInfo();
  }
}
