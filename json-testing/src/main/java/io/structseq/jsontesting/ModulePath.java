package io.structseq.jsontesting;

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

/**
 * Runs a main class of a JSON module's tests in a second JVM (the one running the tests) with the
 * module, {@code io.structseq}, {@code io.structseq.runtime} and the JSON library on the module path,
 * as a user's modular application meets them. The main class stays on the class path.
 */
public final class ModulePath {
  private ModulePath() {}

  /**
   * Runs {@code mainClass} and returns what it printed.
   *
   * @param folder the JSON module's folder ({@code jackson}, {@code jackson2}, {@code gson}), whose
   *     {@code target/classes} is the module
   * @param libraryJars the JSON library's jar names, as a regular expression ({@code gson-[^/]*})
   * @param mainClass a class of the test classes, in a package the module does not hold
   * @param args its arguments
   * @return its output, stripped
   * @throws Exception when it cannot run
   */
  public static String run(String folder, String libraryJars, String mainClass, String... args)
      throws Exception {
    Pattern modules = Pattern.compile(".*(/(" + Pattern.quote(folder) + "|annotations|runtime)/target/classes"
        + "|structseq-(annotations|runtime)-[^/]*\\.jar|/(" + libraryJars + ")\\.jar)$");
    List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    String modulePath = classPath.stream().filter(e -> modules.matcher(e).matches())
        .collect(Collectors.joining(File.pathSeparator));
    String testClasses = classPath.stream().filter(e -> e.endsWith("/target/test-classes")).findFirst()
        .orElseThrow();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH"));
    if (Runtime.version().feature() >= 22) {
      command.add("--enable-native-access=io.structseq.runtime");
    }
    command.addAll(List.of("-cp", testClasses, mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> command + "\n" + out);
    return out.strip();
  }
}
