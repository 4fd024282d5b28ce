package io.structseq.samples.pystat;

import io.structseq.PyRepr;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.StatResultRecord;
import io.structseq.runtime.Sys;
import io.structseq.samples.cli.Tool;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code pystat}: prints {@code os.stat_result} of files exactly as Python prints them, read by
 * {@link Os#lstat(Path)} or {@link Os#stat(Path)}.
 *
 * <pre>
 * pystat [-L] [--field NAME | --json] PATH...
 * pystat --version-info
 * </pre>
 *
 * <p>{@code pystat PATH...} prints what
 * {@code python3 -c 'import os,sys; [print(os.lstat(p)) for p in sys.argv[1:]]' PATH...} prints, byte
 * for byte; {@code -L} follows symbolic links ({@code os.stat}). Exit status: 0 when every path was
 * read, 1 when some could not be (each reported on stderr as {@code pystat: cannot stat 'PATH':
 * No such file or directory}), 2 for bad usage.
 */
public final class PyStat {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT = """
      usage: pystat [-L] [--field NAME | --json] PATH...
             pystat --version-info
      """;

  /** The help; built only when asked for, since listing the fields costs a stream at start-up. */
  private static String helpText() {
    return String.join("\n",
        "Print os.stat_result of each PATH as Python's print(os.lstat(PATH)) does.",
        "",
        "options:",
        "  -L, --dereference  follow symbolic links, as os.stat (default: os.lstat)",
        "  --field NAME       print only the named field, as Python's repr() of its value",
        "                     (" + String.join(", ", fieldNames()) + ")",
        "  --json             print every named field as one JSON object per path",
        "  --version-info     print the running Java version as sys.version_info",
        "  -h, --help         show this help",
        "",
        "Exit status: 0 if every PATH was read, 1 if some could not be, 2 for bad usage.",
        "");
  }

  private PyStat() {}

  /** What the command line asks for. */
  private static final class Options {
    boolean follow;
    boolean json;
    boolean versionInfo;
    boolean help;
    String field;
    final List<String> paths = new ArrayList<>();
  }

  /**
   * Runs pystat and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Tool.Streams io = Tool.standardStreams();
    io.exit(run(args, io.out(), io.err()));
  }

  /**
   * Runs pystat with the given streams.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status: {@link #OK}, {@link #SOME_FAILED} or {@link #USAGE}
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.print("pystat: " + e.getMessage() + "\n" + USAGE_TEXT);
      err.flush();
      return USAGE;
    }
    if (options.help) {
      out.print(USAGE_TEXT + "\n" + helpText() + "stat backend of this JVM: " + Os.backend() + "\n");
      return OK;
    }
    if (options.versionInfo) {
      out.print(Sys.versionInfo() + "\n");
      return OK;
    }
    int status = OK;
    for (String path : options.paths) {
      try {
        StatResult result = Tool.stat(path, options.follow);
        if (options.field != null) {
          out.print(PyRepr.repr(result.get(options.field)) + "\n");
        } else if (options.json) {
          out.print(Json.object(result.asMap()) + "\n");
        } else {
          out.print(result + "\n");
        }
      } catch (IOException | InvalidPathException e) {
        out.flush(); // keep stdout and stderr in order on a terminal
        err.print("pystat: cannot stat '" + path + "': " + reason(e) + "\n");
        err.flush();
        status = SOME_FAILED;
      }
    }
    return status;
  }

  private static Options parse(String[] args) {
    Options options = new Options();
    boolean onlyPaths = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (onlyPaths || !arg.startsWith("-") || arg.equals("-")) {
        options.paths.add(arg);
      } else if (arg.equals("--")) {
        onlyPaths = true;
      } else if (arg.equals("-L") || arg.equals("--dereference")) {
        options.follow = true;
      } else if (arg.equals("--json")) {
        options.json = true;
      } else if (arg.equals("--version-info")) {
        options.versionInfo = true;
      } else if (arg.equals("-h") || arg.equals("--help")) {
        options.help = true;
      } else if (arg.equals("--field") || arg.startsWith("--field=")) {
        String name;
        if (arg.equals("--field")) {
          if (++i == args.length) {
            throw new IllegalArgumentException("option --field needs a field name");
          }
          name = args[i];
        } else {
          name = arg.substring("--field=".length());
        }
        if (StatResultRecord.TYPE.field(name).isEmpty()) {
          throw new IllegalArgumentException("unknown field '" + name + "'; the fields are "
              + String.join(", ", fieldNames()));
        }
        options.field = name;
      } else {
        throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    if (options.help) {
      return options;
    }
    if (options.field != null && options.json) {
      throw new IllegalArgumentException("--field and --json cannot be combined");
    }
    if (options.versionInfo) {
      if (!options.paths.isEmpty() || options.field != null || options.json || options.follow) {
        throw new IllegalArgumentException("--version-info takes no other arguments");
      }
      return options;
    }
    if (options.paths.isEmpty()) {
      throw new IllegalArgumentException("no PATH given");
    }
    return options;
  }

  private static List<String> fieldNames() {
    return StatResultRecord.TYPE.fields().stream()
        .filter(f -> !f.isUnnamed())
        .map(f -> f.name())
        .collect(Collectors.toList());
  }

  /** The C library's words for an error, as {@code strerror} gives them. */
  static String reason(Exception e) {
    if (e instanceof InvalidPathException) { // an embedded NUL
      return "embedded null byte";
    }
    Tool.CError error = Tool.cError((IOException) e);
    return error != null ? error.reason() : String.valueOf(e.getMessage());
  }

  /** Minimal JSON output in Python's {@code json.dumps} style: {@code {"a": 1, "b": null}}. */
  static final class Json {
    private Json() {}

    static String object(Map<String, ?> map) {
      StringBuilder sb = new StringBuilder("{");
      map.forEach((key, value) -> {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        string(sb, key).append(": ");
        value(sb, value);
      });
      return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object value) {
      if (value == null) {
        sb.append("null");
      } else if (value instanceof Boolean) {
        sb.append((boolean) value ? "true" : "false");
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        // json.dumps writes float('nan') as NaN and infinities as Infinity; so do we.
        sb.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
            : PyRepr.repr(d));
      } else if (value instanceof Number) {
        sb.append(value);
      } else {
        string(sb, value.toString());
      }
    }

    private static StringBuilder string(StringBuilder sb, String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          case '\b' -> sb.append("\\b");
          case '\f' -> sb.append("\\f");
          default -> {
            if (c < 0x20 || c > 0x7E) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      return sb.append('"');
    }
  }
}
