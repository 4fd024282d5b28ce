package io.structseq.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs real CPython's {@code time.localtime} and {@code time.gmtime} for tests: one {@code python3}
 * process answers a whole batch of zones and timestamps (it switches zones with {@code TZ} and
 * {@code time.tzset()}, as a fresh process with that {@code TZ} would see them).
 *
 * <p>Uses the CPython of {@link CPython} (chosen once for the build by
 * {@code io.structseq.testing.PythonLookup}); without one, {@link #requirePython()} skips the calling
 * test, or fails it when CI forbids the skip.
 */
final class PythonTime {
  /** Reads "zone<TAB>t t t ..." lines; prints one line per timestamp. */
  private static final String SCRIPT = String.join("\n",
      "import os, sys, time",
      "for line in sys.stdin:",
      "    zone, stamps = line.rstrip('\\n').split('\\t')",
      "    if zone == '<gmtime>':",
      "        convert = time.gmtime",
      "    elif zone == '<inherited>':",
      "        convert = time.localtime",
      "    else:",
      "        # A fresh process's state first: glibc keeps some of the previous zone (rule_dstoff).",
      "        os.environ['TZ'] = 'UTC'",
      "        time.tzset()",
      "        os.environ['TZ'] = zone",
      "        time.tzset()",
      "        convert = time.localtime",
      "    for s in stamps.split():",
      "        try:",
      "            t = convert(int(s))",
      "            print('\\t'.join([s, ' '.join(map(str, t[:9])), t.tm_zone, str(t.tm_gmtoff), repr(t)]))",
      "        except Exception as e:",
      "            print('\\t'.join([s, 'error', type(e).__name__]))",
      "");

  /**
   * One answer of CPython.
   *
   * @param epochSecond the timestamp asked for
   * @param fields the nine visible fields, or null when CPython raised an error
   * @param zone {@code tm_zone}
   * @param gmtoff {@code tm_gmtoff}
   * @param repr {@code repr()} of the result, or the exception's class name
   */
  record Result(long epochSecond, List<Integer> fields, String zone, int gmtoff, String repr) {
    boolean failed() {
      return fields == null;
    }
  }

  /** The pseudo-zone that asks for {@code time.gmtime}. */
  static final String GMTIME = "<gmtime>";
  /** The pseudo-zone that asks for {@code time.localtime} with {@code TZ} as this JVM has it. */
  static final String INHERITED = "<inherited>";

  private PythonTime() {}

  /** The Python executable, or null when there is none. */
  static String python() {
    return CPython.EXECUTABLE;
  }

  /** Skips the calling test, visibly, when no Python is installed. */
  static String requirePython() {
    return CPython.require();
  }

  /**
   * {@code time.localtime(t)} for every timestamp under each {@code TZ} value, in one process.
   *
   * @param stampsByZone for each {@code TZ} value, the timestamps; the key {@link #GMTIME} asks for
   *     {@code time.gmtime}, {@link #INHERITED} for {@code time.localtime} under the environment
   *     this JVM was started with
   * @return for each zone, the results in the order asked
   */
  static Map<String, List<Result>> run(Map<String, List<Long>> stampsByZone) {
    return run(stampsByZone, Map.of());
  }

  /**
   * As {@link #run(Map)}, with extra environment variables for the Python process.
   *
   * @param stampsByZone for each {@code TZ} value, the timestamps
   * @param environment variables to set, such as {@code TZDIR}
   * @return for each zone, the results in the order asked
   */
  static Map<String, List<Result>> run(Map<String, List<Long>> stampsByZone,
      Map<String, String> environment) {
    String python = requirePython();
    StringBuilder input = new StringBuilder();
    stampsByZone.forEach((zone, stamps) -> {
      input.append(zone).append('\t');
      stamps.forEach(t -> input.append(t).append(' '));
      input.append('\n');
    });
    List<String> lines = execute(List.of(python, "-c", SCRIPT), input.toString(), environment);
    Map<String, List<Result>> results = new LinkedHashMap<>();
    int line = 0;
    for (Map.Entry<String, List<Long>> e : stampsByZone.entrySet()) {
      List<Result> zoneResults = new ArrayList<>();
      for (long t : e.getValue()) {
        zoneResults.add(parse(lines.get(line++), t));
      }
      results.put(e.getKey(), zoneResults);
    }
    return results;
  }

  private static Result parse(String line, long expected) {
    String[] parts = line.split("\t", -1);
    if (Long.parseLong(parts[0]) != expected) {
      throw new IllegalStateException("python answered " + line + " for " + expected);
    }
    if (parts[1].equals("error")) {
      return new Result(expected, null, null, 0, parts[2]);
    }
    List<Integer> fields = new ArrayList<>();
    for (String f : parts[1].split(" ")) {
      fields.add(Integer.valueOf(f));
    }
    return new Result(expected, fields, parts[2], Integer.parseInt(parts[3]), parts[4]);
  }

  /**
   * One CPython process that answers zone after zone, as {@link #run(Map)} does in one batch, for
   * a property whose tries (and shrinking) come one at a time: every question goes to the same
   * process, and each answer is read before the next question.
   */
  static final class Session implements AutoCloseable {
    private final Process process;
    private final java.io.BufferedWriter questions;
    private final java.io.BufferedReader answers;

    Session() {
      try {
        ProcessBuilder builder = new ProcessBuilder(requirePython(), "-u", "-c", SCRIPT);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      questions = new java.io.BufferedWriter(
          new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      answers = new java.io.BufferedReader(
          new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * {@code time.localtime(t)} under {@code TZ=zone} for every timestamp.
     *
     * @param zone the TZ value (no tab, newline or NUL)
     * @param stamps the timestamps
     * @return the results in the order asked
     */
    List<Result> ask(String zone, List<Long> stamps) {
      try {
        StringBuilder line = new StringBuilder(zone).append('\t');
        stamps.forEach(t -> line.append(t).append(' '));
        questions.write(line.append('\n').toString());
        questions.flush();
        List<Result> results = new ArrayList<>();
        for (long t : stamps) {
          String answer = answers.readLine();
          if (answer == null) {
            throw new IllegalStateException("CPython ended before answering TZ=" + zone);
          }
          results.add(parse(answer, t));
        }
        return results;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      questions.close();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Runs a command with input on stdin; fails the test on a non-zero exit.
   *
   * @return its standard output, line by line
   */
  static List<String> execute(List<String> command, String input, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    return execute(builder, input);
  }

  /**
   * Runs a command with exactly the given environment, nothing on stdin.
   *
   * @return its standard output, line by line
   */
  static List<String> executeIn(List<String> command, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    return execute(builder, "");
  }

  private static List<String> execute(ProcessBuilder builder, String input) {
    List<String> command = builder.command();
    try {
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      Process process = builder.start();
      // Feed stdin from another thread: the child's output could fill the pipe before it has read all.
      Thread feeder = new Thread(() -> {
        try (var stdin = process.getOutputStream()) {
          stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          // the process died; its exit status reports it
        }
      });
      feeder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      feeder.join();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(command.get(0) + " failed: " + out);
      }
      return out.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
