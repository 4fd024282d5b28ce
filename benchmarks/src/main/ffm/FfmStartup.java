import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * Where the first {@code stat} through the Foreign Function &amp; Memory API spends its time in a fresh
 * JVM: the same steps, in the same order, as the runtime's FFM backend on the first {@code Os.stat}
 * ({@code run.sh} runs it on JDK 25 with an AOT cache trained on it, as the samples' launchers run).
 * Prints one {@code ffmstart.STEP<TAB>ms} line per step; nothing is printed until the end, so no
 * step pays for the first use of the console.
 *
 * <p>Compiled on its own with JDK 22 or later: the benchmarks module itself targets JDK 17.
 */
public final class FfmStartup {
  public static void main(String[] args) throws Throwable {
    String path = args.length > 0 ? args[0] : "/etc/hosts";
    long[] at = new long[8];
    at[0] = System.nanoTime();
    Linker linker = Linker.nativeLinker();
    MemorySegment stat = linker.defaultLookup().find("stat").orElseThrow();
    MemorySegment lstat = linker.defaultLookup().find("lstat").orElseThrow();
    at[1] = System.nanoTime();
    Linker.Option errno = Linker.Option.captureCallState("errno");
    FunctionDescriptor descriptor = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
    MethodHandle statHandle = linker.downcallHandle(stat, descriptor, errno);
    at[2] = System.nanoTime();
    MethodHandle lstatHandle = linker.downcallHandle(lstat, descriptor, errno);
    at[3] = System.nanoTime();
    Arena arena = Arena.ofAuto();
    MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
    MemorySegment buffer = arena.allocate(144, 8);
    MemorySegment name = arena.allocate(256);
    at[4] = System.nanoTime();
    name.setString(0, path, StandardCharsets.UTF_8);
    at[5] = System.nanoTime();
    int rc = (int) statHandle.invokeExact(state, name, buffer);
    at[6] = System.nanoTime();
    long size = buffer.get(JAVA_LONG, 48);
    at[7] = System.nanoTime();
    if (rc != 0 || lstatHandle == null) {
      throw new IllegalStateException("stat(" + path + ") returned " + rc);
    }
    String[] steps = {"linker", "link_first", "link_second", "allocate", "first_write", "first_call",
        "first_read"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < steps.length; i++) {
      out.append("ffmstart.").append(steps[i]).append('\t')
          .append(String.format("%.2f", (at[i + 1] - at[i]) / 1e6)).append('\n');
    }
    out.append("ffmstart.total\t").append(String.format("%.2f", (at[7] - at[0]) / 1e6))
        .append("\n# st_size ").append(size).append('\n');
    System.out.print(out);
  }
}
