package io.structseq.processor.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property: every random VALID {@code @StructSeq} interface compiles with the processor without a
 * warning, and its record honours the contract at run time (see {@link RecordChecks}).
 *
 * <p>500 specs per run: 20 tries, each compiling a batch of 25 interfaces (each in its own package) in
 * one in-memory javac call. The seed is fixed, so a run is reproducible; jqwik prints it on failure,
 * and the failure message shows every failing spec's source, its problems, and a reduced spec.
 */
class PropertyValidSpecsTest {
  static final int TRIES = 20;
  static final int BATCH = 25;
  private static final AtomicInteger SPECS_CHECKED = new AtomicInteger();
  private static final Pattern PACKAGE = Pattern.compile("/gen/(v\\d+)/");

  @Provide
  Arbitrary<List<ValidSpec>> batches() {
    return Arbitraries.randomValue(ValidSpec::random).list().ofSize(BATCH);
  }

  @Property(tries = TRIES, seed = "4242001", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  @Label("500 valid specs (20 compiles of 25) compile cleanly and honour the contract")
  void validSpecsCompileCleanlyAndHonourTheContract(@ForAll("batches") List<ValidSpec> batch) {
    Map<Integer, List<String>> failures = checkBatch(batch);
    SPECS_CHECKED.addAndGet(batch.size());
    if (!failures.isEmpty()) {
      throw new AssertionError(report(batch, failures));
    }
  }

  @AfterContainer
  static void printCount() {
    System.out.println("[structseq property] valid specs compiled and checked: " + SPECS_CHECKED.get());
    RecordChecks.STATISTICS.forEach((what, n) -> System.out.println("[structseq property]   " + what + ": " + n));
  }

  static String pkg(int i) {
    return "gen.v" + i;
  }

  /**
   * Compiles the batch and checks every record; a spec whose compile has an error or a warning is
   * reported and left out of a recompile of the rest, so one bad spec does not hide the others.
   *
   * @return problems by index in the batch
   */
  static Map<Integer, List<String>> checkBatch(List<ValidSpec> batch) {
    Map<Integer, List<String>> failures = new LinkedHashMap<>();
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      remaining.add(i);
    }
    for (int attempt = 0; attempt < 3 && !remaining.isEmpty(); attempt++) {
      List<InMemoryCompiler.Source> sources = new ArrayList<>();
      for (int i : remaining) {
        sources.addAll(batch.get(i).sources(pkg(i)));
      }
      InMemoryCompiler.Result result;
      try {
        result = InMemoryCompiler.compile(sources);
      } catch (RuntimeException crash) {
        for (int i : remaining) {
          failures.computeIfAbsent(i, k -> new ArrayList<>()).add("javac crashed on a batch holding this spec: "
              + RecordChecks.trace(crash));
        }
        return failures;
      }
      boolean blamed = false;
      for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
        if (d.getKind() == Diagnostic.Kind.NOTE) {
          continue;
        }
        int owner = owner(d);
        if (owner < 0) {
          remaining.forEach(i -> failures.computeIfAbsent(i, k -> new ArrayList<>())
              .add("diagnostic without a spec: " + InMemoryCompiler.Result.format(d)));
          return failures;
        }
        failures.computeIfAbsent(owner, k -> new ArrayList<>()).add(InMemoryCompiler.Result.format(d)
            + (d.getSource() != null && d.getSource().getName().contains("SOURCE_OUTPUT")
                ? "\n--- generated " + d.getSource().getName() + " line " + d.getLineNumber() + ": "
                    + line(d) : ""));
        blamed = true;
      }
      if (!result.success() && !blamed) {
        remaining.forEach(i -> failures.computeIfAbsent(i, k -> new ArrayList<>()).add("compile failed silently"));
        return failures;
      }
      if (result.success() && !blamed) {
        ClassLoader loader = result.loader();
        for (int i : remaining) {
          List<String> problems = new RecordChecks(batch.get(i), pkg(i), loader).run();
          if (!problems.isEmpty()) {
            failures.computeIfAbsent(i, k -> new ArrayList<>()).addAll(problems);
          }
        }
        return failures;
      }
      remaining.removeIf(failures::containsKey);
    }
    return failures;
  }

  private static String line(Diagnostic<? extends JavaFileObject> d) {
    try {
      String text = d.getSource().getCharContent(true).toString();
      String[] lines = text.split("\n", -1);
      long n = d.getLineNumber();
      return n >= 1 && n <= lines.length ? lines[(int) n - 1].trim() : "?";
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static int owner(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return -1;
    }
    Matcher m = PACKAGE.matcher(d.getSource().toUri().getPath());
    return m.find() ? Integer.parseInt(m.group(1).substring(1)) : -1;
  }

  /** Every failing spec with its problems; the first one's source in full, with a reduced version. */
  static String report(List<ValidSpec> batch, Map<Integer, List<String>> failures) {
    StringBuilder s = new StringBuilder();
    s.append(failures.size()).append(" of ").append(batch.size()).append(" valid specs failed.\n");
    int shown = 0;
    for (Map.Entry<Integer, List<String>> e : failures.entrySet()) {
      ValidSpec spec = batch.get(e.getKey());
      s.append("\n=== spec ").append(pkg(e.getKey())).append(" (seed ").append(spec.seed()).append(")\n");
      e.getValue().stream().limit(8).forEach(p -> s.append("  - ").append(p).append('\n'));
      if (shown++ < 3) {
        s.append("--- source:\n").append(spec.render(pkg(e.getKey())));
      }
    }
    int first = failures.keySet().iterator().next();
    ValidSpec reduced = reduce(batch.get(first));
    s.append("\n=== ").append(pkg(first)).append(" reduced to ").append(reduced.fields().size())
        .append(" field(s):\n").append(reduced.render("gen.v0"));
    Map<Integer, List<String>> again = checkBatch(List.of(reduced));
    again.values().forEach(ps -> ps.stream().limit(5).forEach(p -> s.append("  - ").append(p).append('\n')));
    return s.toString();
  }

  /** Greedily drops fields while the spec, compiled alone, still fails; at most about a minute. */
  static ValidSpec reduce(ValidSpec spec) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    ValidSpec current = spec;
    for (int i = current.fields().size() - 1; i >= 0 && System.nanoTime() < deadline; i--) {
      ValidSpec candidate = current.without(Math.min(i, current.fields().size() - 1));
      if (candidate != null && !checkBatch(List.of(candidate)).isEmpty()) {
        current = candidate;
      }
    }
    return current;
  }
}
