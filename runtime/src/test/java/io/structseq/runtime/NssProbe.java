package io.structseq.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The child JVM of {@link NssInterpositionTest}, started under {@code LD_PRELOAD}: writes the repr of
 * each lookup (or CPython's {@code KeyError} line), one a line, to the file named by its argument.
 */
public final class NssProbe {
  private NssProbe() {}

  /** @param args the output file */
  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Supplier<Object> call : NssInterpositionTest.calls(Pwd::getpwnam, Pwd::getpwuid, Grp::getgrnam,
        Grp::getgrgid, Pwd::getpwall, Grp::getgrall)) {
      try {
        lines.add(String.valueOf(call.get()));
      } catch (NoSuchElementException e) {
        lines.add("KeyError: " + io.structseq.PyRepr.reprString(e.getMessage()));
      }
    }
    lines.add("members of huge: " + Grp.getgrnam("huge").gr_mem().size());
    Files.write(Path.of(args[0]), lines);
  }
}
