package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of {@link TerminalSizeTest} and {@link UnamePersonalityTest}: runs the calls whose
 * answer depends on how the process was started (its terminal, its personality, its native access,
 * the backend property) and writes one line per call
 * to the file named by its argument: the result's repr or the exception.
 */
public final class TerminalProbe {
  private TerminalProbe() {}

  /** @param args the output file */
  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("backend " + PosixBackend.CURRENT.name());
    lines.add("stdout " + outcome(Os::getTerminalSize));
    lines.add("stdin " + outcome(() -> Os.getTerminalSize(0)));
    lines.add("stderr " + outcome(() -> Os.getTerminalSize(2)));
    lines.add("statvfs " + outcome(() -> Os.statvfs(Path.of("/"))));
    lines.add("uname " + outcome(Os::uname));
    Files.write(Path.of(args[0]), lines);
  }

  /** The probe's output file read back: call name to outcome. */
  static Map<String, String> results(Path file) throws IOException {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int space = line.indexOf(' ');
      lines.put(line.substring(0, space), line.substring(space + 1));
    }
    return lines;
  }

  /** A log for a failure message: its text, or why it could not be read. */
  static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
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
