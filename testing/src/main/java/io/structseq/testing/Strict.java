package io.structseq.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Whether a test may skip. Outside CI a test that lacks what it needs (a CPython, a process that obeys
 * permission bits) skips visibly. With the environment variable {@value #ENV} or the system property
 * {@value #PROPERTY} set to {@code true}, as {@code .ci/run} sets it, the same test fails instead: CI
 * proves that its comparisons ran.
 */
public final class Strict {
  /** The environment variable that forbids the skips; {@code .ci/run} sets it to {@code true}. */
  public static final String ENV = "STRUCTSEQ_STRICT";
  /** The system property that forbids the skips. */
  public static final String PROPERTY = "structseq.strict";

  private Strict() {}

  /** Returns whether skips are forbidden in this run. */
  public static boolean on() {
    return "true".equals(System.getenv(ENV)) || Boolean.getBoolean(PROPERTY);
  }

  /**
   * Skips the calling test when {@code condition} is false, or fails it when skips are forbidden.
   *
   * @param condition what the test needs
   * @param message what is missing, for the report
   */
  public static void assume(boolean condition, String message) {
    if (condition) {
      return;
    }
    if (on()) {
      fail(message + " (" + ENV + "=true: this run may not skip it)");
    }
    assumeTrue(false, message);
  }
}
