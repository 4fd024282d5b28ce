import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One benchmark class from two builds of the benchmarks JAR, side by side in one JVM: each JAR in its
 * own class loader, batches of the same operation alternating between the two (who goes first
 * alternates too), so that load drifting over seconds on a shared machine falls on both sides of each
 * ratio. For {@code JsonBenchmark}: every operation, for every library.
 *
 * <pre>java benchmarks/src/sidebyside/SideBySide.java BEFORE.jar AFTER.jar [ROUNDS [BATCH [REGEX]]]</pre>
 *
 * REGEX keeps only the operations whose {@code "library operation"} it matches (default: all).
 * Prints, per operation, the nanoseconds per operation of each side (over the kept rounds) and the
 * median and quartiles of the per-round ratio after/before; the first third of the rounds warms up
 * and is dropped. The plain-record operations do not run this project's code: their ratio is the
 * noise of the run.
 */
public final class SideBySide {
  private static final String CLASS = "io.structseq.benchmarks.JsonBenchmark";
  private static final List<String> OPERATIONS = List.of("structStat", "structReading", "plainStat", "plainReading");

  public static void main(String[] args) throws Throwable {
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
    Pattern keep = Pattern.compile(args.length > 4 ? args[4] : ".*");
    ClassLoader before = loader(args[0]);
    ClassLoader after = loader(args[1]);
    System.out.printf(Locale.ROOT, "before %s%nafter  %s%n%d rounds of %d operations a side, the first %d dropped%n",
        args[0], args[1], rounds, batch, rounds / 3);
    for (String library : List.of("jackson2", "jackson3", "gson")) {
      for (String operation : OPERATIONS) {
        if (!keep.matcher(library + " " + operation).matches()) {
          continue;
        }
        compare(library, operation, op(before, library, operation), op(after, library, operation), rounds, batch);
      }
    }
  }

  private static ClassLoader loader(String jar) throws Exception {
    return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  /** The operation of a fresh, set-up benchmark instance loaded by {@code loader}, bound. */
  private static MethodHandle op(ClassLoader loader, String library, String operation) throws Throwable {
    Class<?> type = Class.forName(CLASS, true, loader);
    Object bench = type.getConstructor().newInstance();
    type.getField("library").set(bench, library);
    type.getMethod("setUp").invoke(bench);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    return lookup.findVirtual(type, operation, MethodType.methodType(Object.class)).bindTo(bench)
        .asType(MethodType.methodType(Object.class));
  }

  private static void compare(String library, String operation, MethodHandle before, MethodHandle after,
      int rounds, int batch) throws Throwable {
    List<Double> ratios = new ArrayList<>();
    long beforeNanos = 0;
    long afterNanos = 0;
    Object sink = null;
    for (int round = 0; round < rounds; round++) {
      long b;
      long a;
      if (round % 2 == 0) {
        b = time(before, batch);
        a = time(after, batch);
      } else {
        a = time(after, batch);
        b = time(before, batch);
      }
      sink = before.invokeExact();
      if (round >= rounds / 3) {
        ratios.add((double) a / b);
        beforeNanos += b;
        afterNanos += a;
      }
    }
    Collections.sort(ratios);
    int n = ratios.size();
    long ops = (long) n * batch;
    System.out.printf(Locale.ROOT, "%-8s %-13s before %7d ns/op  after %7d ns/op  after/before median %.3f"
        + " (quartiles %.3f-%.3f)%s%n", library, operation, beforeNanos / ops, afterNanos / ops,
        ratios.get(n / 2), ratios.get(n / 4), ratios.get(3 * n / 4), sink == null ? " (no result)" : "");
  }

  private static long time(MethodHandle op, int batch) throws Throwable {
    Object sink = null;
    long t0 = System.nanoTime();
    for (int i = 0; i < batch; i++) {
      sink = (Object) op.invokeExact();
    }
    long t = System.nanoTime() - t0;
    if (sink == null) {
      throw new AssertionError("no result");
    }
    return t;
  }
}
