package io.structseq.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compile-time benchmark: javac run in this JVM through {@code javax.tools}, so every variant gets the
 * same JVM flags and the same warmed-up compiler. For each size it generates that many ten-field
 * {@code @StructSeq} interfaces (the shape of {@link Sample}) and as many AutoValue classes of the same
 * shape, then times three compilations:
 * <ul>
 *   <li>{@code structseq}: the interfaces with the structseq processor (what a user pays);
 *   <li>{@code floor}: the interfaces plus the records the processor generates, written out as sources,
 *       without any processor (what compiling the output costs anyway);
 *   <li>{@code autovalue}: the AutoValue classes with the AutoValue processor (a reference).
 * </ul>
 * Warm-up runs are discarded; the measured runs are interleaved round by round, each round in a rotated
 * order, so that a burst of load on the machine or the garbage of the compile before hits every variant
 * alike. Prints {@code key value unit} result lines for {@code run.sh}.
 */
public final class CompileTime {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final String[][] FIELDS = {
      {"int", "mode"}, {"long", "ino"}, {"long", "dev"}, {"int", "nlink"}, {"int", "uid"},
      {"int", "gid"}, {"long", "bytes"}, {"long", "mtime"}, {"String", "owner"}, {"double", "load"},
  };

  /** {@code -Dcompile.only=structseq,floor} measures only those variants (for profiling); all by default. */
  private static final List<String> ONLY = Arrays.stream(System.getProperty("compile.only", "").split(","))
      .filter(s -> !s.isEmpty()).toList();

  /**
   * {@code -Dcompile.baseline=OLD.jar}: another build of the processor, measured as
   * {@code structseq-baseline} in the same rounds, to compare a change with what it replaces.
   */
  private static final String BASELINE = System.getProperty("compile.baseline");

  /**
   * {@code -Dcompile.replay=true}: also measure {@link ReplayProcessor}, which only copies the records
   * through the filer: javac's own cost of a processor that generates these sources.
   */
  private static final boolean REPLAY = Boolean.getBoolean("compile.replay");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final Path lib;
  private final Path work;

  private CompileTime(Path lib, Path work) {
    this.lib = lib;
    this.work = work;
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code LIB_DIR WORK_DIR [SIZES [WARMUPS [RUNS [BUDGET]]]]}: the jars copied by the build
   *     ({@code target/compile-bench}), a scratch directory, sizes such as {@code 100,500,1000} (the
   *     middle one is the headline), warm-up rounds (default 2), measured rounds (default 5), and a time
   *     budget in seconds for the measured rounds (default 240): no round starts that would end after it,
   *     so a loaded machine gets fewer rounds (at least one) rather than an endless run
   * @throws IOException if the scratch directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CompileTime LIB_DIR WORK_DIR [SIZES [WARMUPS [RUNS [BUDGET_SECONDS]]]]");
      System.exit(2);
    }
    int[] sizes = Arrays.stream((args.length > 2 ? args[2] : "100,500,1000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    long budget = args.length > 5 ? Long.parseLong(args[5]) : 240;
    new CompileTime(Path.of(args[0]), Path.of(args[1])).run(sizes, warmups, runs, budget * 1000);
  }

  private void run(int[] sizes, int warmups, int runs, long budgetMillis) throws IOException {
    deleteRecursively(work);
    int headline = sizes[sizes.length / 2];
    Map<String, Variant> variants = new LinkedHashMap<>();
    for (int size : sizes) {
      List<Path> interfaces = writeInterfaces(size);
      List<Path> generated = generateRecords(size, interfaces);
      List<Path> floor = new ArrayList<>(interfaces);
      floor.addAll(generated);
      add(variants, new Variant("structseq", size, interfaces, processorOptions("structseq-processor.jar",
          "javapoet.jar")));
      if (BASELINE != null) {
        add(variants, new Variant("structseq-baseline", size, interfaces, List.of("-processorpath",
            BASELINE + java.io.File.pathSeparator + jar("javapoet.jar"), "-cp", jar("structseq-annotations.jar"))));
      }
      if (REPLAY) {
        add(variants, new Variant("replay", size, interfaces, List.of("-processorpath", replayProcessorPath().toString(),
            "-processor", ReplayProcessor.class.getName(), "-Areplay.dir=" + generated.get(0).getParent().getParent(),
            "-cp", jar("structseq-annotations.jar"))));
      }
      add(variants, new Variant("floor", size, floor, List.of("-proc:none", "-cp", jar("structseq-annotations.jar"))));
      if (size == headline) {
        add(variants, new Variant("autovalue", size, writeAutoValues(size), List.of("-processorpath",
            jar("auto-value.jar"), "-cp", jar("auto-value-annotations.jar"))));
      }
    }
    // Warm javac, the processor and AutoValue; the floor's code path is part of the structseq run.
    List<Variant> warm = variants.values().stream()
        .filter(v -> v.size == headline && !v.name.equals("floor")).toList();
    for (int i = 0; i < warmups; i++) {
      for (Variant v : warm) {
        long ms = compile(v);
        System.err.printf(Locale.ROOT, "warm-up %s/%d: %d ms%n", v.name, v.size, ms);
      }
    }
    long measuring = System.currentTimeMillis();
    int rounds = 0;
    long longestRound = 0;
    while (rounds < runs
        && (rounds < 1 || System.currentTimeMillis() - measuring + longestRound <= budgetMillis)) {
      long roundStart = System.currentTimeMillis();
      rounds++;
      // Each round starts one variant later, so that no variant always runs first (or right after
      // the largest compile, which leaves the most garbage).
      List<Variant> order = new ArrayList<>(variants.values());
      java.util.Collections.rotate(order, -(rounds - 1));
      for (Variant v : order) {
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long ms = compile(v);
        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        v.times.add(ms);
        v.cpuTimes.add(cpuMs);
        System.err.printf(Locale.ROOT, "run %d %s/%d: %d ms (cpu %d ms)%n", rounds, v.name, v.size, ms, cpuMs);
      }
      longestRound = Math.max(longestRound, System.currentTimeMillis() - roundStart);
    }
    for (Variant v : variants.values()) {
      List<Long> sorted = v.times.stream().sorted().toList();
      System.out.printf(Locale.ROOT, "compile.%s.%d\t%d\tms\tbest of %d; median %d ms; runs %s%n",
          v.name, v.size, sorted.get(0), rounds, sorted.get(sorted.size() / 2), v.times);
      List<Long> cpu = v.cpuTimes.stream().sorted().toList();
      System.out.printf(Locale.ROOT, "compile.%s.%d.cpu\t%d\tms\tthread CPU, best of %d; median %d ms; runs %s%n",
          v.name, v.size, cpu.get(0), rounds, cpu.get(cpu.size() / 2), v.cpuTimes);
    }
  }

  private static void add(Map<String, Variant> variants, Variant v) {
    if (ONLY.isEmpty() || ONLY.contains(v.name)) {
      variants.put(v.name + "." + v.size, v);
    }
  }

  private List<String> processorOptions(String... processorJars) {
    String path = String.join(java.io.File.pathSeparator, Arrays.stream(processorJars).map(this::jar).toList());
    return List.of("-processorpath", path, "-cp", jar("structseq-annotations.jar"));
  }

  private String jar(String name) {
    Path p = lib.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p + " is missing: build the benchmarks module (mvn package)");
    }
    return p.toString();
  }

  /** One timed javac run into fresh output directories, which are deleted afterwards (untimed). */
  private long compile(Variant v) throws IOException {
    Path out = Files.createDirectories(work.resolve("out"));
    Path classes = Files.createTempDirectory(out, v.name + v.size + "-classes");
    Path sources = Files.createTempDirectory(out, v.name + v.size + "-sources");
    try {
      return javac(v.sources, v.options, classes, sources);
    } finally {
      deleteRecursively(classes);
      deleteRecursively(sources);
    }
  }

  private long javac(List<Path> files, List<String> options, Path classes, Path generatedSources) throws IOException {
    List<String> all = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString(),
        "-s", generatedSources.toString()));
    all.addAll(options);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      boolean ok = javac.getTask(null, fm, diagnostics, all, null, units).call();
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (!ok) {
        StringBuilder message = new StringBuilder("javac failed:");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          message.append('\n').append(d);
        }
        throw new IllegalStateException(message.toString());
      }
      return ms;
    }
  }

  private List<Path> writeInterfaces(int size) throws IOException {
    Path dir = Files.createDirectories(work.resolve("src-" + size).resolve("interfaces/gen"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String name = String.format(Locale.ROOT, "S%04d", i);
      StringBuilder src = new StringBuilder("package gen;\n\nimport io.structseq.StructSeq;\n")
          .append("import io.structseq.StructSequence;\n\n/** Generated struct number ").append(i).append(". */\n")
          .append("@StructSeq(name = \"gen.s").append(i).append("\")\npublic interface ").append(name)
          .append(" extends StructSequence {\n");
      for (String[] f : FIELDS) {
        src.append("  /** The ").append(f[1]).append(" field. */\n  ").append(f[0]).append(' ').append(f[1])
            .append("();\n\n");
      }
      src.setLength(src.length() - 1);
      files.add(Files.writeString(dir.resolve(name + ".java"), src.append("}\n")));
    }
    return files;
  }

  private List<Path> writeAutoValues(int size) throws IOException {
    Path dir = Files.createDirectories(work.resolve("src-" + size).resolve("autovalue/gen"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String name = String.format(Locale.ROOT, "A%04d", i);
      StringBuilder src = new StringBuilder("package gen;\n\nimport com.google.auto.value.AutoValue;\n\n")
          .append("/** Generated value class number ").append(i).append(". */\n")
          .append("@AutoValue\npublic abstract class ").append(name).append(" {\n");
      StringBuilder params = new StringBuilder();
      StringBuilder args = new StringBuilder();
      for (String[] f : FIELDS) {
        src.append("  /** The ").append(f[1]).append(" field. */\n  public abstract ").append(f[0]).append(' ')
            .append(f[1]).append("();\n\n");
        params.append(params.length() == 0 ? "" : ", ").append(f[0]).append(' ').append(f[1]);
        args.append(args.length() == 0 ? "" : ", ").append(f[1]);
      }
      src.append("  static ").append(name).append(" create(").append(params).append(") {\n    return new AutoValue_")
          .append(name).append('(').append(args).append(");\n  }\n}\n");
      files.add(Files.writeString(dir.resolve(name + ".java"), src));
    }
    return files;
  }

  /** Runs the processor once and keeps what it writes: the hand-written sources of the floor. */
  private List<Path> generateRecords(int size, List<Path> interfaces) throws IOException {
    Path generated = Files.createDirectories(work.resolve("src-" + size).resolve("records"));
    Path classes = Files.createTempDirectory(Files.createDirectories(work.resolve("out")), "records");
    List<String> options = new ArrayList<>(processorOptions("structseq-processor.jar", "javapoet.jar"));
    options.add("-proc:only");
    javac(interfaces, options, classes, generated);
    deleteRecursively(classes);
    try (Stream<Path> files = Files.walk(generated)) {
      List<Path> records = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      if (records.size() != size) {
        throw new IllegalStateException("expected " + size + " generated records, found " + records.size());
      }
      return records;
    }
  }

  /** A folder holding only {@link ReplayProcessor}'s class, so that javac opens no large JAR for it. */
  private Path replayProcessorPath() throws IOException {
    Path dir = work.resolve("replay-processor");
    String resource = ReplayProcessor.class.getName().replace('.', '/') + ".class";
    Path file = dir.resolve(resource);
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      try (java.io.InputStream in = CompileTime.class.getClassLoader().getResourceAsStream(resource)) {
        Files.copy(java.util.Objects.requireNonNull(in, resource), file);
      }
    }
    return dir;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** One measured compilation: its sources, its options, and its times. */
  private static final class Variant {
    final String name;
    final int size;
    final List<Path> sources;
    final List<String> options;
    final List<Long> times = new ArrayList<>();
    /** CPU time of the compiling thread: unlike wall time, it does not count time stolen by the host. */
    final List<Long> cpuTimes = new ArrayList<>();

    Variant(String name, int size, List<Path> sources, List<String> options) {
      this.name = name;
      this.size = size;
      this.sources = sources;
      this.options = options;
    }
  }
}
