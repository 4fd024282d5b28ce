package io.structseq.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPython the runtime tests compare with: {@code /root/.pyenv/versions/3.13.0/bin/python3.13}
 * when present, else {@code python3} from the {@code PATH}. Found once for every oracle.
 */
final class CPython {
  static final Path PREFERRED = Path.of("/root/.pyenv/versions/3.13.0/bin/python3.13");
  /** The interpreter, or null when there is none. */
  static final String EXECUTABLE = find();

  private CPython() {}

  /** Skips the calling test, visibly, when no CPython is installed; else returns the interpreter. */
  static String require() {
    assumeTrue(EXECUTABLE != null,
        "CPython comparison SKIPPED: neither " + PREFERRED + " nor python3 on the PATH was found");
    return EXECUTABLE;
  }

  private static String find() {
    if (Files.isExecutable(PREFERRED)) {
      return PREFERRED.toString();
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) {
        return Path.of(dir, "python3").toString();
      }
    }
    return null;
  }
}
