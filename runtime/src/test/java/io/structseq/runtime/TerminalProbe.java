package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link TerminalSizeTest}: runs the calls whose answer depends on how the process
 * was started (its terminal, its native access, the backend property) and writes one line per call
 * to the file named by its argument: the result's repr or the exception.
 */
public final class TerminalProbe {
  private TerminalProbe() {}

  /** @param args the output file */
  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("backend " + PosixBackendSelector.BACKEND.name());
    lines.add("stdout " + outcome(Os::getTerminalSize));
    lines.add("stdin " + outcome(() -> Os.getTerminalSize(0)));
    lines.add("stderr " + outcome(() -> Os.getTerminalSize(2)));
    lines.add("statvfs " + outcome(() -> Os.statvfs(Path.of("/"))));
    Files.write(Path.of(args[0]), lines);
  }

  private static String outcome(Call call) {
    try {
      return call.run().toString();
    } catch (ErrnoException e) {
      return "ErrnoException [Errno " + e.errno() + "] " + e.getMessage();
    } catch (IOException | RuntimeException e) {
      return e.toString();
    }
  }

  private interface Call {
    Object run() throws IOException;
  }
}
