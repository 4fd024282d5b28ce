package io.structseq.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Which CPython every comparison of the build runs: the one place that decides. In this order: the
 * environment variable {@value #ENV} or the system property {@value #PROPERTY} (a path, or a name
 * looked up on the {@code PATH}); {@value #PREFERRED}, the 3.13 the contract names; {@code python3.13}
 * on the {@code PATH}; {@code python3} on the {@code PATH}.
 *
 * <p>This class uses the JDK only, so that {@code .ci/run} can run it as a source file before
 * anything is built: {@code java testing/src/main/java/io/structseq/testing/PythonLookup.java} prints
 * the interpreter on the first line and its version on the second, or names what it searched and exits
 * with status 1. CI then exports {@value #ENV}, and every test JVM uses that interpreter.
 */
public final class PythonLookup {
  /** The interpreter the contract prefers. */
  public static final String PREFERRED = "/root/.pyenv/versions/3.13.0/bin/python3.13";
  /** The environment variable that names the interpreter; CI sets it. */
  public static final String ENV = "STRUCTSEQ_PYTHON";
  /** The system property that names the interpreter, for a run without the environment variable. */
  public static final String PROPERTY = "structseq.python";

  private static final String VERSION_SCRIPT =
      "import platform; print(platform.python_implementation(), platform.python_version())";

  private PythonLookup() {}

  /**
   * Returns the explicit choice of {@value #ENV} or {@value #PROPERTY}, or null when neither is set.
   */
  public static String override() {
    String chosen = System.getenv(ENV);
    if (chosen == null || chosen.isBlank()) {
      chosen = System.getProperty(PROPERTY);
    }
    return chosen == null || chosen.isBlank() ? null : chosen;
  }

  /**
   * Returns the interpreter's path, or null when there is none; an explicit choice that is not an
   * executable gives null too, never another interpreter.
   */
  public static String find() {
    String chosen = override();
    if (chosen != null) {
      return resolve(chosen);
    }
    for (String candidate : new String[] {PREFERRED, "python3.13", "python3"}) {
      String resolved = resolve(candidate);
      if (resolved != null) {
        return resolved;
      }
    }
    return null;
  }

  /** Returns what {@link #find()} looked at, for a message that says why nothing was found. */
  public static String searched() {
    String chosen = override();
    if (chosen != null) {
      return ENV + "/" + PROPERTY + " names " + chosen + ", which is not an executable";
    }
    return "no " + ENV + ", no " + PREFERRED + ", and neither python3.13 nor python3 on the PATH";
  }

  /** A path as it is, a bare name through the {@code PATH}; null when it is not an executable. */
  // StringSplitter: split's dropping of trailing empty PATH entries is what this lookup has always
  // done; CI and the tests depend on which interpreter it finds.
  @SuppressWarnings("StringSplitter")
  private static String resolve(String nameOrPath) {
    if (nameOrPath.contains("/")) {
      return isProgram(Path.of(nameOrPath)) ? nameOrPath : null;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && isProgram(Path.of(dir, nameOrPath))) {
        return Path.of(dir, nameOrPath).toString();
      }
    }
    return null;
  }

  private static boolean isProgram(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }

  /**
   * Runs the interpreter once.
   *
   * @return its implementation and version, for example {@code CPython 3.13.0}
   * @throws IOException when it does not run or does not answer
   */
  public static String version(String executable) throws IOException {
    Process process = new ProcessBuilder(executable, "-c", VERSION_SCRIPT)
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(executable + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return out;
  }

  /**
   * Prints the interpreter and its version; exits with status 1, and says why, when there is none or
   * when it is not CPython 3.
   *
   * @param args none
   */
  public static void main(String[] args) {
    String executable = find();
    if (executable == null) {
      System.err.println("no CPython found: " + searched());
      System.exit(1);
    }
    String version;
    try {
      version = version(executable);
    } catch (IOException e) {
      System.err.println("the CPython " + executable + " does not run: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (!version.startsWith("CPython 3.")) {
      System.err.println(executable + " is " + version + ", not CPython 3");
      System.exit(1);
    }
    System.out.println(executable);
    System.out.println(version);
  }
}
