package io.structseq.runtime;

import static io.structseq.runtime.PosixCallsTest.assertNeedsNativeAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Os#times()} and {@link Resource#getrusage(int)} report per-process values that no other
 * process can reproduce, so their semantics are checked instead: each value lies between what the
 * kernel shows in {@code /proc/self/stat} (clock ticks) just before and just after the call, values
 * only grow, and the children's values grow once a child process has run and been waited for. On the
 * /proc backend both calls throw {@link UnsupportedOperationException}.
 */
class ProcessTimesTest {
  private static final Pattern TIMES_REPR = Pattern.compile("posix\\.times_result\\(user=\\S+, "
      + "system=\\S+, children_user=\\S+, children_system=\\S+, elapsed=\\S+\\)");
  private static final Pattern RUSAGE_REPR = Pattern.compile("resource\\.struct_rusage\\(ru_utime=\\S+, "
      + "ru_stime=\\S+(, ru_[a-z]+=-?\\d+){14}\\)");

  @Test
  void onTheProcBackendBothNeedNativeAccess() {
    PosixProcBackend proc = new PosixProcBackend("this test asked for the /proc backend");
    assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, proc::times));
    assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, () -> proc.getrusage(0)));
    if (!PosixCallsTest.nativeBackend()) {
      assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, Os::times));
      assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class,
          () -> Resource.getrusage(Resource.RUSAGE_SELF)));
    }
  }

  @Test
  void timesAreTheKernelsClockTicks() throws IOException {
    assumeFfm();
    long ticks = clockTicksPerSecond();
    busyFor(50);
    ProcStat before = ProcStat.read("self");
    TimesResult times = Os.times();
    ProcStat after = ProcStat.read("self");
    assertTrue(TIMES_REPR.matcher(times.toString()).matches(), times.toString());
    assertBetween(before.utime, ticksOf(times.user(), ticks), after.utime, "user");
    assertBetween(before.stime, ticksOf(times.system(), ticks), after.stime, "system");
    assertBetween(before.cutime, ticksOf(times.children_user(), ticks), after.cutime, "children_user");
    assertBetween(before.cstime, ticksOf(times.children_system(), ticks), after.cstime,
        "children_system");
    ticksOf(times.elapsed(), ticks);
  }

  @Test
  void elapsedIsCPythonsClock() throws IOException {
    assumeFfm();
    double before = Os.times().elapsed();
    PythonPosix.Result python = PythonPosix.eval("os.times()");
    double after = Os.times().elapsed();
    double pythonElapsed = Double.parseDouble(python.members().get("elapsed").repr());
    assertTrue(before <= pythonElapsed && pythonElapsed <= after,
        before + " <= " + pythonElapsed + " <= " + after);
    // elapsed counts jiffies, which a tickless kernel updates lazily: a reading may lag the monotonic
    // clock by a few ticks, and by tens of milliseconds on an overloaded VM (seen: 80 ms). So the growth
    // over half a second must match the wall clock to within a quarter of a second: seconds, not ticks.
    long start = System.nanoTime();
    sleep(500);
    double later = Os.times().elapsed();
    double wall = (System.nanoTime() - start) / 1e9;
    double growth = later - after;
    assertTrue(growth >= 0.25 && growth <= wall + 0.25, growth + " vs " + wall);
  }

  @Test
  void rusageOfThisProcessAndThread() throws IOException {
    assumeFfm();
    long ticks = clockTicksPerSecond();
    busyFor(50);
    long maxrssBefore = vmHwmKilobytes();
    ProcStat before = ProcStat.read("self");
    ProcStat threadBefore = ProcStat.read("thread-self");
    StructRusage self = Resource.getrusage(Resource.RUSAGE_SELF);
    StructRusage thread = Resource.getrusage(Resource.RUSAGE_THREAD);
    ProcStat threadAfter = ProcStat.read("thread-self");
    ProcStat after = ProcStat.read("self");
    assertTrue(RUSAGE_REPR.matcher(self.toString()).matches(), self.toString());
    assertBetween(before.utime, ticksOfMicros(self.ru_utime(), ticks), after.utime, "ru_utime");
    assertBetween(before.stime, ticksOfMicros(self.ru_stime(), ticks), after.stime, "ru_stime");
    assertBetween(before.minflt, self.ru_minflt(), after.minflt, "ru_minflt");
    assertBetween(before.majflt, self.ru_majflt(), after.majflt, "ru_majflt");
    // The peak RSS in kilobytes, as VmHWM. Not exactly: since Linux 6.2 the RSS counters are per-CPU,
    // and getrusage(2) reads them without summing while /proc/self/status sums them, so the two may
    // differ by a few pages per CPU (seen: 56 kB of 132 MB). 1% plus 1 MiB covers that.
    long slack = maxrssBefore / 100 + 1024;
    assertTrue(self.ru_maxrss() >= maxrssBefore - slack && self.ru_maxrss() <= vmHwmKilobytes() + slack,
        self.ru_maxrss() + " vs VmHWM " + maxrssBefore);
    assertBetween(threadBefore.utime, ticksOfMicros(thread.ru_utime(), ticks), threadAfter.utime,
        "thread ru_utime");
    assertBetween(threadBefore.stime, ticksOfMicros(thread.ru_stime(), ticks), threadAfter.stime,
        "thread ru_stime");
    assertTrue(thread.ru_utime() <= self.ru_utime() && thread.ru_minflt() <= self.ru_minflt());
  }

  @Test
  void valuesOnlyGrow() throws IOException {
    assumeFfm();
    StructRusage first = Resource.getrusage(Resource.RUSAGE_SELF);
    TimesResult firstTimes = Os.times();
    busyFor(30);
    StructRusage second = Resource.getrusage(Resource.RUSAGE_SELF);
    TimesResult secondTimes = Os.times();
    for (String field : List.of("ru_utime", "ru_stime", "ru_maxrss", "ru_minflt", "ru_majflt",
        "ru_inblock", "ru_oublock", "ru_nvcsw", "ru_nivcsw")) {
      assertTrue(((Number) second.get(field)).doubleValue() >= ((Number) first.get(field)).doubleValue(),
          field + ": " + first.get(field) + " then " + second.get(field));
    }
    assertTrue(second.ru_utime() + second.ru_stime() > first.ru_utime() + first.ru_stime(),
        "30 ms of work shows in the times");
    for (String field : List.of("user", "system", "children_user", "children_system", "elapsed")) {
      assertTrue((double) secondTimes.get(field) >= (double) firstTimes.get(field), field);
    }
  }

  @Test
  void childrenGrowAfterAChildRan() throws IOException, InterruptedException {
    assumeFfm();
    StructRusage before = Resource.getrusage(Resource.RUSAGE_CHILDREN);
    TimesResult timesBefore = Os.times();
    // About a tenth of a second of CPU in the child, which the JDK waits for (and so the kernel adds
    // to this process's children).
    Process child = new ProcessBuilder("/bin/sh", "-c",
        "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done").inheritIO().start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue());
    StructRusage after = Resource.getrusage(Resource.RUSAGE_CHILDREN);
    TimesResult timesAfter = Os.times();
    assertTrue(after.ru_minflt() > before.ru_minflt(), before + " then " + after);
    assertTrue(after.ru_utime() + after.ru_stime() > before.ru_utime() + before.ru_stime(),
        before + " then " + after);
    assertTrue(after.ru_maxrss() > 0, after.toString());
    assertTrue(timesAfter.children_user() + timesAfter.children_system()
        > timesBefore.children_user() + timesBefore.children_system(),
        timesBefore + " then " + timesAfter);
  }

  static void assumeFfm() {
    assumeTrue(PosixCallsTest.nativeBackend(), "FFM backend only: on the /proc backend these calls throw "
        + "UnsupportedOperationException (onTheProcBackendBothNeedNativeAccess)");
  }

  private static void assertBetween(long low, long value, long high, String what) {
    assertTrue(low <= value && value <= high, what + ": " + low + " <= " + value + " <= " + high);
  }

  /** A times() value back in clock ticks; it must be a whole number of them, as CPython divides. */
  private static long ticksOf(double seconds, long ticks) {
    long n = Math.round(seconds * ticks);
    assertEquals((double) n / ticks, seconds, "a whole number of clock ticks: " + seconds);
    return n;
  }

  /** A rusage time (whole microseconds) in clock ticks, truncated as /proc/self/stat truncates. */
  private static long ticksOfMicros(double seconds, long ticks) {
    long micros = Math.round(seconds * 1e6);
    return micros / (1_000_000 / ticks);
  }

  /** AT_CLKTCK (17) of /proc/self/auxv: what sysconf(_SC_CLK_TCK) answers. */
  static long clockTicksPerSecond() throws IOException {
    ByteBuffer auxv = ByteBuffer.wrap(PosixProcBackend.readProcFile(Path.of("/proc/self/auxv")))
        .order(ByteOrder.nativeOrder());
    while (auxv.remaining() >= 16) {
      long type = auxv.getLong();
      long value = auxv.getLong();
      if (type == 17) {
        return value;
      }
    }
    throw new IllegalStateException("no AT_CLKTCK in /proc/self/auxv");
  }

  private static long vmHwmKilobytes() throws IOException {
    String status = new String(PosixProcBackend.readProcFile(Path.of("/proc/self/status")),
        StandardCharsets.US_ASCII);
    return status.lines().filter(l -> l.startsWith("VmHWM:"))
        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElseThrow();
  }

  private static void busyFor(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    long x = 0;
    while (System.nanoTime() < end) {
      x += Long.numberOfTrailingZeros(x + System.nanoTime());
    }
    if (x == 42) {
      System.out.print("");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The counters of /proc/PID/stat the two calls report: faults (10, 12) and times (14 to 17). */
  record ProcStat(long minflt, long majflt, long utime, long stime, long cutime, long cstime) {
    static ProcStat read(String task) throws IOException {
      String line = new String(PosixProcBackend.readProcFile(Path.of("/proc", task, "stat")),
          StandardCharsets.ISO_8859_1);
      String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
      return new ProcStat(Long.parseLong(f[10 - 3]), Long.parseLong(f[12 - 3]),
          Long.parseLong(f[14 - 3]), Long.parseLong(f[15 - 3]), Long.parseLong(f[16 - 3]),
          Long.parseLong(f[17 - 3]));
    }
  }
}
