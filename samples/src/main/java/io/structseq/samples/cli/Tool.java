package io.structseq.samples.cli;

import io.structseq.runtime.Errno;
import io.structseq.runtime.ErrnoException;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the command-line tools {@code pystat} and {@code pyos} share: their standard streams, paths
 * handed over as the C library would receive them, and the C library's words for an error.
 */
public final class Tool {
  private static final int S_IFMT = 0xF000;
  private static final int S_IFDIR = 0x4000;

  private Tool() {}

  /**
   * A tool's standard streams, in UTF-8 whatever the locale: {@code out} buffered (flushed on exit),
   * {@code err} flushed on every line.
   *
   * @param out standard output
   * @param err standard error
   */
  public record Streams(PrintStream out, PrintStream err) {
    /**
     * Flushes both streams and ends the process.
     *
     * @param status the exit status
     */
    public void exit(int status) {
      out.flush();
      err.flush();
      System.exit(status);
    }
  }

  /**
   * Returns the process's standard output and error, as {@link Streams} describes them, and makes the
   * process format numbers as {@code Locale.US} does. A tool prints what CPython prints, which no
   * locale changes; and {@code Locale.US} is the one locale for which {@link java.util.Formatter} loads
   * no locale data. jffi formats its library's name with {@code String.format} as it loads (JDK 17-21):
   * in any other locale that first loads the JDK's CLDR data, measured at 10 to 15 ms of a 70 ms start.
   */
  public static Streams standardStreams() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    return new Streams(
        new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
            StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }

  /**
   * A path as the C library would be given it. Java normalizes paths where C does not: the empty
   * path, which C rejects, and a trailing slash, with which C requires a directory (and follows a
   * final symbolic link).
   *
   * @param path the path as the user wrote it
   * @return the path; it names a directory when {@code path} ends with a slash
   * @throws IOException as the C library would fail, about {@code path} as written
   * @throws java.nio.file.InvalidPathException for an embedded NUL, which each tool words its own way
   */
  public static Path cPath(String path) throws IOException {
    Path p = nonEmpty(path);
    if (endsWithSlash(path, p)) {
      directory(path, p);
    }
    return p;
  }

  /**
   * {@code os.stat(path)} or {@code os.lstat(path)} as CPython calls it, a trailing slash included.
   *
   * @param path the path as the user wrote it
   * @param follow whether a final symbolic link is followed ({@code os.stat})
   * @return the result
   * @throws IOException as the C library would fail, about {@code path} as written
   */
  public static StatResult stat(String path, boolean follow) throws IOException {
    Path p = nonEmpty(path);
    if (endsWithSlash(path, p)) {
      return directory(path, p);
    }
    try {
      return follow ? Os.stat(p) : Os.lstat(p);
    } catch (FileSystemException e) {
      throw rename(e, path);
    }
  }

  private static Path nonEmpty(String path) throws NoSuchFileException {
    if (path.isEmpty()) {
      throw new NoSuchFileException(path);
    }
    return Path.of(path);
  }

  private static boolean endsWithSlash(String path, Path p) {
    return path.endsWith("/") && !p.toString().equals("/");
  }

  private static StatResult directory(String path, Path p) throws IOException {
    StatResult result;
    try {
      result = Os.stat(p);
    } catch (FileSystemException e) {
      throw rename(e, path);
    }
    if ((result.st_mode() & S_IFMT) != S_IFDIR) {
      throw new NotDirectoryException(path);
    }
    return result;
  }

  /**
   * The same error about the path as the user wrote it.
   *
   * @param e an error of the runtime or the JDK
   * @param path the path as the user wrote it
   * @return an exception of the same kind and reason, about {@code path}
   */
  public static IOException rename(FileSystemException e, String path) {
    if (e instanceof ErrnoException errnoException) {
      return new ErrnoException(path, errnoException.errno(), e.getReason());
    } else if (e instanceof NoSuchFileException) {
      return new NoSuchFileException(path);
    } else if (e instanceof AccessDeniedException) {
      return new AccessDeniedException(path);
    } else if (e instanceof NotDirectoryException) {
      return new NotDirectoryException(path);
    } else if (e instanceof FileSystemLoopException) {
      return new FileSystemLoopException(path);
    }
    return new FileSystemException(path, null, e.getReason());
  }

  /**
   * An error as the C library reports it, and as CPython raises it.
   *
   * @param errno the error number; 0 when the words name none the runtime's table knows
   * @param pythonException CPython's {@code OSError} subclass for it (PEP 3151), or {@code "OSError"}
   * @param reason {@code strerror}'s words
   */
  public record CError(int errno, String pythonException, String reason) {}

  /**
   * The C library's number and words for an exception of the runtime or the JDK, read through the
   * runtime's one table ({@link Errno#of(Throwable)}); the words are the exception's own where it
   * carries them (the C library's {@code strerror} on the FFM backend), else the table's.
   *
   * @param e the exception
   * @return its error, or null when it carries no words of the C library
   */
  public static CError cError(IOException e) {
    String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : null;
    Optional<Errno> error = Errno.of(e);
    if (error.isPresent()) {
      Errno known = error.get();
      return new CError(known.number(), known.pythonException(), reason != null ? reason : known.message());
    }
    return reason != null ? new CError(0, "OSError", reason) : null;
  }
}
