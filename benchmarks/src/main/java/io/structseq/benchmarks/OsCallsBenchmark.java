package io.structseq.benchmarks;

import io.structseq.runtime.FloatInfo;
import io.structseq.runtime.Os;
import io.structseq.runtime.Resource;
import io.structseq.runtime.SchedParam;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.StatvfsResult;
import io.structseq.runtime.StructRusage;
import io.structseq.runtime.Sys;
import io.structseq.runtime.TerminalSize;
import io.structseq.runtime.ThreadInfo;
import io.structseq.runtime.TimesResult;
import io.structseq.runtime.UnameResult;
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
 * Every call of the runtime that mirrors one of CPython's struct sequences (issue 8), plus
 * {@link Os#stat}, each with the arguments {@code oscalls_timeit.py} gives CPython's same call, so that
 * {@code oscalls.sh} can print one ratio per call; the {@code pwd} and {@code grp} calls are
 * {@link NssBenchmark}'s, which {@code oscalls.sh} runs with this class. Meant for JDK 25 with native access (the FFM
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
  public StatvfsResult statvfs() throws IOException {
    return Os.statvfs(path);
  }

  @Benchmark
  public UnameResult uname() throws IOException {
    return Os.uname();
  }

  @Benchmark
  public TerminalSize getTerminalSize() throws IOException {
    return Os.getTerminalSize(terminalFd);
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
