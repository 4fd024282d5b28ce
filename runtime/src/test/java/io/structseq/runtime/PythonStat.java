package io.structseq.runtime;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPython oracle of the stat tests: runs {@code os.stat} / {@code os.lstat} in a real
 * {@code python3} process and returns what it saw, in a line format that needs no JSON parser. Tests
 * that need it call {@link #assumeAvailable()}, which skips them visibly when no CPython is installed.
 */
final class PythonStat {
  private static final String EXECUTABLE = CPython.EXECUTABLE;

  /**
   * For every (mode, path) pair after the field names: a block of lines between BEGIN and END with the
   * error ("error Class ERRNO") or the repr, the visible items and the named fields, each value as its
   * type name and its repr (floats as repr, so Java can parse the exact double back).
   */
  private static final String STAT_SCRIPT = String.join("\n",
      "import errno, os, sys",
      "names = sys.argv[1].split(',')",
      "out = []",
      "args = sys.argv[2:]",
      "for mode, path in zip(args[0::2], args[1::2]):",
      "    if path.startswith('hex:'):",
      "        path = bytes.fromhex(path[4:])",
      "    out.append('BEGIN')",
      "    try:",
      "        r = os.stat(path) if mode == 'stat' else os.lstat(path)",
      "    except OSError as e:",
      "        out.append('error %s %s' % (type(e).__name__, errno.errorcode.get(e.errno, '?')))",
      "    else:",
      "        out.append('repr ' + repr(r))",
      "        for i, v in enumerate(r):",
      "            out.append('item %d %s %r' % (i, type(v).__name__, v))",
      "        for n in names:",
      "            v = getattr(r, n)",
      "            out.append('field %s %s %r' % (n, type(v).__name__, v))",
      "    out.append('END')",
      "sys.stdout.write('\\n'.join(out) + '\\n')",
      "");

  private PythonStat() {}

  /** What CPython reported for one path. */
  record Result(String error, String repr, List<Value> items, Map<String, Value> fields) {
    boolean failed() {
      return error != null;
    }
  }

  /** One value as CPython printed it: its type name ({@code int}, {@code float}, ...) and repr. */
  record Value(String type, String repr) {
    @Override
    public String toString() {
      return type + " " + repr;
    }
  }

  /** Skips the calling test, with a message in the report, when no CPython is installed. */
  static void assumeAvailable() {
    CPython.require();
  }

  /** @return the interpreter the oracle runs */
  static String executable() {
    return EXECUTABLE;
  }

  /**
   * Runs {@code os.stat(path)} ({@code followLinks}) or {@code os.lstat(path)} in CPython.
   *
   * @param path the path, passed as the JDK passes file names to a process
   * @param followLinks stat or lstat
   * @param fieldNames the named fields to read with {@code getattr}
   * @return what CPython saw
   */
  static Result stat(Path path, boolean followLinks, List<String> fieldNames) {
    return stat(path.toString(), followLinks, fieldNames);
  }

  /**
   * {@link #stat(Path, boolean, List)} of a path given as bytes, which need not be valid in any
   * charset; they reach CPython as hex.
   */
  static Result stat(byte[] path, boolean followLinks, List<String> fieldNames) {
    return stat("hex:" + HexFormat.of().formatHex(path), followLinks, fieldNames);
  }

  private static Result stat(String path, boolean followLinks, List<String> fieldNames) {
    List<String> args = new ArrayList<>();
    args.add(String.join(",", fieldNames));
    args.add(followLinks ? "stat" : "lstat");
    args.add(path);
    List<String> lines = run(STAT_SCRIPT, args);
    String error = null;
    String repr = null;
    List<Value> items = new ArrayList<>();
    Map<String, Value> fields = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.split(" ", 4);
      switch (parts[0]) {
        case "error" -> error = parts[1] + " " + parts[2];
        case "repr" -> repr = line.substring("repr ".length());
        case "item" -> items.add(new Value(parts[2], parts[3]));
        case "field" -> fields.put(parts[1], new Value(parts[2], parts[3]));
        case "BEGIN", "END" -> { }
        default -> throw new IllegalStateException("unexpected line from python: " + line);
      }
    }
    return new Result(error, repr, List.copyOf(items), fields);
  }

  /**
   * Sets a file's times with nanosecond precision through {@code os.utime(path, ns=...)}, which also
   * takes times before 1970 (the JDK clamps those to the epoch).
   */
  static void utimeNs(Path path, long atimeNs, long mtimeNs) {
    utimeNs(path, BigInteger.valueOf(atimeNs), BigInteger.valueOf(mtimeNs));
  }

  /** {@link #utimeNs(Path, long, long)} for any time, also those a {@code long} cannot hold. */
  static void utimeNs(Path path, BigInteger atimeNs, BigInteger mtimeNs) {
    run("import os, sys; os.utime(sys.argv[1], ns=(int(sys.argv[2]), int(sys.argv[3])), follow_symlinks=False)",
        List.of(path.toString(), atimeNs.toString(), mtimeNs.toString()));
  }

  /** Creates an empty file whose path is given as bytes (sent to CPython as hex): any bytes but NUL. */
  static void createFile(byte[] path) {
    run("import sys; open(bytes.fromhex(sys.argv[1]), 'x').close()", List.of(HexFormat.of().formatHex(path)));
  }

  /** Creates a symbolic link whose path is given as bytes, like {@link #createFile(byte[])}. */
  static void symlink(String target, byte[] path) {
    run("import os, sys; os.symlink(sys.argv[1], bytes.fromhex(sys.argv[2]))",
        List.of(target, HexFormat.of().formatHex(path)));
  }

  /** Makes a named pipe with {@code os.mkfifo} (the JDK cannot). */
  static void mkfifo(Path path) {
    run("import os, sys; os.mkfifo(sys.argv[1])", List.of(path.toString()));
  }

  private static List<String> run(String script, List<String> args) {
    List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-I", "-c", script));
    command.addAll(args);
    return io.structseq.testing.CPython.output(command, Map.of()).lines().toList();
  }
}
