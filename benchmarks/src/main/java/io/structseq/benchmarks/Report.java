package io.structseq.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of ratios from one {@code run.sh} run: JMH's JSON files ({@code access.json},
 * {@code stat-jdk25.json}, {@code stat-jdk17.json}) and the {@code key value unit [note]} lines the other
 * measurements append to {@code results.txt}. Each row divides a candidate by a baseline measured in the
 * same run and, where BENCHMARKS.md sets a target, says whether it is met. A JMH score is the median of the
 * measured iterations (robust to bursts of load from other processes on a shared machine), shown with
 * their minimum and maximum; a ratio that misses its target by less than the iterations' spread is flagged.
 */
public final class Report {
  private final Map<String, Value> values = new HashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private final List<String> lines = new ArrayList<>();
  private int met;
  private int missed;
  /** Section 2 compares JMH with best-of-rounds numbers (C loop, timeit), so it takes JMH's best iteration too. */
  private boolean best;

  private Report() {}

  /**
   * Prints the table in Markdown to standard output.
   *
   * @param args the results directory
   * @throws IOException if a result file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "results");
    Report report = new Report();
    report.readJmh(dir.resolve("access.json"), "access.");
    report.readJmh(dir.resolve("stat-jdk25.json"), "jdk25.");
    report.readJmh(dir.resolve("stat-jdk17.json"), "jdk17.");
    report.readLines(dir.resolve("results.txt"));
    report.print();
  }

  @SuppressWarnings("unchecked")
  private void readJmh(Path json, String prefix) throws IOException {
    if (!Files.exists(json)) {
      return;
    }
    for (Object item : (List<Object>) Json.parse(Files.readString(json))) {
      Map<String, Object> result = (Map<String, Object>) item;
      String name = (String) result.get("benchmark");
      Map<String, Object> primary = (Map<String, Object>) result.get("primaryMetric");
      List<Double> iterations = new ArrayList<>();
      for (Object fork : (List<Object>) primary.get("rawData")) {
        for (Object x : (List<Object>) fork) {
          iterations.add((Double) x);
        }
      }
      Collections.sort(iterations);
      Map<String, Object> secondary = (Map<String, Object>) result.get("secondaryMetrics");
      Map<String, Object> alloc = secondary == null ? null : (Map<String, Object>) secondary.get("gc.alloc.rate.norm");
      values.put(prefix + name.substring(name.lastIndexOf('.') + 1), new Value(
          iterations.get(iterations.size() / 2), iterations.get(0), iterations.get(iterations.size() - 1),
          (String) primary.get("scoreUnit"), alloc == null ? Double.NaN : number(alloc.get("score"))));
    }
  }

  private static double number(Object x) {
    return x instanceof Double d ? d : Double.NaN;
  }

  // StringSplitter: split drops trailing empty cells, which the checks of cells.length below expect.
  @SuppressWarnings("StringSplitter")
  private void readLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split("\t");
      if (cells.length < 3) {
        continue;
      }
      try {
        values.put(cells[0], Value.of(Double.parseDouble(cells[1]), cells[2]));
      } catch (NumberFormatException e) {
        values.put(cells[0], Value.of(Double.NaN, cells[1]));
      }
      if (cells.length > 3) {
        notes.put(cells[0], cells[3]);
      }
    }
  }

  private void print() {
    section("1. Generated access, JDK 17: SampleRecord (generated) vs PlainSample (plain record) and holders; median per op (min–max of iterations), -prof gc bytes per op");
    row("get(int), all 10 indexes", "access.getIndexGenerated", "access.getIndexPlainSwitch", "hand-written switch", 1.2);
    row("get(int), all 10 indexes", "access.getIndexGenerated", "access.getIndexReflection", "RecordComponent.getAccessor()", 0);
    row("get(int), all 10 indexes", "access.getIndexGenerated", "access.getIndexObjectArray", "Object[] holder", 0);
    row("get(String), all 10 names", "access.getNameGenerated", "access.getNameStringSwitch",
        "javac's switch (name) over the plain record's accessors, same boxing", 1.0);
    row("get(String), all 10 names", "access.getNameGenerated", "access.getIndexGenerated",
        "get(int) of the same record: a name over an index", 0);
    row("get(String), all 10 names", "access.getNameGenerated", "access.getNameHashMapIndex", "HashMap index into Object[]", 0);
    row("get(String), all 10 names", "access.getNameStringSwitch", "access.getNameHashMapIndex",
        "(string switch) vs HashMap index", 0);
    row("get(String), all 10 names", "access.getNameGenerated", "access.getNameHashMapThenGetIndex",
        "(same boxing) HashMap index, then get(int)", 0);
    row("get(String), values in the box caches", "access.getNameGeneratedCachedBoxes", "access.getNameHashMapIndex",
        "HashMap index into Object[]", 0);
    row("equals, same type, equal values", "access.equalsGenerated", "access.equalsPlain", "plain record", 1.2);
    row("hashCode", "access.hashCodeGenerated", "access.hashCodePlain", "plain record", 1.2);
    row("toString", "access.toStringGenerated", "access.toStringPlain", "plain record", 0);
    row("fromSequence(List.of(...))", "access.fromSequenceGenerated", "access.fromSequencePlain",
        "casts + canonical constructor", 0);
    row("asMap(), read every entry", "access.asMapGenerated", "access.asMapPlain", "LinkedHashMap of the plain record", 0);
    row("iteration", "access.iterateGenerated", "access.iterateListOf", "List.of of the same values", 0);
    row("instance size (JOL)", "size.generated", "size.plain", "plain record", 1.0);

    section("2. Os.stat(\"/etc/hosts\") on one cached file, best time per call: JMH's fastest iteration, the C loop's"
        + " fastest round, timeit's best of 5");
    best = true;
    row("JDK 25, backend " + word("backend.jdk25"), "jdk25.osStat", "raw.stat", "raw stat(2) loop in C", 1.15);
    row("JDK 25, backend " + word("backend.jdk25"), "jdk25.osStat", "python.stat", "CPython os.stat (timeit)", -1.0);
    row("JDK 25, backend " + word("backend.jdk25"), "jdk25.osStat", "jdk25.readAttributesUnix",
        "readAttributes(\"unix:*\"), JDK 25", -1.0);
    row("JDK 25, backend " + word("backend.jdk25"), "jdk25.osStat", "jdk25.readAttributesPosix",
        "readAttributes(PosixFileAttributes), JDK 25", 0);
    row("JDK 17, backend " + word("backend.jdk17"), "jdk17.osStat", "raw.stat", "raw stat(2) loop in C", 2.5);
    row("JDK 17, backend " + word("backend.jdk17"), "jdk17.osStat", "jdk17.readAttributesNamed",
        "(its own read) readAttributes(\"unix:mode,ino,...\"), JDK 17", 0);
    row("readAttributes(\"unix:mode,ino,...\"), JDK 17", "jdk17.readAttributesNamed", "raw.stat", "raw stat(2) loop in C", 0);
    row("JDK 17, backend " + word("backend.jdk17"), "jdk17.osStat", "jdk17.readAttributesPosix",
        "readAttributes(PosixFileAttributes), JDK 17", 0);
    row("JDK 17, backend " + word("backend.jdk17"), "jdk17.osStat", "jdk17.readAttributesUnix",
        "readAttributes(\"unix:*\"), JDK 17", 0);
    row("CPython os.stat", "python.stat", "raw.stat", "raw stat(2) loop in C", 0);

    best = false;
    int[] sizes = values.keySet().stream().filter(k -> k.startsWith("compile.structseq.") && !k.endsWith(".cpu"))
        .mapToInt(k -> Integer.parseInt(k.substring("compile.structseq.".length()))).sorted().toArray();
    int headline = sizes.length == 0 ? 500 : sizes[sizes.length / 2];
    int small = sizes.length == 0 ? 100 : sizes[0];
    int large = sizes.length == 0 ? 1000 : sizes[sizes.length - 1];
    section("3. Compile time, javac in-process on JDK 17 (best of the measured runs, warm-ups excluded)");
    row(headline + " @StructSeq interfaces + processor", "compile.structseq." + headline, "compile.floor." + headline,
        "the " + headline + " generated records written out, no processor", 1.3);
    row("the same, thread CPU time (not counting time the host steals)", "compile.structseq." + headline + ".cpu",
        "compile.floor." + headline + ".cpu", "the floor's thread CPU time", 1.3);
    row(headline + " @StructSeq interfaces + processor", "compile.structseq." + headline, "compile.autovalue." + headline,
        headline + " AutoValue classes + AutoValue", 0);
    row("the same, thread CPU time", "compile.structseq." + headline + ".cpu", "compile.autovalue." + headline + ".cpu",
        "AutoValue's thread CPU time", 0);
    for (int size : sizes) {
      perType("structseq", size);
      perType("floor", size);
    }
    for (int size : sizes) {
      row("ms per type, " + size + " types", "compile.structseq." + size + "/type", "compile.floor." + size + "/type",
          "floor, " + size + " types", 0);
    }
    row("linearity: ms per type, " + large + " types vs " + small, "compile.structseq." + large + "/type",
        "compile.structseq." + small + "/type", "structseq, " + small + " types", 1.25);
    row("linearity: ms per type, " + large + " types vs " + small, "compile.floor." + large + "/type",
        "compile.floor." + small + "/type", "floor, " + small + " types", 0);

    section("4. Cold start right after the build, wall time of one process run" + note("coldstart.tool"));
    if (values.containsKey("coldstart.hello25")) {
      String[][] tools = {
          {"samples/pystat /etc/hosts", "pystat"}, {"samples/pyos os.lstat /etc/hosts", "pyos"}};
      for (String[] tool : tools) {
        row(tool[0] + ", JDK 25 (AOT cache)", "coldstart." + tool[1] + "25", "coldstart.hello25",
            "java Hello, JDK 25", 2.0);
        row(tool[0] + ", JDK 17 (CDS archive)", "coldstart." + tool[1] + "17", "coldstart.hello17",
            "java Hello, JDK 17", 1.5);
      }
      for (String[] tool : tools) {
        row(tool[0] + ", JDK 25, CPU time", "coldstart." + tool[1] + "25.cpu", "coldstart.hello25.cpu",
            "java Hello, JDK 25, CPU time", 0);
        row(tool[0] + ", JDK 17, CPU time", "coldstart." + tool[1] + "17.cpu", "coldstart.hello17.cpu",
            "java Hello, JDK 17, CPU time", 0);
      }
      row("samples/pystat /etc/hosts, JDK 25 (AOT cache)", "coldstart.pystat25", "coldstart.python",
          "python3.13 -c os.lstat", 0);
      row("samples/pystat /etc/hosts, JDK 17 (CDS archive)", "coldstart.pystat17", "coldstart.python",
          "python3.13 -c os.lstat", 0);
      row("before: java -XX:TieredStopAtLevel=1 -jar pystat.jar, JDK 25", "coldstart.before25", "coldstart.hello25",
          "java Hello, JDK 25", 0);
      row("samples/pystat, JDK 25 (AOT cache)", "coldstart.pystat25", "coldstart.before25",
          "the launcher before (no cache)", 0);
      row("java Hello, JDK 25", "coldstart.hello25", "coldstart.python", "python3.13 -c os.lstat", 0);
    } else {
      lines.add("| cold start | skipped | | | | " + note("coldstart.skipped") + " |");
    }
    if (values.containsKey("ffmstart.total")) {
      section("5. The first stat through FFM in a fresh JVM, JDK 25 with an AOT cache, step by step"
          + note("ffmstart.total"));
      String[][] steps = {
          {"Linker.nativeLinker() and two symbol lookups", "linker"},
          {"downcallHandle(stat), errno captured", "link_first"},
          {"downcallHandle(lstat), same shape", "link_second"},
          {"Arena.ofAuto() and three allocations", "allocate"},
          {"first write: the path", "first_write"},
          {"first call", "first_call"},
          {"first read", "first_read"},
          {"all of the above", "total"}};
      for (String[] step : steps) {
        row(step[0], "ffmstart." + step[1], "coldstart.hello25", "java Hello, JDK 25", 0);
      }
    }
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Targets: %d met, %d missed.", met, missed));
    lines.forEach(System.out::println);
  }

  private void perType(String variant, int size) {
    Value v = values.get("compile." + variant + "." + size);
    if (v != null) {
      values.put("compile." + variant + "." + size + "/type", Value.of(v.score / size, "ms/type"));
    }
  }

  private void section(String title) {
    lines.add("");
    lines.add("**" + title + "**");
    lines.add("");
    lines.add("| measure | candidate | baseline | vs | ratio | target | verdict |");
    lines.add("|---|---:|---:|---|---:|---|---|");
  }

  /**
   * One row. {@code target} &gt; 0: ratio at most that; &lt; 0: ratio below {@code -target} (strictly
   * faster); 0: reported only.
   */
  private void row(String measure, String candidateKey, String baselineKey, String against, double target) {
    Value c = pick(values.get(candidateKey));
    Value b = pick(values.get(baselineKey));
    if (c == null || b == null || Double.isNaN(c.score) || Double.isNaN(b.score)) {
      lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | n/a | %s | not measured%s |", measure,
          c == null ? "n/a" : c.describe(), b == null ? "n/a" : b.describe(), against, target(target),
          note(c == null ? candidateKey : baselineKey)));
      return;
    }
    double ratio = c.score / b.score;
    String verdict = "";
    if (target != 0) {
      boolean ok = target > 0 ? ratio <= target + 1e-9 : ratio < -target;
      double limit = Math.abs(target);
      double relError = c.spread() + b.spread();
      if (ok) {
        met++;
        verdict = "met";
      } else {
        missed++;
        verdict = ratio / limit - 1 <= relError
            ? String.format(Locale.ROOT, "missed by %.0f%%, within the iteration spread (%.0f%%)",
                100 * (ratio / limit - 1), 100 * relError)
            : String.format(Locale.ROOT, "missed by %.0f%%", 100 * (ratio / limit - 1));
      }
    }
    lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2fx | %s | %s |", measure, c.describe(),
        b.describe(), against, ratio, target(target), verdict));
  }

  private Value pick(Value v) {
    return v == null || !best || Double.isNaN(v.min) ? v : new Value(v.min, v.min, v.max, v.unit, v.bytesPerOp);
  }

  private static String target(double target) {
    if (target > 0) {
      return target == 1.0 ? "≤ 1.00x" : String.format(Locale.ROOT, "≤ %.2fx", target);
    }
    return target < 0 ? String.format(Locale.ROOT, "< %.2fx", -target) : "";
  }

  private String word(String key) {
    Value v = values.get(key);
    return v == null ? "?" : v.unit;
  }

  private String note(String key) {
    String n = notes.get(key);
    return n == null ? "" : " (" + n + ")";
  }

  /**
   * A measurement in {@code unit}: for JMH the median of the measured iterations with their minimum and
   * maximum, and gc.alloc.rate.norm when profiled; for the other measurements one number.
   */
  private record Value(double score, double min, double max, String unit, double bytesPerOp) {
    static Value of(double score, String unit) {
      return new Value(score, Double.NaN, Double.NaN, unit, Double.NaN);
    }

    /** Half the relative range of the iterations: how far a ratio may move by noise alone. */
    double spread() {
      return Double.isNaN(min) ? 0 : (max - min) / 2 / score;
    }

    String describe() {
      String s = Double.isNaN(min)
          ? String.format(Locale.ROOT, "%s %s", number(score), unit)
          : String.format(Locale.ROOT, "%s %s (%s–%s)", number(score), unit, number(min), number(max));
      return Double.isNaN(bytesPerOp) ? s : String.format(Locale.ROOT, "%s, %.0f B", s, bytesPerOp);
    }

    private static String number(double x) {
      return x >= 100 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.3g", x);
    }
  }
}
