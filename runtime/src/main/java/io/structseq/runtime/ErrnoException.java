package io.structseq.runtime;

import java.nio.file.FileSystemException;
import org.jspecify.annotations.Nullable;

/**
 * A C library call failed with an {@code errno} that no more specific JDK exception
 * ({@link java.nio.file.NoSuchFileException}, {@link java.nio.file.AccessDeniedException}, ...)
 * describes: the counterpart of CPython's {@code OSError} with its {@code errno}.
 *
 * <p>{@link #getReason()} is the C library's message ({@code strerror(3)}), such as
 * {@code "File name too long"} or {@code "No such process"}; {@link #getFile()} is the path when the
 * call had one, else {@code null}. {@link Errno#of(Throwable)} reads the number and CPython's exception
 * class from this and from the JDK's exceptions alike.
 */
public class ErrnoException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  /** @serial the C library's error number */
  private final int errno;

  /**
   * @param file the path the call was given, or {@code null} when it had none
   * @param errno the C library's error number
   * @param reason the C library's message for it
   */
  public ErrnoException(@Nullable String file, int errno, String reason) {
    super(file, null, reason);
    this.errno = errno;
  }

  /** Returns the C library's error number, as Python's {@code OSError.errno} gives it. */
  public int errno() {
    return errno;
  }

  /**
   * Returns the class of the exception CPython raises for this number (PEP 3151), such as
   *     {@code "ProcessLookupError"}, or {@code "OSError"}; see {@link Errno#pythonException()}.
   */
  public String pythonException() {
    return Errno.of(errno).pythonException();
  }
}
