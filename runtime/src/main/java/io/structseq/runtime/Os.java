package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.util.Objects;

/**
 * CPython's {@code os.stat} and {@code os.lstat} for Java: the status of a file as an
 * {@code os.stat_result} with the same values and the same {@code toString()} Python shows.
 *
 * <p>Two backends read the file's status, chosen once when this class is loaded ({@link #backend()}):
 * <ul>
 *   <li>{@code "ffm"}: on JDK 22 and later, one {@code stat}/{@code lstat} call into the C library
 *       through the Foreign Function &amp; Memory API, on Linux x86_64 and aarch64. Every field is read.
 *       It needs native access, so it is used when the library's module has it: run with
 *       {@code --enable-native-access=ALL-UNNAMED} (class path) or {@code =io.structseq.runtime}, or put
 *       {@code Enable-Native-Access: ALL-UNNAMED} in the manifest of the main JAR of {@code java -jar}.
 *       Without native access the {@code "nio"} backend is used, so the JDK prints no warning.
 *   <li>{@code "nio"}: on JDK 17 to 21, on other platforms, and without native access,
 *       {@code java.nio.file}'s {@code unix} attribute view. It cannot read {@code st_blksize} and
 *       {@code st_blocks}, which are then {@code null}; every other field is exact, with one limit of
 *       the JDK's {@code FileTime} below.
 * </ul>
 *
 * <p>Times are exact for every time a file system can hold: {@code st_atime_ns} and its siblings are
 * {@link java.math.BigInteger}s like CPython's ints (a {@code long} of nanoseconds would end in 1677 and
 * 2262; tmpfs holds any 64-bit {@code time_t}, ext4 1901 to 2446), and the float times are
 * {@code sec + nsec * 1e-9} as CPython computes them. The {@code "nio"} backend gets its times from the
 * JDK's {@code FileTime}, which keeps whole seconds exactly but a fraction of a second only to the
 * microsecond outside 1677 to 2262, and wrongly (it overflows) beyond about 292,000 years from 1970;
 * the {@code "ffm"} backend reads {@code struct stat} itself and has neither limit. A time never makes
 * {@code stat} throw.
 * The system property {@code io.structseq.runtime.backend} forces a backend: {@code nio}, or
 * {@code ffm} (JDK 22 and later; used even without native access, in which case the JDK warns).
 *
 * <p>Paths are passed to the C library as the JDK passes them: the empty path means the current
 * directory and redundant slashes are gone ({@code Path.of("/etc/hosts/")} is {@code /etc/hosts}).
 */
public final class Os {
  private static final OsBackend BACKEND = OsBackendSelector.select();

  private Os() {}

  /**
   * Like Python's {@code os.stat(path)}: the status of a file, following symbolic links.
   *
   * @param path a path of the default file system
   * @return the status
   * @throws java.nio.file.NoSuchFileException if the file, or the target of a symbolic link, does not
   *     exist
   * @throws java.nio.file.AccessDeniedException if a directory on the way cannot be searched
   * @throws java.nio.file.NotDirectoryException if a component of the path's prefix is not a
   *     directory (on the {@code "nio"} backend of JDK 22 and later the JDK reports this as
   *     {@code NoSuchFileException})
   * @throws java.nio.file.FileSystemLoopException if symbolic links form a loop
   * @throws IOException for any other error: a {@link java.nio.file.FileSystemException} naming the path
   *     and the C library's reason
   * @throws ProviderMismatchException if the path belongs to another file system
   */
  public static StatResult stat(Path path) throws IOException {
    return BACKEND.stat(checked(path), true);
  }

  /**
   * Like Python's {@code os.lstat(path)}: the status of a file; a symbolic link is not followed, its own
   * status is returned.
   *
   * @param path a path of the default file system
   * @return the status
   * @throws IOException as {@link #stat(Path)} throws, except that a final symbolic link is not read
   * @throws ProviderMismatchException if the path belongs to another file system
   */
  public static StatResult lstat(Path path) throws IOException {
    return BACKEND.stat(checked(path), false);
  }

  /**
   * The backend this JVM uses.
   *
   * @return {@code "ffm"} (Foreign Function &amp; Memory API, every field read) or {@code "nio"}
   *     ({@code java.nio.file}, {@code st_blksize} and {@code st_blocks} are {@code null})
   */
  public static String backend() {
    return BACKEND.name();
  }

  private static Path checked(Path path) {
    Objects.requireNonNull(path, "path");
    if (path.getFileSystem() != FileSystems.getDefault()) {
      throw new ProviderMismatchException(
          "Os.stat reads only paths of the default file system, not " + path.getFileSystem());
    }
    return path;
  }
}
