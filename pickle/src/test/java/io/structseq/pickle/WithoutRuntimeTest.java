package io.structseq.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.pickle.usertypes.WithoutRuntimeMain;
import io.structseq.testing.CPython;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * structseq-runtime is optional: in a JVM whose class path lacks it (and json-testing, which needs it),
 * {@code install()} works, a user's type round-trips, and CPython's pickle of {@code os.stat_result}
 * meets Pyrolite's refusal of an unknown global, as in any program without the runtime.
 */
class WithoutRuntimeTest {
  @Test
  void installWorksWithoutTheRuntime() throws Exception {
    String stat = CPython.run("import base64, os, pickle\n"
        + "print(base64.b64encode(pickle.dumps(os.stat_result(tuple(range(10))), 2)).decode())").strip();
    List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.matches(".*(/runtime/target/classes|structseq-runtime-[^/]*\\.jar"
            + "|/json-testing/target/classes|structseq-json-testing-[^/]*\\.jar)$"))
        .collect(Collectors.toList());
    assertTrue(classPath.size() < System.getProperty("java.class.path").split(File.pathSeparator).length, "no runtime");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, classPath), WithoutRuntimeMain.class.getName(), stat)
        .redirectErrorStream(true).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.exitValue(), out);
    assertEquals("span true UserTypes_SpanRecord\nstat expected zero arguments for construction of ClassDict"
        + " (for os.stat_result)", out);
  }
}
