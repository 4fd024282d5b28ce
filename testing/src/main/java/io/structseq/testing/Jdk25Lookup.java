package io.structseq.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which JDK 25 the tests use besides the JDK that runs them: the system property {@value #PROPERTY},
 * which the build sets from the parent POM's property of the same name (the one place that names the
 * default; the environment variable {@value #ENV} overrides it there), else {@value #ENV} itself, for
 * a test run outside Maven.
 */
public final class Jdk25Lookup {
  /** The system property that surefire and failsafe set. */
  public static final String PROPERTY = "structseq.jdk25.home";
  /** The environment variable that names the JDK 25 for the build and the scripts. */
  public static final String ENV = "JDK25_HOME";

  private Jdk25Lookup() {}

  /** Returns the home that the property or the environment names, or null when neither does. */
  public static Path named() {
    String home = System.getProperty(PROPERTY);
    if (home == null || home.isBlank()) {
      home = System.getenv(ENV);
    }
    return home == null || home.isBlank() ? null : Path.of(home);
  }

  /** Returns the JDK 25's home when it has an executable {@code bin/java}, else null. */
  public static Path home() {
    Path home = named();
    return home != null && Files.isExecutable(home.resolve("bin/java")) ? home : null;
  }

  /** Returns where {@link #home()} looked, for a message that says why a test skipped. */
  public static String searched() {
    Path home = named();
    return home == null ? "neither " + PROPERTY + " nor " + ENV + " is set"
        : "no JDK at " + home + " (" + PROPERTY + ", " + ENV + ")";
  }
}
