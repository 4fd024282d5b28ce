package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.PyRepr;
import io.structseq.StructSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code uname}, {@code sys.float_info}, {@code sys.thread_info}, {@code sched_getparam} and the
 * errors of the C library calls that take a pid, a {@code who} or an fd, against the live CPython. Each runs
 * on the backend this JVM chose (FFM in the ffm-jar leg, /proc on JDK 17) and, where the /proc backend
 * answers, on that backend directly too, so both are tested on every JDK.
 */
class PosixCallsTest {
  static final PosixBackend BACKEND = PosixBackend.CURRENT;
  static final PosixBackend PROC = new PosixProcBackend("this test asked for the /proc backend");

  /** Whether this JVM calls the C library: the FFM backend (JDK 22+) or the jnr one (JDK 17-21). */
  static boolean nativeBackend() {
    return !BACKEND.name().equals("proc");
  }

  /** Asserts the repr and every member, visible or hidden, equal what CPython gave. */
  static void assertSameAsPython(PythonPosix.Result python, StructSequence java) {
    assertNull(python.error(), () -> "CPython failed: " + python.error() + " " + python.message());
    assertEquals(python.repr(), java.toString());
    assertEquals(python.typeName(), java.structType().name());
    python.members().forEach((name, member) ->
        assertEquals(member.repr(), PyRepr.repr(java.get(name)), name));
  }

  static void assertNeedsNativeAccess(UnsupportedOperationException e) {
    assertTrue(e.getMessage().contains("needs JDK 22+ with native access"), e.getMessage());
  }

  @Test
  void theFfmLegUsesFfm() {
    String expected = System.getProperty("structseq.expected.backend", "");
    assumeTrue(!expected.isEmpty(), "not the ffm-jar leg");
    // Where Os falls back to nio, the other calls fall back to /proc.
    assertEquals(expected.equals("nio") ? "proc" : expected, BACKEND.name(), "the backend fell back");
  }

  @Test
  void unameOnBothBackends() throws IOException {
    PythonPosix.Result python = PythonPosix.eval("os.uname()");
    assertSameAsPython(python, Os.uname());
    assertSameAsPython(python, PROC.uname());
  }

  @Test
  void floatInfo() {
    assertSameAsPython(PythonPosix.eval("sys.float_info"), Sys.floatInfo());
    assertSame(Sys.floatInfo(), Sys.floatInfo());
    FloatInfo info = Sys.floatInfo();
    assertEquals(Double.MAX_VALUE, info.max());
    assertEquals(Double.MIN_NORMAL, info.min());
    assertEquals(1.0, 1.0 + info.epsilon() / 2, "epsilon is the gap above 1.0");
  }

  @Test
  void threadInfo() {
    PythonPosix.Result python = PythonPosix.eval("sys.thread_info");
    if (nativeBackend()) {
      assertSameAsPython(python, Sys.threadInfo());
    } else {
      assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, Sys::threadInfo));
    }
    assertNeedsNativeAccess(
        assertThrows(UnsupportedOperationException.class, PROC::threadLibraryVersion));
  }

  @Test
  void schedGetparamOfThisThreadAndOfInit() throws IOException {
    PythonPosix.Result self = PythonPosix.eval("os.sched_getparam(0)");
    assertSameAsPython(self, Os.schedGetparam(0));
    assertSameAsPython(self, PROC.schedGetparam(0));
    PythonPosix.Result init = PythonPosix.eval("os.sched_getparam(1)");
    assertSameAsPython(init, Os.schedGetparam(1));
    assertSameAsPython(init, PROC.schedGetparam(1));
  }

  @Test
  void schedGetparamOfAMissingProcess() throws IOException {
    // No pid reaches pid_max, so this one never exists.
    byte[] pidMax = PosixProcBackend.readProcFile(Path.of("/proc/sys/kernel/pid_max"));
    long missing = Long.parseLong(new String(pidMax, StandardCharsets.US_ASCII).trim());
    PythonPosix.Result python = PythonPosix.eval("os.sched_getparam(" + missing + ")");
    assertEquals("ProcessLookupError", python.error(), () -> "pid " + missing + ": " + python);
    for (ThrowingCall call : new ThrowingCall[] {
        () -> Os.schedGetparam(missing), () -> PROC.schedGetparam((int) missing)}) {
      ErrnoException e = assertThrows(ErrnoException.class, call::run);
      assertEquals(python.errno(), e.errno());
      assertEquals(python.message(), "[Errno " + e.errno() + "] " + e.getMessage());
      assertNull(e.getFile());
    }
  }

  @Test
  void schedGetparamOfANegativePid() {
    PythonPosix.Result python = PythonPosix.eval("os.sched_getparam(-1)");
    ErrnoException e = assertThrows(ErrnoException.class, () -> Os.schedGetparam(-1));
    assertEquals(python.errno(), e.errno());
    assertEquals(python.message(), "[Errno " + e.errno() + "] " + e.getMessage());
    assertEquals(22, assertThrows(ErrnoException.class, () -> Os.schedGetparam(1L << 40)).errno());
  }

  @Test
  void badWho() throws IOException {
    PythonPosix.Result python = PythonPosix.eval("resource.getrusage(5)");
    assertEquals("ValueError", python.error());
    for (int who : new int[] {5, -2, Integer.MIN_VALUE}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Resource.getrusage(who));
      assertEquals(python.message(), e.getMessage());
    }
    if (nativeBackend()) {
      // The C library's EINVAL becomes the same exception, had Resource not checked first.
      assertEquals(python.message(),
          assertThrows(IllegalArgumentException.class, () -> BACKEND.getrusage(5)).getMessage());
    }
  }

  @Test
  void fdThatIsNotATerminal() throws IOException {
    int fd = openRegularFileDescriptor();
    PythonPosix.Result python = PythonPosix.eval("os.get_terminal_size(os.open('/proc/self/stat', 0))");
    assertEquals("OSError", python.error());
    assertEquals(25, python.errno());
    if (nativeBackend()) {
      ErrnoException e = assertThrows(ErrnoException.class, () -> Os.getTerminalSize(fd));
      assertEquals(python.message(), "[Errno " + e.errno() + "] " + e.getMessage());
      assertNull(e.getFile());
    } else {
      assertNeedsNativeAccess(
          assertThrows(UnsupportedOperationException.class, () -> Os.getTerminalSize(fd)));
    }
  }

  @Test
  void fdThatIsNotOpen() throws IOException {
    Set<Integer> open = openDescriptors();
    int closed = open.stream().mapToInt(Integer::intValue).max().orElse(2) + 100;
    PythonPosix.Result python = PythonPosix.eval("os.get_terminal_size(" + closed + ")");
    assertEquals(9, python.errno());
    for (int fd : new int[] {closed, -1}) {
      if (nativeBackend()) {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Os.getTerminalSize(fd));
        assertEquals(python.message(), "[Errno " + e.errno() + "] " + e.getMessage());
      } else {
        assertThrows(UnsupportedOperationException.class, () -> Os.getTerminalSize(fd));
      }
    }
  }

  @Test
  void eightThreadsAtOnce() throws Exception {
    // The FFM backend keeps per-thread native memory; no thread may see another's answer.
    UnameResult uname = Os.uname();
    SchedParam sched = Os.schedGetparam(0);
    StatvfsResult proc = nativeBackend() ? Os.statvfs(Path.of("/proc")) : null;
    int missing = Collections.max(openDescriptors()) + 100;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 300; i++) {
            assertEquals(uname, Os.uname());
            assertEquals(sched, Os.schedGetparam(0));
            if (proc != null) {
              assertEquals(proc, Os.statvfs(Path.of("/proc")));
              assertEquals(9,
                  assertThrows(ErrnoException.class, () -> Os.getTerminalSize(missing)).errno());
              assertEquals(3,
                  assertThrows(ErrnoException.class, () -> Os.schedGetparam(Integer.MAX_VALUE)).errno());
            }
          }
          return 300;
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(300, result.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A descriptor this JVM has open on a regular file (a JAR or class file it reads). */
  static int openRegularFileDescriptor() throws IOException {
    for (int fd : openDescriptors()) {
      try {
        Path target = Files.readSymbolicLink(Path.of("/proc/self/fd", Integer.toString(fd)));
        if (fd > 2 && Files.isRegularFile(target)) {
          return fd;
        }
      } catch (IOException e) {
        // closed meanwhile
      }
    }
    throw new IllegalStateException("no descriptor on a regular file in /proc/self/fd");
  }

  static Set<Integer> openDescriptors() throws IOException {
    Set<Integer> fds = new TreeSet<>();
    try (var list = Files.list(Path.of("/proc/self/fd"))) {
      list.forEach(p -> fds.add(Integer.valueOf(p.getFileName().toString())));
    }
    return fds;
  }

  interface ThrowingCall {
    void run() throws Exception;
  }
}
