package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code uname} under a personality that changes what {@code uname(2)} reports ({@code setarch linux32}
 * makes the machine {@code i686}, {@code --uname-2.6} the release {@code 2.6.x}): the FFM backend
 * reports what CPython reports under the same personality, and the /proc backend, whose files do not
 * follow personalities, refuses instead of answering wrongly.
 */
class UnamePersonalityTest {
  private static final Path SETARCH = Path.of("/usr/bin/setarch");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"linux32", "--uname-2.6"})
  void underAPersonality(String personality) throws IOException, InterruptedException {
    String python = CPython.require();
    assumeTrue(Files.isExecutable(SETARCH), "setarch SKIPPED: " + SETARCH + " is not installed");
    List<String> setarch = personality.equals("linux32")
        ? List.of(SETARCH.toString(), "linux32")
        : List.of(SETARCH.toString(), "--uname-2.6");
    List<String> pythonCommand = new ArrayList<>(setarch);
    pythonCommand.addAll(List.of(python, "-I", "-c", "import os; print(os.uname())"));
    String cpython = PythonPosix.run(pythonCommand).get(0);
    assertTrue(!cpython.equals(PythonPosix.eval("os.uname()").repr()), "the personality changes uname");

    Map<String, String> proc = probe(setarch, List.of("-Dio.structseq.runtime.backend=nio"), "proc");
    assertTrue(proc.get("uname").startsWith("java.lang.UnsupportedOperationException: os.uname: this "
        + "process runs under personality"), proc.get("uname"));
    if (PosixCallsTest.nativeBackend()) {
      Map<String, String> c = probe(setarch, List.of(), "native");
      assertEquals(PosixCallsTest.BACKEND.name(), c.get("backend"));
      assertEquals(cpython, c.get("uname"));
    }
  }

  /** Runs {@link TerminalProbe} in a JVM like this one, under {@code setarch}. */
  private Map<String, String> probe(List<String> setarch, List<String> options, String name)
      throws IOException, InterruptedException {
    Path out = dir.resolve(name + ".out");
    List<String> command = new ArrayList<>(setarch);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 22) {
      command.add("--enable-native-access=ALL-UNNAMED");
    }
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), TerminalProbe.class.getName(),
        out.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "probe did not finish");
    assertEquals(0, process.exitValue(), () -> Files.exists(dir.resolve(name + ".log"))
        ? TerminalProbe.readQuietly(dir.resolve(name + ".log")) : "");
    return TerminalProbe.results(out);
  }
}
