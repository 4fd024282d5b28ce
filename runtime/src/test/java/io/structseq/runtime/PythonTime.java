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
  /**
   * Python that finds where {@code time.localtime} changes, under the {@code TZ} already set:
   * {@code changes(lo, hi, step, listed)} walks from {@code lo} to {@code hi} in steps of
   * {@code step} seconds and halves every step across which (tm_gmtoff, tm_isdst, tm_zone) differ down
   * to the second at which they do; it returns those seconds with {@code listed}, the ones CPython's
   * own readers found (zoneinfo's TZif reader, or its TZ string rules), sorted. A period shorter than
   * {@code step} between two steps is seen only when it is listed.
   */
  static final String CHANGES = String.join("\n",
      "def key(t):",
      "    x = time.localtime(t)",
      "    return (x.tm_gmtoff, x.tm_isdst, x.tm_zone)",
      "def changes(lo, hi, step, listed=()):",
      "    found = set(int(t) for t in listed if lo <= t <= hi)",
      "    t0, k0 = lo, key(lo)",
      "    for t in range(lo + step, hi + step, step):",
      "        k = key(t)",
      "        if k != k0:",
      "            a, b = t0, t",
      "            while b - a > 1:",
      "                mid = (a + b) // 2",
      "                if key(mid) == k0:",
      "                    a = mid",
      "                else:",
      "                    b = mid",
      "            found.add(b)",
      "        t0, k0 = t, k",
      "    return sorted(found)",
      "");

  /**
   * Reads "zone<TAB>t t t ..." lines; prints one line per timestamp. For "zone<TAB>@changes" it picks
   * the timestamps itself: every three days of 1969, 2024, 2038 and 2100 (and two days around each),
   * and the second before, at and after each change it finds there ({@link #CHANGES}: two-hour steps,
   * and the changes of zoneinfo's own reading of the TZ string when it takes it); it prints their
   * number first ("@changes<TAB>n").
   */
  private static final String SCRIPT = String.join("\n",
      "import calendar, os, sys, time",
      "from zoneinfo import _zoneinfo",
      CHANGES,
      "def rule_changes(zone, years):",
      "    try:",
      "        rules = _zoneinfo._parse_tz_str(zone)",
      "    except Exception:",
      "        return []",
      "    if not isinstance(rules, _zoneinfo._TZStr):",
      "        return []",
      "    found = []",
      "    for year in years:",
      "        start, end = rules.transitions(year)",
      "        found += [start - rules.std.utcoff.total_seconds(), end - rules.dst.utcoff.total_seconds()]",
      "    return found",
      "def stamps_at_changes(zone):",
      "    stamps = set()",
      "    for y in (1969, 2024, 2038, 2100):",
      "        lo = calendar.timegm((y, 1, 1, 0, 0, 0)) - 2 * 86400",
      "        hi = calendar.timegm((y + 1, 1, 1, 0, 0, 0)) + 2 * 86400",
      "        stamps.update(range(lo, hi, 3 * 86400))",
      "        for t in changes(lo, hi, 7200, rule_changes(zone, (y - 1, y, y + 1))):",
      "            stamps.update((t - 1, t, t + 1))",
      "    return sorted(stamps)",
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
      "    if stamps == '@changes':",
      "        stamps = ' '.join(map(str, stamps_at_changes(zone)))",
      "        print('@changes\\t%d' % len(stamps.split()))",
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
     * {@code time.localtime(t)} under {@code TZ=zone} at the timestamps CPython picks: every three
     * days of 1969, 2024, 2038 and 2100, and around every change of the zone that it finds there (see
     * {@link PythonTime#SCRIPT}); none of them comes from the runtime.
     *
     * @param zone the TZ value (no tab, newline or NUL)
     * @return the results, each with its timestamp, in time order
     */
    List<Result> askAtChanges(String zone) {
      try {
        questions.write(zone + "\t@changes\n");
        questions.flush();
        String count = answers.readLine();
        if (count == null || !count.startsWith("@changes\t")) {
          throw new IllegalStateException("CPython answered " + count + " for TZ=" + zone);
        }
        int n = Integer.parseInt(count.substring("@changes\t".length()));
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String answer = answers.readLine();
          if (answer == null) {
            throw new IllegalStateException("CPython ended before answering TZ=" + zone);
          }
          results.add(parse(answer, Long.parseLong(answer.substring(0, answer.indexOf('\t')))));
        }
        return results;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
