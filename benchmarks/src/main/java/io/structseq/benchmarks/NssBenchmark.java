package io.structseq.benchmarks;

import io.structseq.runtime.Grp;
import io.structseq.runtime.Pwd;
import io.structseq.runtime.StructGroup;
import io.structseq.runtime.StructPasswd;
import java.util.List;
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
 * {@link Pwd} and {@link Grp} lookups, to compare with CPython's
 * {@code python3 -m timeit -s 'import pwd, grp' 'pwd.getpwnam("root")'} and the like. They need JDK 22+
 * with native access ({@code --enable-native-access=ALL-UNNAMED}); elsewhere every call throws. Each
 * lookup is dominated by the C library, which reads {@code /etc/passwd} or {@code /etc/group} anew.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class NssBenchmark {
  @Benchmark
  public StructPasswd getpwnam() {
    return Pwd.getpwnam("root");
  }

  @Benchmark
  public StructPasswd getpwuid() {
    return Pwd.getpwuid(0);
  }

  @Benchmark
  public List<StructPasswd> getpwall() {
    return Pwd.getpwall();
  }

  @Benchmark
  public StructGroup getgrnam() {
    return Grp.getgrnam("root");
  }

  @Benchmark
  public StructGroup getgrgid() {
    return Grp.getgrgid(0);
  }

  @Benchmark
  public List<StructGroup> getgrall() {
    return Grp.getgrall();
  }
}
