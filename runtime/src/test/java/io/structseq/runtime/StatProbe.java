package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link OsStatXstatTest}: started with a system property that changes how the FFM
 * backend links {@code stat}, it writes the functions it called, then for each path its
 * {@code os.stat} and {@code os.lstat} repr (or the exception), one line each, to the file named by its
 * first argument.
 */
public final class StatProbe {
  private StatProbe() {}

  /** @param args the output file, then the paths */
  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("backend " + Os.backend());
    String backend = Os.backend().equals("jnr") ? "OsJnrBackend" : "OsFfmBackend";
    lines.add("symbol " + Class.forName("io.structseq.runtime." + backend).getDeclaredMethod("symbol").invoke(null));
    for (int i = 1; i < args.length; i++) {
      Path path = Path.of(args[i]);
      lines.add("stat " + outcome(() -> Os.stat(path)));
      lines.add("lstat " + outcome(() -> Os.lstat(path)));
    }
    Files.write(Path.of(args[0]), lines);
  }

  private interface Call {
    Object run() throws IOException;
  }

  private static String outcome(Call call) {
    try {
      return String.valueOf(call.run());
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName();
    }
  }
}
