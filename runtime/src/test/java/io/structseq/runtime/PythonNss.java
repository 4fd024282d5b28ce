package io.structseq.runtime;

import io.structseq.PyRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CPython oracle of the {@link Pwd} and {@link Grp} tests: runs {@code pwd} and {@code grp} in a
 * real CPython process and returns its lines. Values travel as Python reprs separated by tabs (a repr
 * never holds a raw tab), so no JSON parser is needed; Java strings travel into the script as Python
 * literals ({@link PyRepr#reprString}), which keeps lone surrogates intact.
 */
final class PythonNss {
  private PythonNss() {}

  /** One entry of {@code getpwall()} or {@code getgrall()}, with its lookups by name and by id. */
  record Entry(String repr, List<String> types, String byName, String byId) {}

  /**
   * Every entry of {@code pwd.getpwall()} ({@code passwd}) or {@code grp.getgrall()}, in order, each
   * with the repr of {@code getpwnam(name)} and {@code getpwuid(id)} (or the grp ones).
   */
  static List<Entry> all(boolean passwd) {
    String script = String.join("\n",
        "import pwd, grp",
        passwd ? "every, by_name, by_id = pwd.getpwall, pwd.getpwnam, pwd.getpwuid"
            : "every, by_name, by_id = grp.getgrall, grp.getgrnam, grp.getgrgid",
        "for e in every():",
        "    types = ','.join(type(v).__name__ for v in e)",
        "    print('\\t'.join([repr(e), types, repr(by_name(e[0])), repr(by_id(e[2]))]))",
        "");
    List<Entry> entries = new ArrayList<>();
    for (String line : run(script)) {
      String[] parts = line.split("\t", -1);
      entries.add(new Entry(parts[0], List.of(parts[1].split(",")), parts[2], parts[3]));
    }
    return entries;
  }

  /**
   * The outcome of {@code function(argument)} in CPython: {@code "ok\t" + repr(result)}, or the
   * exception's class name, a tab and its message ({@code args[0]} for a {@code KeyError}, whose
   * {@code str()} would add quotes).
   *
   * @param function such as {@code "pwd.getpwnam"}
   * @param argument a Python literal, such as {@code "'x'"} or {@code "99999"}
   */
  static List<String> outcomes(String function, List<String> arguments) {
    StringBuilder script = new StringBuilder("import pwd, grp\nfor a in [");
    script.append(String.join(", ", arguments)).append("]:\n")
        .append("    try:\n")
        .append("        print('ok\\t' + repr(").append(function).append("(a)))\n")
        .append("    except Exception as e:\n")
        .append("        print(type(e).__name__ + '\\t' + (e.args[0] if isinstance(e, KeyError) else str(e)))\n");
    return run(script.toString());
  }

  /**
   * CPython's docstrings of a type and its fields, as the processor keeps Javadoc: each line stripped,
   * the whole trimmed. First line the type's, then one line per field ({@code __match_args__}, the
   * visible named fields), all as Python reprs.
   */
  static List<String> docs(String type) {
    return docs(type, List.of());
  }

  /**
   * As {@link #docs(String)}, for the named fields given (hidden ones too; unnamed fields have no
   * attribute, so CPython cannot show their docstrings).
   *
   * @param type such as {@code "os.stat_result"}
   * @param fields the field names, or none for {@code __match_args__}
   */
  static List<String> docs(String type, List<String> fields) {
    String script = String.join("\n",
        "import os, pwd, grp, sys, time",
        "t = " + type,
        "clean = lambda d: '\\n'.join(l.strip() for l in d.strip().splitlines()).strip()",
        "print(repr(clean(t.__doc__)))",
        "for n in sys.argv[1:] or t.__match_args__:",
        "    print(n + '\\t' + repr(clean(getattr(t, n).__doc__)))",
        "");
    return run(script, fields.toArray(String[]::new));
  }

  /** The repr of each Python expression, evaluated with {@code pwd} and {@code grp} imported. */
  static List<String> reprs(List<String> expressions) {
    return run("import pwd, grp, sys\nfor e in sys.argv[1:]:\n    print(repr(eval(e)))\n",
        expressions.toArray(String[]::new));
  }

  /** {@code os.fsdecode} of each byte string, given in hex, as a repr. */
  static List<String> fsdecode(List<String> hex) {
    return run("import os, sys\nfor h in sys.argv[1:]:\n    print(repr(os.fsdecode(bytes.fromhex(h))))\n",
        hex.toArray(String[]::new));
  }

  /** CPython's {@code sys.getfilesystemencoding()} under {@code LC_ALL=locale}. */
  static String fileSystemEncoding(String locale) {
    return run(Map.of("LC_ALL", locale), "import sys; print(sys.getfilesystemencoding())").get(0);
  }

  private static List<String> run(String script, String... args) {
    return run(Map.of(), script, args);
  }

  private static List<String> run(Map<String, String> environment, String script, String... args) {
    return io.structseq.testing.CPython.run(environment, script, args).lines().toList();
  }
}
