package io.structseq.benchmarks;

import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
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

/**
 * {@link Os#stat} on one cached file against the JDK's own attribute reads. {@code run.sh} runs it once
 * on JDK 25 (FFM backend) and once on JDK 17 (java.nio backend); {@code -Dbench.expect.backend=ffm|nio}
 * makes the fork fail instead of silently measuring the other backend.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: on this VM, committing fresh heap pages while a benchmark allocates made
// iterations of the boxing benchmarks jump between 30 and 750 ns/op.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class StatBenchmark {
  private Path path;

  @Setup
  public void setUp() {
    path = Path.of(System.getProperty("bench.stat.path", "/etc/hosts"));
    String backend = Os.backend();
    System.out.println("Os.backend() = " + backend + " on JDK " + Runtime.version());
    String expected = System.getProperty("bench.expect.backend");
    if (expected != null && !expected.equals(backend)) {
      throw new IllegalStateException("expected the " + expected + " backend, got " + backend);
    }
  }

  @Benchmark
  public StatResult osStat() throws IOException {
    return Os.stat(path);
  }

  /** Exactly what the java.nio backend reads: the named unix attributes. */
  @Benchmark
  public Map<String, Object> readAttributesNamed() throws IOException {
    return Files.readAttributes(path, "unix:mode,ino,dev,rdev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime");
  }

  @Benchmark
  public PosixFileAttributes readAttributesPosix() throws IOException {
    return Files.readAttributes(path, PosixFileAttributes.class);
  }

  @Benchmark
  public Map<String, Object> readAttributesUnix() throws IOException {
    return Files.readAttributes(path, "unix:*");
  }
}
