package io.structseq.benchmarks;

import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.TerminalSize;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Os#stat}, {@link Os#lstat} and {@link Os#getTerminalSize(int)}, with the arguments
 * {@code oscalls_timeit.py} gives CPython's same calls. {@code oscalls.sh} runs it together with
 * {@link PosixBenchmark} and {@link NssBenchmark}, which hold the runtime's other C library calls, and
 * prints one ratio per call. Meant for JDK 25 with native access (the FFM
 * backends); {@code -Dbench.expect.backend=ffm} makes the fork fail rather than measure another one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
    "--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED"})
@State(Scope.Thread)
public class OsCallsBenchmark {
  private Path path;
  private FileInputStream terminal;
  private int terminalFd;

  @Setup
  public void setUp() throws IOException, ReflectiveOperationException {
    path = Path.of(System.getProperty("bench.stat.path", "/etc/hosts"));
    String backend = Os.backend();
    System.out.println("Os.backend() = " + backend + " on JDK " + Runtime.version());
    String expected = System.getProperty("bench.expect.backend");
    if (expected != null && !expected.equals(backend)) {
      throw new IllegalStateException("expected the " + expected + " backend, got " + backend);
    }
    // A terminal whatever JMH does with the fork's streams: a new pseudo-terminal's master side,
    // whose window size is 0x0. The benchmark needs its number, which only FileDescriptor knows.
    terminal = new FileInputStream("/dev/ptmx");
    Field fd = FileDescriptor.class.getDeclaredField("fd");
    fd.setAccessible(true);
    terminalFd = fd.getInt(terminal.getFD());
  }

  @TearDown
  public void tearDown() throws IOException {
    terminal.close();
  }

  @Benchmark
  public StatResult stat() throws IOException {
    return Os.stat(path);
  }

  @Benchmark
  public StatResult lstat() throws IOException {
    return Os.lstat(path);
  }

  @Benchmark
  public TerminalSize getTerminalSize() throws IOException {
    return Os.getTerminalSize(terminalFd);
  }

}
