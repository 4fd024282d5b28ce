package io.structseq.benchmarks;

import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jnr.posix.FileStat;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
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
 * {@link Os#stat} against jnr-posix's {@code stat} of the same file, in one JMH run: on JDK 17 to 21
 * the runtime's jnr backend (jffi) and jnr-posix both call the C library's {@code stat} through jffi.
 * {@code oscalls.sh} with {@code OSCALLS_JDK=17} runs it with the other calls; each side returns its
 * whole result, as a caller gets it ({@code FileStat} reads its fields lazily from the buffer it keeps,
 * so {@link #jnrPosixStat} also reads the fields a {@code StatResult} holds).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class JnrPosixBenchmark {
  private Path path;
  private String name;
  private POSIX posix;

  @Setup
  public void setUp() {
    path = Path.of(System.getProperty("bench.stat.path", "/etc/hosts"));
    name = path.toString();
    posix = POSIXFactory.getNativePOSIX();
    if (!posix.isNative()) {
      throw new IllegalStateException("jnr-posix has no native POSIX here");
    }
    String expected = System.getProperty("bench.expect.backend");
    if (expected != null && !expected.equals(Os.backend())) {
      throw new IllegalStateException("expected the " + expected + " backend, got " + Os.backend());
    }
  }

  @Benchmark
  public StatResult structseqStat() throws IOException {
    return Os.stat(path);
  }

  /** jnr-posix's stat, and the values a {@code StatResult} holds, read from its {@code FileStat}. */
  @Benchmark
  public long jnrPosixStat() {
    FileStat s = posix.stat(name);
    return s.mode() + s.ino() + s.dev() + s.nlink() + s.uid() + s.gid() + s.st_size() + s.atime() + s.mtime()
        + s.ctime() + s.blockSize() + s.blocks() + s.rdev();
  }
}
