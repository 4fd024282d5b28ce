package io.structseq.testing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * For tests of {@code EACCES}: whether this process obeys permission bits. Root with
 * {@code CAP_DAC_OVERRIDE} or {@code CAP_DAC_READ_SEARCH} searches any directory, so those tests skip
 * there, visibly, and fail in a {@link Strict} run. {@code .ci/run} runs as root without those
 * capabilities ({@code setpriv --bounding-set=-all}), where they run.
 */
public final class Permissions {
  private Permissions() {}

  /**
   * Tries it: stats a file inside a directory of mode {@code 000} made under {@code dir}. Skips the
   * calling test when that works, or fails it in a {@link Strict} run.
   *
   * @param dir a writable directory, such as the test's {@code @TempDir}
   * @throws IOException when the probe cannot be made or removed
   */
  public static void assumeEnforced(Path dir) throws IOException {
    Path locked = Files.createTempDirectory(dir, "permission-probe");
    Path inside = Files.writeString(locked.resolve("inside"), "x");
    boolean enforced;
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Files.readAttributes(inside, BasicFileAttributes.class);
      enforced = false;
    } catch (AccessDeniedException e) {
      enforced = true;
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
    Files.delete(inside);
    Files.delete(locked);
    Strict.assume(enforced, "permission test SKIPPED: this process (user "
        + System.getProperty("user.name") + ") reads through a directory of mode 000, as root with"
        + " CAP_DAC_OVERRIDE does; run it without those capabilities, as .ci/run does");
  }
}
