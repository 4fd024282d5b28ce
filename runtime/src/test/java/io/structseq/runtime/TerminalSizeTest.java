package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Os#getTerminalSize} on a real pseudo-terminal: CPython opens one ({@code pty.openpty}),
 * sets its size ({@code TIOCSWINSZ}) and runs a child on it with standard input and output on the
 * terminal and standard error on a file. The child is a JVM like this one ({@link TerminalProbe}:
 * same JDK, same class path, native access where the JDK has it) and, for comparison, CPython's own
 * {@code os.get_terminal_size}. The same child, started with {@code -Dio.structseq.runtime.backend=nio},
 * shows that the property selects the /proc backend.
 */
class TerminalSizeTest {
  private static final int ROWS = 37;
  private static final int COLUMNS = 123;

  /** Runs argv[4:] on a new pseudo-terminal of argv[1] rows and argv[2] columns; stderr to argv[3]. */
  private static final String ON_A_PTY = String.join("\n",
      "import fcntl, os, pty, struct, subprocess, sys, termios",
      "rows, cols, err = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]",
      "m, s = pty.openpty()",
      "fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))",
      "with open(err, 'wb') as e:",
      "    p = subprocess.Popen(sys.argv[4:], stdin=s, stdout=s, stderr=e)",
      "    sys.exit(p.wait(timeout=300))",
      "");

  /** CPython's answers, in the probe's line format. */
  private static final String PYTHON_PROBE = String.join("\n",
      "import os, sys",
      "def outcome(f):",
      "    try:",
      "        return repr(f())",
      "    except OSError as e:",
      "        return 'ErrnoException ' + str(e)",
      "lines = ['stdout ' + outcome(os.get_terminal_size),",
      "         'stdin ' + outcome(lambda: os.get_terminal_size(0)),",
      "         'stderr ' + outcome(lambda: os.get_terminal_size(2))]",
      "open(sys.argv[1], 'w').write('\\n'.join(lines) + '\\n')",
      "");

  @TempDir Path dir;

  @Test
  void sizeOfARealTerminalAsCPythonSeesIt() throws IOException {
    String python = CPython.require();
    Map<String, String> cpython = onAPty(List.of(python, "-I", "-c", PYTHON_PROBE), "python");
    assertEquals("os.terminal_size(columns=" + COLUMNS + ", lines=" + ROWS + ")", cpython.get("stdout"));
    Map<String, String> java = onAPty(javaProbe(List.of()), "java");
    if (PosixCallsTest.nativeBackend()) {
      assertEquals(PosixCallsTest.BACKEND.name(), java.get("backend"));
      assertEquals(cpython.get("stdout"), java.get("stdout"));
      assertEquals(cpython.get("stdin"), java.get("stdin"));
      assertEquals(cpython.get("stderr"), java.get("stderr"), "standard error is a file");
      assertTrue(java.get("stderr").startsWith("ErrnoException [Errno 25] Inappropriate ioctl"));
    } else {
      assertEquals("proc", java.get("backend"));
      for (String fd : List.of("stdout", "stdin", "stderr")) {
        assertTrue(java.get(fd).startsWith("java.lang.UnsupportedOperationException: ")
            && java.get(fd).contains("needs JDK 22+ with native access"), java.get(fd));
      }
    }
  }

  @Test
  void theBackendPropertySelectsTheProcBackend() throws IOException {
    CPython.require();
    Map<String, String> java = onAPty(javaProbe(List.of("-Dio.structseq.runtime.backend=nio")), "nio");
    assertEquals("proc", java.get("backend"));
    for (String call : List.of("stdout", "statvfs")) {
      assertTrue(java.get(call).startsWith("java.lang.UnsupportedOperationException: "), java.get(call));
    }
  }

  /** The command of a child JVM like this one running {@link TerminalProbe}. */
  private static List<String> javaProbe(List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 22) {
      command.add("--enable-native-access=ALL-UNNAMED");
    }
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TerminalProbe.class.getName());
    return command;
  }

  /** Runs a probe on a new terminal; its last argument is the file it writes, read back by key. */
  private Map<String, String> onAPty(List<String> probe, String name) throws IOException {
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    List<String> command = new ArrayList<>(List.of(CPython.require(), "-I", "-c", ON_A_PTY,
        Integer.toString(ROWS), Integer.toString(COLUMNS), err.toString()));
    command.addAll(probe);
    command.add(out.toString());
    PythonPosix.run(command);
    assertTrue(Files.exists(out),
        () -> name + " wrote nothing; its stderr: " + TerminalProbe.readQuietly(err));
    return TerminalProbe.results(out);
  }
}
