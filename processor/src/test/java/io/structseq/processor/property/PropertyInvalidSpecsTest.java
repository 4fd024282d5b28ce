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
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property: every random INVALID {@code @StructSeq} type (each contract error, alone or mixed) fails the
 * compile with at least one processor error in its own file on the line of an offending element, every
 * planted element gets its error with the expected id and no other id, nothing is generated for it, and
 * the processor never crashes; valid interfaces in the same compile still get their records.
 *
 * <p>500 invalid specs per run: 10 tries, each one javac call over 50 invalid and 5 valid specs, each
 * in its own package. The seed is fixed; the failure message shows the offending sources.
 */
class PropertyInvalidSpecsTest {
  static final int TRIES = 10;
  static final int INVALID_PER_BATCH = 50;
  static final int VALID_PER_BATCH = 5;
  private static final AtomicInteger INVALID_CHECKED = new AtomicInteger();
  private static final AtomicInteger VALID_CHECKED = new AtomicInteger();
  private static final Map<InvalidSpec.Error, AtomicInteger> PLANTED = new java.util.concurrent.ConcurrentSkipListMap<>();
  private static final Pattern PACKAGE = Pattern.compile("/gen/([iv])(\\d+)/");

  /** One compile's worth of specs. */
  record Batch(List<InvalidSpec> invalid, List<ValidSpec> valid) {
    @Override
    public String toString() {
      return "Batch(" + invalid.size() + " invalid, " + valid.size() + " valid, first " + invalid.get(0) + ")";
    }
  }

  @Provide
  Arbitrary<Batch> batches() {
    return Combinators.combine(
            Arbitraries.randomValue(InvalidSpec::random).list().ofSize(INVALID_PER_BATCH),
            Arbitraries.randomValue(ValidSpec::random).list().ofSize(VALID_PER_BATCH))
        .as(Batch::new);
  }

  @Property(tries = TRIES, seed = "4242002", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  @Label("500 invalid specs (10 compiles of 50, plus 5 valid each) get errors on the offending lines, no crash")
  void invalidSpecsGetErrorsOnTheOffendingLinesAndNeverCrash(@ForAll("batches") Batch batch) {
    List<String> problems = checkBatch(batch);
    INVALID_CHECKED.addAndGet(batch.invalid().size());
    batch.invalid().forEach(spec -> spec.errors().forEach(
        e -> PLANTED.computeIfAbsent(e, k -> new AtomicInteger()).incrementAndGet()));
    VALID_CHECKED.addAndGet(batch.valid().size());
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  @AfterContainer
  static void printCount() {
    System.out.println("[structseq property] invalid specs compiled and checked: " + INVALID_CHECKED.get()
        + " (with " + VALID_CHECKED.get() + " valid specs mixed in); specs planting each error: " + PLANTED);
  }

  static List<String> checkBatch(Batch batch) {
    List<InMemoryCompiler.Source> sources = new ArrayList<>();
    for (int i = 0; i < batch.invalid().size(); i++) {
      sources.addAll(batch.invalid().get(i).sources("gen.i" + i));
    }
    for (int i = 0; i < batch.valid().size(); i++) {
      sources.addAll(batch.valid().get(i).sources("gen.v" + i));
    }
    InMemoryCompiler.Result result;
    try {
      result = InMemoryCompiler.compile(sources);
    } catch (RuntimeException crash) {
      return List.of(crashReport(batch, crash));
    }
    List<String> problems = new ArrayList<>();
    if (result.success()) {
      problems.add("the compile of " + batch.invalid().size() + " invalid specs succeeded");
    }
    Map<String, List<Diagnostic<? extends JavaFileObject>>> errorsByPackage = new LinkedHashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : result.of(Diagnostic.Kind.ERROR)) {
      String message = d.getMessage(null);
      if (message.contains("[StructSeqInternal]") || message.contains("An exception has occurred")) {
        problems.add("processor crash: " + InMemoryCompiler.Result.format(d));
      }
      if (!message.startsWith("[StructSeq")) {
        problems.add("an error that is not the processor's: " + InMemoryCompiler.Result.format(d));
      }
      String path = d.getSource() == null ? "" : d.getSource().toUri().getPath();
      if (path.contains("SOURCE_OUTPUT")) {
        problems.add("an error in generated code: " + InMemoryCompiler.Result.format(d));
      }
      Matcher m = PACKAGE.matcher(path);
      errorsByPackage.computeIfAbsent(m.find() ? m.group(1) + m.group(2) : "?", k -> new ArrayList<>()).add(d);
    }
    if (errorsByPackage.containsKey("?")) {
      problems.add("errors outside every spec: " + errorsByPackage.get("?"));
    }
    for (int i = 0; i < batch.invalid().size(); i++) {
      InvalidSpec spec = batch.invalid().get(i);
      String pkg = "gen.i" + i;
      List<String> own = checkInvalid(spec, pkg, errorsByPackage.getOrDefault("i" + i, List.of()), result);
      if (!own.isEmpty()) {
        problems.add("=== " + pkg + " " + spec + ":\n  - " + String.join("\n  - ", own) + "\n--- source "
            + spec.fileType() + ".java:\n" + numbered(spec.sources(pkg).get(0).text()));
      }
    }
    for (int i = 0; i < batch.valid().size(); i++) {
      ValidSpec spec = batch.valid().get(i);
      String pkg = "gen.v" + i;
      List<Diagnostic<? extends JavaFileObject>> errors = errorsByPackage.getOrDefault("v" + i, List.of());
      boolean generated = result.generatedSources().containsKey(pkg + "." + spec.recordName());
      if (!errors.isEmpty() || !generated) {
        problems.add("=== valid " + pkg + " " + spec + " mixed into the invalid batch: "
            + (generated ? "" : "no record generated; ") + errors.stream().map(InMemoryCompiler.Result::format).toList()
            + "\n--- source:\n" + numbered(spec.render(pkg)));
      }
    }
    if (!problems.isEmpty()) {
      problems.add(0, (int) problems.stream().filter(p -> p.startsWith("===")).count() + " of "
          + (batch.invalid().size() + batch.valid().size()) + " specs in this compile failed:");
    }
    return problems;
  }

  private static List<String> checkInvalid(InvalidSpec spec, String pkg,
      List<Diagnostic<? extends JavaFileObject>> errors, InMemoryCompiler.Result result) {
    List<String> problems = new ArrayList<>();
    String file = "/" + pkg.replace('.', '/') + "/" + spec.fileType() + ".java";
    if (errors.isEmpty()) {
      problems.add("no error at all; expected one on line(s) " + spec.requiredLines());
    }
    for (Diagnostic<? extends JavaFileObject> d : errors) {
      if (!d.getSource().toUri().getPath().endsWith(file)) {
        problems.add("error in another file: " + InMemoryCompiler.Result.format(d));
      } else if (!spec.allowedLines().contains((int) d.getLineNumber())) {
        problems.add("error on line " + d.getLineNumber() + ", which holds no offending element (those are on "
            + spec.allowedLines() + "): " + d.getMessage(null));
      }
    }
    spec.requiredIds().forEach((line, ids) -> {
      List<String> found = errors.stream().filter(d -> d.getLineNumber() == line)
          .map(d -> id(d.getMessage(null))).toList();
      for (String id : ids) {
        if (!found.contains(id)) {
          problems.add("no " + id + " error on line " + line + ", which holds that planted error; errors were: "
              + errors.stream().map(InMemoryCompiler.Result::format).toList());
        }
      }
      found.stream().filter(id -> !ids.contains(id) && !spec.optionalIds().contains(id)).distinct().forEach(id -> problems.add("a " + id
          + " error on line " + line + ", where only " + ids + " are planted"));
    });
    result.generatedSources().keySet().stream().filter(name -> name.startsWith(pkg + "."))
        .forEach(name -> problems.add("generated " + name + " for an invalid type"));
    return problems;
  }

  /** The id a processor message starts with, such as {@code [StructSeqFieldVoid]}. */
  private static String id(String message) {
    int end = message.indexOf(']');
    return message.startsWith("[StructSeq") && end > 0 ? message.substring(0, end + 1) : "(no id) " + message;
  }

  /** On a javac crash, finds which specs crash it alone. */
  private static String crashReport(Batch batch, RuntimeException crash) {
    StringBuilder s = new StringBuilder("javac crashed on the batch: ").append(RecordChecks.trace(crash));
    for (int i = 0; i < batch.invalid().size(); i++) {
      InvalidSpec spec = batch.invalid().get(i);
      try {
        InMemoryCompiler.compile(spec.sources("gen.i0"));
      } catch (RuntimeException alone) {
        s.append("\n=== crashes alone: ").append(spec).append('\n').append(numbered(spec.sources("gen.i0").get(0).text()));
      }
    }
    return s.toString();
  }

  static String numbered(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty() || i < lines.length - 1) {
        s.append(String.format("%3d| %s%n", i + 1, lines[i]));
      }
    }
    return s.toString();
  }
}
