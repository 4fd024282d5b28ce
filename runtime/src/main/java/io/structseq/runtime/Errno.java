package io.structseq.runtime;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The error numbers the runtime tests for, and the one mapping from an {@code errno} to the exception a
 * caller sees (the JDK's {@code UnixException.translateToIOException} in small). Linux numbers them
 * alike on x86_64 and aarch64, glibc and musl ({@code NativeLayoutsTest} checks each against the C
 * compilers).
 */
final class Errno {
  static final int EPERM = 1;
  static final int ENOENT = 2;
  static final int ESRCH = 3;
  static final int EINTR = 4;
  static final int EBADF = 9;
  static final int EACCES = 13;
  static final int ENOTDIR = 20;
  static final int EINVAL = 22;
  static final int ERANGE = 34;
  static final int ELOOP = 40;

  /** Every number above by its C name, as {@code layouts.c} prints them. */
  static final Map<String, Long> TABLE = table();

  private Errno() {}

  /**
   * The exception for a failed call on a path: the JDK's own where one exists, so that code written
   * for {@code java.nio.file} catches it, else an {@link ErrnoException} with the number and the C
   * library's words. Each names the path as the caller gave it.
   *
   * @param file the path, as {@code Path.toString()} shows it
   * @param errno the C library's error number
   * @param reason {@code strerror(errno)}, read only when no JDK exception fits
   */
  static FileSystemException onPath(String file, int errno, IntFunction<String> reason) {
    return switch (errno) {
      case ENOENT -> new NoSuchFileException(file);
      case EACCES -> new AccessDeniedException(file);
      case ENOTDIR -> new NotDirectoryException(file);
      case ELOOP -> new FileSystemLoopException(file);
      default -> new ErrnoException(file, errno, reason.apply(errno));
    };
  }

  private static Map<String, Long> table() {
    Map<String, Long> all = new LinkedHashMap<>();
    all.put("EPERM", (long) EPERM);
    all.put("ENOENT", (long) ENOENT);
    all.put("ESRCH", (long) ESRCH);
    all.put("EINTR", (long) EINTR);
    all.put("EBADF", (long) EBADF);
    all.put("EACCES", (long) EACCES);
    all.put("ENOTDIR", (long) ENOTDIR);
    all.put("EINVAL", (long) EINVAL);
    all.put("ERANGE", (long) ERANGE);
    all.put("ELOOP", (long) ELOOP);
    return Collections.unmodifiableMap(all);
  }
}
