package io.structseq.runtime;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * An error number of the C library on Linux with what CPython makes of it: its C name
 * ({@code errno.errorcode}), the {@code OSError} subclass CPython raises for it (PEP 3151:
 * {@code FileNotFoundError}, {@code PermissionError}, ...) and its message ({@code os.strerror}).
 * This class holds the one table of them, and the one mapping from an {@code errno} to the exception
 * a caller of the runtime sees (the JDK's {@code UnixException.translateToIOException} in small).
 *
 * <p>The runtime throws the JDK's own exceptions where one fits ({@link NoSuchFileException},
 * {@link AccessDeniedException}, {@link NotDirectoryException}, {@link FileSystemLoopException}), so
 * that code written for {@code java.nio.file} catches them, and an {@link ErrnoException} otherwise.
 * {@link #of(Throwable)} reads the error back from either, and from the same exceptions thrown by the
 * JDK itself (the runtime's {@code java.nio} backend lets the JDK throw them): a program that reports
 * errors as CPython does needs no table of its own.
 *
 * <p>Linux numbers its errors alike on x86_64 and aarch64, glibc and musl ({@code NativeLayoutsTest}
 * checks those the backends test for against the C compilers). The messages are glibc's, as CPython
 * 3.13 on glibc gives them; {@code ErrnoTest} checks every row against the live CPython.
 */
public final class Errno {
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
  /** Numbers only {@link #of(Throwable)} maps from, not checked by {@code layouts.c}. */
  private static final int EEXIST = 17;
  private static final int ENOTEMPTY = 39;

  /**
   * The numbers above that the backends test for, by their C names, as {@code layouts.c} prints
   * them.
   */
  static final Map<String, Long> TABLE = table();

  /** Every error number CPython's {@code errno} module knows on Linux, in order. */
  private static final Errno[] ROWS = {
    row(1, "EPERM", "PermissionError", "Operation not permitted"),
    row(2, "ENOENT", "FileNotFoundError", "No such file or directory"),
    row(3, "ESRCH", "ProcessLookupError", "No such process"),
    row(4, "EINTR", "InterruptedError", "Interrupted system call"),
    row(5, "EIO", "OSError", "Input/output error"),
    row(6, "ENXIO", "OSError", "No such device or address"),
    row(7, "E2BIG", "OSError", "Argument list too long"),
    row(8, "ENOEXEC", "OSError", "Exec format error"),
    row(9, "EBADF", "OSError", "Bad file descriptor"),
    row(10, "ECHILD", "ChildProcessError", "No child processes"),
    row(11, "EAGAIN", "BlockingIOError", "Resource temporarily unavailable"),
    row(12, "ENOMEM", "OSError", "Cannot allocate memory"),
    row(13, "EACCES", "PermissionError", "Permission denied"),
    row(14, "EFAULT", "OSError", "Bad address"),
    row(15, "ENOTBLK", "OSError", "Block device required"),
    row(16, "EBUSY", "OSError", "Device or resource busy"),
    row(17, "EEXIST", "FileExistsError", "File exists"),
    row(18, "EXDEV", "OSError", "Invalid cross-device link"),
    row(19, "ENODEV", "OSError", "No such device"),
    row(20, "ENOTDIR", "NotADirectoryError", "Not a directory"),
    row(21, "EISDIR", "IsADirectoryError", "Is a directory"),
    row(22, "EINVAL", "OSError", "Invalid argument"),
    row(23, "ENFILE", "OSError", "Too many open files in system"),
    row(24, "EMFILE", "OSError", "Too many open files"),
    row(25, "ENOTTY", "OSError", "Inappropriate ioctl for device"),
    row(26, "ETXTBSY", "OSError", "Text file busy"),
    row(27, "EFBIG", "OSError", "File too large"),
    row(28, "ENOSPC", "OSError", "No space left on device"),
    row(29, "ESPIPE", "OSError", "Illegal seek"),
    row(30, "EROFS", "OSError", "Read-only file system"),
    row(31, "EMLINK", "OSError", "Too many links"),
    row(32, "EPIPE", "BrokenPipeError", "Broken pipe"),
    row(33, "EDOM", "OSError", "Numerical argument out of domain"),
    row(34, "ERANGE", "OSError", "Numerical result out of range"),
    row(35, "EDEADLOCK", "OSError", "Resource deadlock avoided"),
    row(36, "ENAMETOOLONG", "OSError", "File name too long"),
    row(37, "ENOLCK", "OSError", "No locks available"),
    row(38, "ENOSYS", "OSError", "Function not implemented"),
    row(39, "ENOTEMPTY", "OSError", "Directory not empty"),
    row(40, "ELOOP", "OSError", "Too many levels of symbolic links"),
    row(42, "ENOMSG", "OSError", "No message of desired type"),
    row(43, "EIDRM", "OSError", "Identifier removed"),
    row(44, "ECHRNG", "OSError", "Channel number out of range"),
    row(45, "EL2NSYNC", "OSError", "Level 2 not synchronized"),
    row(46, "EL3HLT", "OSError", "Level 3 halted"),
    row(47, "EL3RST", "OSError", "Level 3 reset"),
    row(48, "ELNRNG", "OSError", "Link number out of range"),
    row(49, "EUNATCH", "OSError", "Protocol driver not attached"),
    row(50, "ENOCSI", "OSError", "No CSI structure available"),
    row(51, "EL2HLT", "OSError", "Level 2 halted"),
    row(52, "EBADE", "OSError", "Invalid exchange"),
    row(53, "EBADR", "OSError", "Invalid request descriptor"),
    row(54, "EXFULL", "OSError", "Exchange full"),
    row(55, "ENOANO", "OSError", "No anode"),
    row(56, "EBADRQC", "OSError", "Invalid request code"),
    row(57, "EBADSLT", "OSError", "Invalid slot"),
    row(59, "EBFONT", "OSError", "Bad font file format"),
    row(60, "ENOSTR", "OSError", "Device not a stream"),
    row(61, "ENODATA", "OSError", "No data available"),
    row(62, "ETIME", "OSError", "Timer expired"),
    row(63, "ENOSR", "OSError", "Out of streams resources"),
    row(64, "ENONET", "OSError", "Machine is not on the network"),
    row(65, "ENOPKG", "OSError", "Package not installed"),
    row(66, "EREMOTE", "OSError", "Object is remote"),
    row(67, "ENOLINK", "OSError", "Link has been severed"),
    row(68, "EADV", "OSError", "Advertise error"),
    row(69, "ESRMNT", "OSError", "Srmount error"),
    row(70, "ECOMM", "OSError", "Communication error on send"),
    row(71, "EPROTO", "OSError", "Protocol error"),
    row(72, "EMULTIHOP", "OSError", "Multihop attempted"),
    row(73, "EDOTDOT", "OSError", "RFS specific error"),
    row(74, "EBADMSG", "OSError", "Bad message"),
    row(75, "EOVERFLOW", "OSError", "Value too large for defined data type"),
    row(76, "ENOTUNIQ", "OSError", "Name not unique on network"),
    row(77, "EBADFD", "OSError", "File descriptor in bad state"),
    row(78, "EREMCHG", "OSError", "Remote address changed"),
    row(79, "ELIBACC", "OSError", "Can not access a needed shared library"),
    row(80, "ELIBBAD", "OSError", "Accessing a corrupted shared library"),
    row(81, "ELIBSCN", "OSError", ".lib section in a.out corrupted"),
    row(82, "ELIBMAX", "OSError", "Attempting to link in too many shared libraries"),
    row(83, "ELIBEXEC", "OSError", "Cannot exec a shared library directly"),
    row(84, "EILSEQ", "OSError", "Invalid or incomplete multibyte or wide character"),
    row(85, "ERESTART", "OSError", "Interrupted system call should be restarted"),
    row(86, "ESTRPIPE", "OSError", "Streams pipe error"),
    row(87, "EUSERS", "OSError", "Too many users"),
    row(88, "ENOTSOCK", "OSError", "Socket operation on non-socket"),
    row(89, "EDESTADDRREQ", "OSError", "Destination address required"),
    row(90, "EMSGSIZE", "OSError", "Message too long"),
    row(91, "EPROTOTYPE", "OSError", "Protocol wrong type for socket"),
    row(92, "ENOPROTOOPT", "OSError", "Protocol not available"),
    row(93, "EPROTONOSUPPORT", "OSError", "Protocol not supported"),
    row(94, "ESOCKTNOSUPPORT", "OSError", "Socket type not supported"),
    row(95, "ENOTSUP", "OSError", "Operation not supported"),
    row(96, "EPFNOSUPPORT", "OSError", "Protocol family not supported"),
    row(97, "EAFNOSUPPORT", "OSError", "Address family not supported by protocol"),
    row(98, "EADDRINUSE", "OSError", "Address already in use"),
    row(99, "EADDRNOTAVAIL", "OSError", "Cannot assign requested address"),
    row(100, "ENETDOWN", "OSError", "Network is down"),
    row(101, "ENETUNREACH", "OSError", "Network is unreachable"),
    row(102, "ENETRESET", "OSError", "Network dropped connection on reset"),
    row(103, "ECONNABORTED", "ConnectionAbortedError", "Software caused connection abort"),
    row(104, "ECONNRESET", "ConnectionResetError", "Connection reset by peer"),
    row(105, "ENOBUFS", "OSError", "No buffer space available"),
    row(106, "EISCONN", "OSError", "Transport endpoint is already connected"),
    row(107, "ENOTCONN", "OSError", "Transport endpoint is not connected"),
    row(108, "ESHUTDOWN", "BrokenPipeError", "Cannot send after transport endpoint shutdown"),
    row(109, "ETOOMANYREFS", "OSError", "Too many references: cannot splice"),
    row(110, "ETIMEDOUT", "TimeoutError", "Connection timed out"),
    row(111, "ECONNREFUSED", "ConnectionRefusedError", "Connection refused"),
    row(112, "EHOSTDOWN", "OSError", "Host is down"),
    row(113, "EHOSTUNREACH", "OSError", "No route to host"),
    row(114, "EALREADY", "BlockingIOError", "Operation already in progress"),
    row(115, "EINPROGRESS", "BlockingIOError", "Operation now in progress"),
    row(116, "ESTALE", "OSError", "Stale file handle"),
    row(117, "EUCLEAN", "OSError", "Structure needs cleaning"),
    row(118, "ENOTNAM", "OSError", "Not a XENIX named type file"),
    row(119, "ENAVAIL", "OSError", "No XENIX semaphores available"),
    row(120, "EISNAM", "OSError", "Is a named type file"),
    row(121, "EREMOTEIO", "OSError", "Remote I/O error"),
    row(122, "EDQUOT", "OSError", "Disk quota exceeded"),
    row(123, "ENOMEDIUM", "OSError", "No medium found"),
    row(124, "EMEDIUMTYPE", "OSError", "Wrong medium type"),
    row(125, "ECANCELED", "OSError", "Operation canceled"),
    row(126, "ENOKEY", "OSError", "Required key not available"),
    row(127, "EKEYEXPIRED", "OSError", "Key has expired"),
    row(128, "EKEYREVOKED", "OSError", "Key has been revoked"),
    row(129, "EKEYREJECTED", "OSError", "Key was rejected by service"),
    row(130, "EOWNERDEAD", "OSError", "Owner died"),
    row(131, "ENOTRECOVERABLE", "OSError", "State not recoverable"),
    row(132, "ERFKILL", "OSError", "Operation not possible due to RF-kill")
  };

  private static final Map<Integer, Errno> BY_NUMBER = index(ROWS);
  private static final Map<String, Errno> BY_MESSAGE = by(ROWS, Errno::message);
  private static final Map<String, Errno> BY_NAME = by(ROWS, Errno::name);

  private final int number;
  private final String name;
  private final String pythonException;
  private final String message;

  private Errno(int number, String name, String pythonException, String message) {
    this.number = number;
    this.name = name;
    this.pythonException = pythonException;
    this.message = message;
  }

  private static Errno row(int number, String name, String pythonException, String message) {
    return new Errno(number, name, pythonException, message);
  }

  /**
   * The error of a number. A number Linux does not define still has one, as in CPython: no C name,
   * {@code OSError}, and glibc's {@code "Unknown error N"} ({@code "Success"} for 0).
   *
   * @param number an {@code errno} value
   * @return its error
   */
  public static Errno of(int number) {
    Errno known = BY_NUMBER.get(number);
    if (known != null) {
      return known;
    }
    return new Errno(number, "", "OSError", number == 0 ? "Success" : "Unknown error " + number);
  }

  /**
   * The error of a C name, as {@code errno.errorcode} gives it on Linux.
   *
   * @param name a C name, such as {@code "EFAULT"}
   * @return its error, or empty when Linux defines no error of that name
   */
  public static Optional<Errno> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * The C library's error behind an exception of the runtime or of {@code java.nio.file}: the number
   * an {@link ErrnoException} carries; the number the runtime and the JDK map to
   * {@link NoSuchFileException} ({@code ENOENT}), {@link AccessDeniedException} ({@code EACCES}),
   * {@link NotDirectoryException} ({@code ENOTDIR}), {@link FileSystemLoopException}
   * ({@code ELOOP}), {@link FileAlreadyExistsException} ({@code EEXIST}) and
   * {@link DirectoryNotEmptyException} ({@code ENOTEMPTY}); else the number whose message is a
   * {@link FileSystemException}'s reason, as the JDK reports {@code strerror} without the number.
   *
   * @param e any exception
   * @return its error, or empty when it carries none of the C library
   */
  public static Optional<Errno> of(Throwable e) {
    if (e instanceof ErrnoException errnoException) {
      return Optional.of(of(errnoException.errno()));
    } else if (e instanceof NoSuchFileException) {
      return Optional.of(of(ENOENT));
    } else if (e instanceof AccessDeniedException) {
      return Optional.of(of(EACCES));
    } else if (e instanceof NotDirectoryException) {
      return Optional.of(of(ENOTDIR));
    } else if (e instanceof FileSystemLoopException) {
      return Optional.of(of(ELOOP));
    } else if (e instanceof FileAlreadyExistsException) {
      return Optional.of(of(EEXIST));
    } else if (e instanceof DirectoryNotEmptyException) {
      return Optional.of(of(ENOTEMPTY));
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return Optional.ofNullable(BY_MESSAGE.get(fs.getReason()));
    }
    return Optional.empty();
  }

  /** Returns the number, as Python's {@code OSError.errno} gives it. */
  public int number() {
    return number;
  }

  /**
   * Returns the C name, such as {@code "ENOENT"}, as {@code errno.errorcode} gives it; {@code ""} for
   *     a number Linux does not define.
   */
  public String name() {
    return name;
  }

  /**
   * Returns the class of the exception CPython raises for this number (PEP 3151), such as
   *     {@code "FileNotFoundError"}; {@code "OSError"} where no subclass is more specific.
   */
  public String pythonException() {
    return pythonException;
  }

  /**
   * Returns glibc's message, as {@code strerror(3)} and CPython's {@code os.strerror} give it, such
   *     as {@code "No such file or directory"}.
   */
  public String message() {
    return message;
  }

  /**
   * @return as CPython's {@code str(OSError(n, os.strerror(n)))}:
   *     {@code "[Errno 2] No such file or directory"}
   */
  @Override
  public String toString() {
    return "[Errno " + number + "] " + message;
  }

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

  /**
   * An {@link ErrnoException} with this table's message, for errors the runtime finds itself
   * (a pid out of range, a process {@code /proc} does not list) rather than hears from the C library.
   */
  static ErrnoException exception(int errno) {
    return new ErrnoException(null, errno, of(errno).message());
  }

  private static Map<Integer, Errno> index(Errno[] rows) {
    Map<Integer, Errno> all = new HashMap<>();
    for (Errno row : rows) {
      all.put(row.number, row);
    }
    return Collections.unmodifiableMap(all);
  }

  private static Map<String, Errno> by(Errno[] rows, Function<Errno, String> key) {
    Map<String, Errno> all = new HashMap<>();
    for (Errno row : rows) {
      all.put(key.apply(row), row);
    }
    return Collections.unmodifiableMap(all);
  }

  /** Every row of the table, in order. */
  static Errno[] rows() {
    return ROWS.clone();
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
