package io.structseq.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module as a user's modular application meets it: this module, {@code io.structseq.runtime} and
 * Jackson on the module path of a second JVM (the one running the tests), where only module-info's
 * {@code provides} lets {@code ServiceLoader} find the module.
 */
class ModulePathTest {
  /** What goes on the module path: the test class path minus the test classes and test libraries. */
  private static final Pattern MODULES = Pattern.compile(
      ".*(/(jackson2|annotations|runtime)/target/classes|structseq-(annotations|runtime)-[^/]*\\.jar"
      + "|/jackson-(databind|core|annotations)-[^/]*\\.jar)$");

  @Test
  void serviceLoaderFindsTheModuleOnTheModulePath() throws Exception {
    List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    String modulePath = classPath.stream().filter(e -> MODULES.matcher(e).matches())
        .collect(Collectors.joining(File.pathSeparator));
    String testClasses = classPath.stream().filter(e -> e.endsWith("/target/test-classes")).findFirst()
        .orElseThrow();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH"));
    if (Runtime.version().feature() >= 22) {
      command.add("--enable-native-access=io.structseq.runtime");
    }
    command.addAll(List.of("-cp", testClasses, "io.structseq.jackson2.modulepath.ModulePathMain", "/etc/hosts"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> command + "\n" + out);
    assertEquals("io.structseq.jackson2 [io.structseq.jackson2.StructSeqModule:OBJECT] io.structseq.runtime",
        out.strip(), () -> command + "\n" + out);
  }
}
