package io.structseq.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPython oracle of the C library calls ({@link PosixBackend}): evaluates Python expressions ({@code os.statvfs('/')},
 * {@code sys.float_info}) in a real {@code python3} and returns, for each, the error CPython raised or
 * the struct sequence's repr, its type's name and docstring, and every member (visible and hidden)
 * with its docstring and value. Strings that may hold anything travel hex-encoded, so no parser is
 * needed.
 */
final class PythonPosix {
  private static final String SCRIPT = String.join("\n",
      "import os, resource, sys",
      "h = lambda s: (s or '').encode('utf-8', 'surrogateescape').hex() or '-'",
      "out = []",
      "for expr in sys.argv[1:]:",
      "    out.append('BEGIN')",
      "    try:",
      "        r = eval(expr)",
      "    except Exception as e:",
      "        out.append('error %s %s %s' % (type(e).__name__, getattr(e, 'errno', None), h(str(e))))",
      "    else:",
      "        t = type(r)",
      "        out.append('repr ' + repr(r))",
      "        out.append('type %s.%s %d %d %s' % (t.__module__, t.__name__, t.n_sequence_fields,",
      "                   t.n_fields, h(t.__doc__)))",
      "        for n, d in t.__dict__.items():",
      "            if type(d).__name__ == 'member_descriptor':",
      "                v = getattr(r, n)",
      "                out.append('member %s %s %s %s %r' % (n, 'visible' if n in t.__match_args__",
      "                           else 'hidden', h(d.__doc__), type(v).__name__, v))",
      "    out.append('END')",
      "sys.stdout.write('\\n'.join(out) + '\\n')",
      "");

  private PythonPosix() {}

  /** What CPython gave for one expression: an error, or a struct sequence. */
  record Result(String error, Integer errno, String message, String repr, String typeName,
      int sequenceSize, int fieldCount, String doc, Map<String, Member> members) {
    boolean failed() {
      return error != null;
    }
  }

  /** One member of a struct sequence type, in CPython's order. */
  record Member(String name, boolean hidden, String doc, String type, String repr) {}

  /** Evaluates each expression in one CPython process; skips the test when there is no CPython. */
  static List<Result> eval(String... expressions) {
    List<String> command = new ArrayList<>(List.of(CPython.require(), "-I", "-c", SCRIPT));
    command.addAll(List.of(expressions));
    List<Result> results = new ArrayList<>();
    Builder b = null;
    for (String line : run(command)) {
      String[] p = line.split(" ", 6);
      switch (p[0]) {
        case "BEGIN" -> b = new Builder();
        case "error" -> {
          b.error = p[1];
          b.errno = p[2].equals("None") ? null : Integer.valueOf(p[2]);
          b.message = unhex(p[3]);
        }
        case "repr" -> b.repr = line.substring("repr ".length());
        case "type" -> {
          b.typeName = p[1];
          b.sequenceSize = Integer.parseInt(p[2]);
          b.fieldCount = Integer.parseInt(p[3]);
          b.doc = unhex(p[4]);
        }
        case "member" -> b.members.put(p[1],
            new Member(p[1], p[2].equals("hidden"), unhex(p[3]), p[4], p[5]));
        case "END" -> results.add(new Result(b.error, b.errno, b.message, b.repr, b.typeName,
            b.sequenceSize, b.fieldCount, b.doc, b.members));
        default -> throw new IllegalStateException("unexpected line from python: " + line);
      }
    }
    return results;
  }

  /** Evaluates one expression. */
  static Result eval(String expression) {
    return eval(new String[] {expression}).get(0);
  }

  /** Runs a Python program with arguments and returns its standard output. */
  static List<String> run(List<String> command) {
    return io.structseq.testing.CPython.output(command, Map.of()).lines().toList();
  }

  private static String unhex(String hex) {
    return hex.equals("-") ? "" : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
  }

  private static final class Builder {
    String error;
    Integer errno;
    String message;
    String repr;
    String typeName;
    int sequenceSize;
    int fieldCount;
    String doc;
    final Map<String, Member> members = new LinkedHashMap<>();
  }
}
