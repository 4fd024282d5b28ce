package io.structseq.samples.pyos;

import io.structseq.PyRepr;
import io.structseq.runtime.Errno;
import io.structseq.runtime.Grp;
import io.structseq.runtime.Os;
import io.structseq.runtime.Pwd;
import io.structseq.runtime.Resource;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.Sys;
import io.structseq.runtime.Time;
import io.structseq.samples.cli.Tool;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * {@code pyos}: runs one of CPython's functions that return a struct sequence through the structseq
 * runtime and prints what {@code python3 -c 'print(FUNCTION(ARG...))'} prints.
 *
 * <pre>
 * pyos FUNCTION [ARG...]
 * </pre>
 *
 * <p>An argument that reads as an integer ({@code [+-]?[0-9]+}) is a Python {@code int}, any other a
 * {@code str}; {@code sys.*} attributes take no argument and are not called. A failure prints the last
 * line of the traceback CPython would print ({@code KeyError: "getpwnam(): name not found: 'x'"})
 * after {@code pyos: } on stderr and exits 1, with CPython's exception class and words; bad usage exits
 * 2 with a usage text.
 */
public final class PyOs {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The functions, in the order the help lists them. */
  private static final List<String> FUNCTIONS = List.of("os.stat", "os.lstat", "os.statvfs",
      "os.uname", "os.times", "os.get_terminal_size", "os.sched_getparam", "time.gmtime",
      "time.localtime", "resource.getrusage", "pwd.getpwnam", "pwd.getpwuid", "pwd.getpwall",
      "grp.getgrnam", "grp.getgrgid", "grp.getgrall", "sys.version_info", "sys.float_info",
      "sys.thread_info");

  private PyOs() {}

  /**
   * The last line of a Python traceback: an exception class and its message, such as
   * {@code FileNotFoundError: [Errno 2] No such file or directory: '/x'}.
   */
  static final class PythonError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PythonError(String type, String message) {
      super(type + ": " + message, null, false, false);
    }
  }

  /**
   * Runs one function, given its arguments as Python values: {@code String} or {@code BigInteger}.
   * A switch, not a table of lambdas: each lambda costs its linkage at every start.
   */
  private static Object call(String function, List<Object> args) throws IOException {
    switch (function) {
      case "os.stat" -> {
        Object path = pathArgument("stat", args);
        return path instanceof String name ? stat(name, true) : Os.stat(fdPath("stat", path));
      }
      case "os.lstat" -> {
        Object path = pathArgument("lstat", args);
        if (!(path instanceof String name)) {
          throw typeError("lstat: path should be string, bytes or os.PathLike, not int");
        }
        return stat(name, false);
      }
      case "os.statvfs" -> {
        if (args.isEmpty()) {
          throw typeError("statvfs() missing required argument 'path' (pos 1)");
        }
        atMost("statvfs", 1, args);
        Object path = args.get(0);
        if (!(path instanceof String name)) {
          return Os.statvfs(fdPath("statvfs", path));
        }
        try {
          return Os.statvfs(cPath(name));
        } catch (FileSystemException e) {
          throw Tool.rename(e, name);
        }
      }
      case "os.uname" -> {
        none("posix.uname", args);
        return Os.uname();
      }
      case "os.times" -> {
        none("posix.times", args);
        return Os.times();
      }
      case "os.get_terminal_size" -> {
        if (args.size() > 1) {
          throw typeError("get_terminal_size expected at most 1 argument, got " + args.size());
        }
        if (args.isEmpty()) {
          return Os.getTerminalSize();
        }
        int fd = cInt(args.get(0));
        standardStream("get_terminal_size", fd);
        return Os.getTerminalSize(fd);
      }
      case "os.sched_getparam" -> {
        exactlyOne("posix.sched_getparam", args);
        BigInteger pid = cLong(args.get(0));
        if (pid.compareTo(INT_MAX) > 0) {
          throw new PythonError("OverflowError", "signed integer is greater than maximum");
        } else if (pid.compareTo(INT_MIN) < 0) {
          throw new PythonError("OverflowError", "signed integer is less than minimum");
        }
        return Os.schedGetparam(pid.longValue());
      }
      case "time.gmtime" -> {
        atMost("gmtime", 1, args);
        return Time.gmtime(epochSeconds(args));
      }
      case "time.localtime" -> {
        atMost("localtime", 1, args);
        return Time.localtime(epochSeconds(args));
      }
      case "resource.getrusage" -> {
        exactlyOne("resource.getrusage", args);
        return Resource.getrusage(cInt(args.get(0)));
      }
      case "pwd.getpwnam" -> {
        exactlyOne("pwd.getpwnam", args);
        if (!(args.get(0) instanceof String)) {
          throw typeError("getpwnam() argument must be str, not int");
        }
        return Pwd.getpwnam((String) args.get(0));
      }
      case "pwd.getpwuid" -> {
        exactlyOne("pwd.getpwuid", args);
        if (!(args.get(0) instanceof BigInteger)) {
          throw typeError("uid should be integer, not str");
        }
        BigInteger uid = (BigInteger) args.get(0);
        // Beyond a long no uid_t can match: the runtime says "not found" for any id out of range.
        return Pwd.getpwuid(fits(uid, LONG_MIN, LONG_MAX) ? uid.longValue() : -2);
      }
      case "pwd.getpwall" -> {
        none("pwd.getpwall", args);
        return Pwd.getpwall();
      }
      case "grp.getgrnam" -> {
        oneNamed("getgrnam", "name", args);
        if (!(args.get(0) instanceof String)) {
          throw typeError("getgrnam() argument 1 must be str, not int");
        }
        return Grp.getgrnam((String) args.get(0));
      }
      case "grp.getgrgid" -> {
        oneNamed("getgrgid", "id", args);
        if (!(args.get(0) instanceof BigInteger)) {
          throw typeError("gid should be integer, not str");
        }
        BigInteger gid = (BigInteger) args.get(0);
        if (gid.compareTo(BigInteger.valueOf(0xFFFF_FFFFL)) > 0 && !fits(gid, LONG_MIN, LONG_MAX)) {
          throw new PythonError("OverflowError", "gid is greater than maximum");
        } else if (!fits(gid, BigInteger.valueOf(-1), BigInteger.valueOf(0xFFFF_FFFFL))) {
          throw new PythonError("OverflowError", "gid is less than minimum"); // sic, as CPython 3.13
        }
        return Grp.getgrgid(gid.longValue());
      }
      case "grp.getgrall" -> {
        none("grp.getgrall", args);
        return Grp.getgrall();
      }
      case "sys.version_info" -> {
        return attribute("sys.version_info", args, Sys::versionInfo);
      }
      case "sys.float_info" -> {
        return attribute("sys.float_info", args, Sys::floatInfo);
      }
      case "sys.thread_info" -> {
        return attribute("sys.thread_info", args, Sys::threadInfo);
      }
      default -> throw new IllegalStateException("no function " + function);
    }
  }

  private static final String USAGE_TEXT = "usage: pyos FUNCTION [ARG...]\n";

  private static String helpText() {
    return USAGE_TEXT + String.join("\n",
        "Print FUNCTION(ARG...) as python3 -c 'print(FUNCTION(ARG...))' prints it.",
        "An ARG that reads as an integer is an int, any other a str; sys.* attributes take no ARG.",
        "",
        "functions: " + String.join(", ", FUNCTIONS),
        "",
        "Exit status: 0 on success; 1 if the call failed (CPython's error on stderr after 'pyos: ');",
        "2 for bad usage.",
        "");
  }

  /**
   * Runs pyos and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Tool.Streams io = Tool.standardStreams();
    io.exit(run(args, io.out(), io.err()));
  }

  /**
   * Runs pyos with the given streams.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print("pyos: no FUNCTION given\n" + helpText());
      return USAGE;
    }
    if (args[0].equals("-h") || args[0].equals("--help")) {
      err.print(helpText());
      return USAGE;
    }
    if (!FUNCTIONS.contains(args[0])) {
      err.print("pyos: unknown function '" + args[0] + "'\n" + helpText());
      return USAGE;
    }
    List<Object> values = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      values.add(isInteger(args[i]) ? new BigInteger(args[i]) : args[i]);
    }
    String line;
    try {
      line = String.valueOf(call(args[0], values));
    } catch (PythonError e) {
      return failed(err, e.getMessage());
    } catch (IOException e) {
      return failed(err, pythonError(e));
    } catch (UncheckedIOException e) {
      return failed(err, pythonError(e.getCause()));
    } catch (NoSuchElementException e) {
      return failed(err, "KeyError: " + PyRepr.reprString(e.getMessage()));
    } catch (IllegalArgumentException e) {
      return failed(err, "ValueError: " + e.getMessage());
    } catch (ArithmeticException e) { // a year beyond a C int: glibc's gmtime says EOVERFLOW
      return failed(err, osError("EOVERFLOW", "").getMessage());
    } catch (UnsupportedOperationException e) {
      return failed(err, e.getMessage());
    }
    out.print(line + "\n");
    return OK;
  }

  private static int failed(PrintStream err, String message) {
    err.print("pyos: " + message + "\n");
    err.flush();
    return FAILED;
  }

  /** CPython's {@code OSError} subclass and message for an exception of the runtime. */
  static String pythonError(IOException e) {
    Tool.CError error = Tool.cError(e);
    if (error == null) {
      return "OSError: " + e.getMessage();
    }
    String file = e instanceof FileSystemException fileSystem ? fileSystem.getFile() : null;
    StringBuilder sb = new StringBuilder(error.pythonException()).append(": ");
    if (error.errno() > 0) {
      sb.append("[Errno ").append(error.errno()).append("] ");
    }
    sb.append(error.reason());
    if (file != null) {
      sb.append(": ").append(PyRepr.reprString(file));
    }
    return sb.toString();
  }

  private static PythonError typeError(String message) {
    return new PythonError("TypeError", message);
  }

  private static void none(String function, List<Object> args) {
    if (!args.isEmpty()) {
      throw typeError(function + "() takes no arguments (" + args.size() + " given)");
    }
  }

  private static void exactlyOne(String function, List<Object> args) {
    if (args.size() != 1) {
      throw typeError(function + "() takes exactly one argument (" + args.size() + " given)");
    }
  }

  private static void atMost(String function, int max, List<Object> args) {
    if (args.size() > max) {
      throw typeError(function + "() takes at most " + max + " argument" + (max == 1 ? "" : "s")
          + " (" + args.size() + " given)");
    }
  }

  private static void oneNamed(String function, String parameter, List<Object> args) {
    if (args.isEmpty()) {
      throw typeError(function + "() missing required argument '" + parameter + "' (pos 1)");
    }
    atMost(function, 1, args);
  }

  private static Object pathArgument(String function, List<Object> args) {
    if (args.isEmpty()) {
      throw typeError(function + "() missing required argument 'path' (pos 1)");
    } else if (args.size() > 1) {
      throw typeError(function + "() takes exactly 1 positional argument (" + args.size()
          + " given)");
    }
    return args.get(0);
  }

  private static Object attribute(String name, List<Object> args, Supplier<?> value) {
    if (!args.isEmpty()) {
      throw typeError("'" + name + "' object is not callable");
    }
    return value.get();
  }

  /** Whether an argument reads as a Python int: {@code [+-]?[0-9]+}. */
  private static boolean isInteger(String arg) {
    int start = !arg.isEmpty() && (arg.charAt(0) == '+' || arg.charAt(0) == '-') ? 1 : 0;
    if (start == arg.length()) {
      return false;
    }
    for (int i = start; i < arg.length(); i++) {
      if (arg.charAt(i) < '0' || arg.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(BigInteger value, BigInteger min, BigInteger max) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** An argument converted as CPython's {@code int} converter for a C {@code int} does. */
  private static int cInt(Object arg) {
    if (!(arg instanceof BigInteger value)) {
      throw typeError("'str' object cannot be interpreted as an integer");
    }
    if (!fits(value, INT_MIN, INT_MAX)) {
      throw new PythonError("OverflowError", "Python int too large to convert to C int");
    }
    return value.intValue();
  }

  private static BigInteger cLong(Object arg) {
    if (!(arg instanceof BigInteger value)) {
      throw typeError("'str' object cannot be interpreted as an integer");
    }
    if (!fits(value, LONG_MIN, LONG_MAX)) {
      throw new PythonError("OverflowError", "Python int too large to convert to C long");
    }
    return value;
  }

  /** The seconds of {@code time.gmtime([secs])}: the argument, or now, floored as CPython does. */
  private static long epochSeconds(List<Object> args) {
    if (args.isEmpty()) {
      return Math.floorDiv(System.currentTimeMillis(), 1000);
    }
    Object arg = args.get(0);
    if (!(arg instanceof BigInteger value)) {
      throw typeError("'str' object cannot be interpreted as an integer");
    }
    if (!fits(value, LONG_MIN, LONG_MAX)) {
      throw new PythonError("OverflowError", "timestamp out of range for platform time_t");
    }
    return value.longValue();
  }

  /** {@link Tool#cPath}, with CPython's words for an embedded NUL. */
  private static Path cPath(String path) throws IOException {
    try {
      return Tool.cPath(path);
    } catch (InvalidPathException e) { // an embedded NUL, which a command line cannot hold
      throw new PythonError("ValueError", "embedded null character in path");
    }
  }

  private static StatResult stat(String path, boolean follow) throws IOException {
    try {
      return Tool.stat(path, follow);
    } catch (InvalidPathException e) {
      throw new PythonError("ValueError", "embedded null character in path");
    }
  }

  /**
   * The file behind a file descriptor argument of {@code os.stat(fd)} or {@code os.statvfs(fd)}, read
   * through {@code /proc/self/fd}, whose links the kernel resolves to the open file itself. Only the
   * standard streams are the caller's: from 3 up the JVM holds its own files.
   */
  private static Path fdPath(String function, Object arg) throws IOException {
    BigInteger value = (BigInteger) arg;
    if (value.compareTo(INT_MAX) > 0) {
      throw new PythonError("OverflowError", "fd is greater than maximum");
    } else if (value.compareTo(INT_MIN) < 0) {
      throw new PythonError("OverflowError", "fd is less than minimum");
    }
    int fd = value.intValue();
    if (fd == -1) { // CPython then passes no file descriptor at all, and the C library says EFAULT
      throw osError("EFAULT", ": -1");
    } else if (fd < 0) {
      throw badFileDescriptor(fd);
    }
    standardStream(function, fd);
    Path path = Path.of("/proc/self/fd/" + fd);
    try {
      Os.lstat(path);
    } catch (NoSuchFileException e) {
      throw badFileDescriptor(fd);
    }
    return path;
  }

  private static PythonError badFileDescriptor(int fd) {
    return osError("EBADF", ": " + fd);
  }

  /** CPython's error for a C name, {@code [Errno N] words} and then {@code suffix}. */
  private static PythonError osError(String name, String suffix) {
    Errno error = Errno.named(name).orElseThrow();
    return new PythonError(error.pythonException(), error + suffix);
  }

  private static void standardStream(String function, int fd) {
    if (fd > 2) {
      throw new UnsupportedOperationException(function + "(" + fd + "): pyos reads only the file"
          + " descriptors 0, 1 and 2; from 3 up the JVM holds files of its own");
    }
  }
}
