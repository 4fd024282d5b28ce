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
 * <p>Three backends read the file's status, chosen once when this class is loaded ({@link #backend()}):
 * <ul>
 *   <li>{@code "ffm"}: on JDK 22 and later, one {@code stat}/{@code lstat} call into the C library
 *       through the Foreign Function &amp; Memory API, on Linux x86_64 (glibc, musl) and aarch64 (glibc). Every field is read.
 *       It needs native access, so it is used when the library's module has it: run with
 *       {@code --enable-native-access=ALL-UNNAMED} (class path) or {@code =io.structseq.runtime}, or put
 *       {@code Enable-Native-Access: ALL-UNNAMED} in the manifest of the main JAR of {@code java -jar}.
 *       Without native access the {@code "nio"} backend is used, so the JDK prints no warning.
 *   <li>{@code "jnr"}: on JDK 17 to 21 with jnr-ffi on the class path, the same call through jffi, the
 *       native layer of jnr-ffi, on the same platforms. Every field is read.
 *   <li>{@code "nio"}: on JDK 17 to 21 without jnr-ffi, on other platforms, and without native access,
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
 * the {@code "ffm"} and {@code "jnr"} backends read {@code struct stat} itself and have neither limit. A time never makes
 * {@code stat} throw.
 * The system property {@code io.structseq.runtime.backend} forces a backend: {@code nio}, or
 * {@code ffm} (JDK 22 and later; used even without native access, in which case the JDK warns).
 *
 * <p>Paths are passed to the C library as the JDK passes them: the empty path means the current
 * directory and redundant slashes are gone ({@code Path.of("/etc/hosts/")} is {@code /etc/hosts}).
 *
 * <p>The other calls ({@link #statvfs}, {@link #uname}, {@link #getTerminalSize}, {@link #times},
 * {@link #schedGetparam}) have a backend of their own: the C library through the Foreign Function
 * &amp; Memory API on JDK 22 and later with native access (the same conditions and system property
 * as above), or through jffi on JDK 17 to 21 with jnr-ffi on the class path, else exact answers from {@code /proc} where the kernel publishes them, else
 * {@link UnsupportedOperationException}. They never approximate.
 */
public final class Os {
  private static final OsBackend BACKEND = Backends.os();

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
   * Like Python's {@code os.statvfs(path)}: the statistics of the file system that holds a file, as
   * {@code statvfs(3)} reports them: {@code os.statvfs_result(f_bsize=4096, f_frsize=4096, ...)}.
   *
   * <p>JDK 22 and later with native access; elsewhere it throws {@link UnsupportedOperationException},
   * because the JDK's {@link java.nio.file.FileStore} has no inode counts, flags or name length.
   *
   * @param path a path of the default file system
   * @return the statistics
   * @throws java.nio.file.NoSuchFileException if the file does not exist
   * @throws java.nio.file.AccessDeniedException if a directory on the way cannot be searched
   * @throws java.nio.file.NotDirectoryException if a component of the path's prefix is not a directory
   * @throws java.nio.file.FileSystemLoopException if symbolic links form a loop
   * @throws ErrnoException for any other error, naming the path and the C library's reason (a path
   *     too long: errno 36, {@code "File name too long"})
   * @throws ProviderMismatchException if the path belongs to another file system
   * @throws UnsupportedOperationException on JDK 17 to 21, or without native access
   */
  public static StatvfsResult statvfs(Path path) throws IOException {
    return PosixBackend.CURRENT.statvfs(checked(path));
  }

  /**
   * Like Python's {@code os.uname()}: the names of the operating system and the machine,
   * {@code posix.uname_result(sysname='Linux', nodename=..., release=..., version=..., machine=...)}.
   *
   * <p>Exact on every JDK: without native access the five names are read from
   * {@code /proc/sys/kernel}, where the kernel publishes the same strings, unless the process runs
   * under a personality that changes what {@code uname(2)} reports ({@code linux32}, {@code uname26}).
   *
   * @return the names
   * @throws IOException if the names cannot be read
   * @throws UnsupportedOperationException without native access, where {@code /proc} cannot give them
   *     exactly
   */
  public static UnameResult uname() throws IOException {
    return PosixBackend.CURRENT.uname();
  }

  /**
   * Like Python's {@code os.get_terminal_size()}: the size of the terminal on standard output (fd 1).
   *
   * @return the size
   * @throws IOException an {@link ErrnoException} with the C library's words when standard output is
   *     not a terminal ({@code "Inappropriate ioctl for device"})
   * @throws UnsupportedOperationException on JDK 17 to 21, or without native access
   */
  public static TerminalSize getTerminalSize() throws IOException {
    return getTerminalSize(1);
  }

  /**
   * Like Python's {@code os.get_terminal_size(fd)}: the size of the terminal window on a file
   * descriptor, as {@code ioctl(fd, TIOCGWINSZ)} reports it.
   *
   * @param fd a file descriptor of this process
   * @return the size
   * @throws IOException an {@link ErrnoException} with the C library's words: errno 25
   *     {@code "Inappropriate ioctl for device"} when {@code fd} is not a terminal, errno 9
   *     {@code "Bad file descriptor"} when it is not open
   * @throws UnsupportedOperationException on JDK 17 to 21, or without native access
   */
  public static TerminalSize getTerminalSize(int fd) throws IOException {
    return PosixBackend.CURRENT.terminalSize(fd);
  }

  /**
   * Like Python's {@code os.times()}: the processor times of this process and of its waited-for
   * children, and the elapsed real time since a fixed point in the past, in seconds, computed as
   * CPython computes them: {@code times(2)}'s clock ticks over {@code sysconf(_SC_CLK_TCK)}.
   *
   * @return the times
   * @throws IOException if {@code times(2)} fails
   * @throws UnsupportedOperationException on JDK 17 to 21, or without native access: {@code /proc}
   *     has the processor times but not the tick count {@code times(2)} returns as {@code elapsed}
   */
  public static TimesResult times() throws IOException {
    return PosixBackend.CURRENT.times();
  }

  /**
   * Like Python's {@code os.sched_getparam(pid)}: the scheduling parameter of a process or thread.
   *
   * @param pid a process or thread id; 0 means the calling thread
   * @return the parameter
   * @throws ErrnoException errno 3 {@code "No such process"} when there is no such process, errno 22
   *     {@code "Invalid argument"} for a negative pid or one that does not fit a C {@code pid_t}
   * @throws IOException for any other failure
   * @throws UnsupportedOperationException without native access, where {@code /proc} cannot give the
   *     value exactly
   */
  public static SchedParam schedGetparam(long pid) throws IOException {
    if (pid < 0 || pid > Integer.MAX_VALUE) {
      throw Errno.exception(Errno.EINVAL);
    }
    return PosixBackend.CURRENT.schedGetparam((int) pid);
  }

  /**
   * The backend this JVM uses.
   *
   * @return {@code "ffm"} (Foreign Function &amp; Memory API, every field read), {@code "jnr"} (jffi of
   *     jnr-ffi on JDK 17 to 21, every field read) or {@code "nio"}
   *     ({@code java.nio.file}, {@code st_blksize} and {@code st_blocks} are {@code null})
   */
  public static String backend() {
    return BACKEND.name();
  }

  private static Path checked(Path path) {
    Objects.requireNonNull(path, "path");
    if (!path.getFileSystem().equals(FileSystems.getDefault())) {
      throw new ProviderMismatchException(
          "Os.stat reads only paths of the default file system, not " + path.getFileSystem());
    }
    return path;
  }
}
