package io.structseq.runtime;

import java.nio.file.Path;

/**
 * The CPython the runtime tests compare with: the one {@link io.structseq.testing.PythonLookup} picks
 * for every module (see there), kept here under the names the runtime tests use.
 */
final class CPython {
  static final Path PREFERRED = Path.of(io.structseq.testing.PythonLookup.PREFERRED);
  /** The interpreter, or null when there is none. */
  static final String EXECUTABLE = io.structseq.testing.CPython.EXECUTABLE;

  private CPython() {}

  /**
   * Skips the calling test, visibly, when no CPython is installed (fails it when CI forbids the skip);
   * else returns the interpreter.
   */
  static String require() {
    return io.structseq.testing.CPython.require();
  }

  /** Whether to run the CPython half of a test whose Java half runs anyway (fails in a strict run). */
  static boolean available() {
    return io.structseq.testing.CPython.available();
  }
}
