package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.testing.ProcessRun;
import io.structseq.testing.Strict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Time#localtime(long)} in a process whose time zone comes from outside and is broken:
 * {@code TZ} naming an empty, truncated or garbage file, {@code TZ} strings that do not parse,
 * {@code TZDIR}, and a missing, empty or garbage {@code /etc/localtime}. Each case runs a child JVM
 * ({@link TimeEnvTest.Child}) and CPython (which asks glibc) in the same environment; their answers must
 * be equal. Neither fails: glibc falls back to UTC, named {@code 'UTC'} or unnamed, and so must the
 * runtime.
 *
 * <p>{@code /etc/localtime} is replaced only inside a private mount namespace of the two processes
 * ({@code unshare --user --map-root-user --mount}): a {@code tmpfs} over {@code /etc} holds a link to
 * every entry of the real one but {@code localtime}, which is missing or the test's own file. Nothing
 * outside the namespace sees it. {@code .ci/run} keeps {@code CAP_SETFCAP}, which Linux 5.12+ requires
 * of a root that maps its uid 0 into a new user namespace, and no capability that reads through
 * permission bits.
 */
class TimeFromOutsideTest {
  /**
   * Instants across DST edges of Europe/Berlin (the zone the broken files are cut from) in its table
   * and, in 2100, in its footer's rules; and 1900, 1970, 2038.
   */
  private static final List<Long> STAMPS = List.of(
      -2_208_988_800L, -1L, 0L, 1_711_846_799L, 1_711_846_800L, 1_729_990_799L, 1_729_990_800L,
      2_147_483_648L, 4_102_444_800L, 4_109_878_799L, 4_109_878_800L, 4_118_083_200L,
      4_128_627_599L, 4_128_627_600L);
  private static final Path ZONEINFO = Path.of("/usr/share/zoneinfo");
  /**
   * Makes a private /etc without localtime, then adds {@code $2} as /etc/localtime unless it is empty,
   * then runs the rest of the arguments. {@code $1} is an empty directory to hold the real /etc.
   */
  private static final String PRIVATE_ETC = String.join("\n",
      "set -e",
      "real=\"$1\"; localtime=\"$2\"; shift 2",
      "mount --bind /etc \"$real\"",
      "mount -t tmpfs tmpfs /etc",
      "for f in \"$real\"/* \"$real\"/.[!.]*; do",
      "  [ -e \"$f\" ] || [ -L \"$f\" ] || continue",
      "  [ \"${f##*/}\" = localtime ] || ln -s \"$f\" \"/etc/${f##*/}\"",
      "done",
      "[ -z \"$localtime\" ] || cp \"$localtime\" /etc/localtime",
      "exec \"$@\"");

  @TempDir static Path dir;
  private static Path berlin;

  @BeforeAll
  static void files() throws IOException {
    berlin = ZONEINFO.resolve("Europe/Berlin");
    Strict.assume(Files.isRegularFile(berlin), "tz database test SKIPPED: no " + berlin);
    byte[] zone = Files.readAllBytes(berlin);
    Files.write(dir.resolve("empty"), new byte[0]);
    Files.write(dir.resolve("header-only"), Arrays.copyOf(zone, 44));
    Files.write(dir.resolve("half"), Arrays.copyOf(zone, zone.length / 2));
    Files.write(dir.resolve("no-footer-newline"), Arrays.copyOf(zone, zone.length - 1));
    Files.write(dir.resolve("no-footer"), Arrays.copyOf(zone, footerStart(zone)));
    Files.writeString(dir.resolve("text"), "Europe/Berlin\n");
    byte[] garbage = new byte[4096];
    new java.util.Random(15).nextBytes(garbage);
    Files.write(dir.resolve("garbage"), garbage);
    byte[] magic = garbage.clone();
    System.arraycopy("TZif2".getBytes(StandardCharsets.US_ASCII), 0, magic, 0, 5);
    Files.write(dir.resolve("magic-then-garbage"), magic);
    // A tz database of one zone, for TZDIR.
    Files.createDirectories(dir.resolve("tzdir/My"));
    Files.copy(ZONEINFO.resolve("Asia/Kolkata"), dir.resolve("tzdir/My/Zone"));
    Files.createDirectories(dir.resolve("empty-tzdir"));
  }

  /** Where the POSIX TZ footer of a TZif v2+ file starts: after the newline before its last line. */
  private static int footerStart(byte[] zone) {
    int i = zone.length - 2;
    while (zone[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  /** The cases with {@code TZ} set: TZ values and, where a key says so, {@code TZDIR}. */
  @Test
  void brokenTzValuesGiveWhatGlibcGives() {
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    for (String file : List.of("empty", "header-only", "half", "no-footer-newline", "no-footer", "text",
        "garbage", "magic-then-garbage")) {
      cases.put(file, Map.of("TZ", dir.resolve(file).toString()));
      cases.put(":" + file, Map.of("TZ", ":" + dir.resolve(file)));
    }
    cases.put("missing file", Map.of("TZ", dir.resolve("missing").toString()));
    cases.put("a directory", Map.of("TZ", dir.toString()));
    for (String spec : List.of("EST5EDT,M3", "EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0",
        "EST5EDT,M3.2", "EST5EDT,M3.2.0,M11", "EST5EDT,M3.2.0/,M11.1.0", "EST+ 5EDT,M 3.2.0,M11.1.0",
        "EST+-5", "EST5EDT,M3.99999999999999999999.0,M11.1.0", "EST5EDT,M3.65537.0,M11.1.0", "<+03", "ABC", "A1B", "EST5EDT,M13.1.0,M11.1.0",
        "EST+25", "EST5EDT,J0,J366", "EST5EDT,M3.2.0/200,M11.1.0", "5", "<>5", "<A>5", "EST5EDT4,",
        "EST5:60", "E5", "ES T5", "EST5EDT,M3.2.0,M11.1.0,M1.1.1", "\u00e9T5", "EST5EDT;M3.2.0,M11.1.0",
        "..", "../../../../etc/passwd", "Europe//Berlin", "Europe/./Berlin", "europe/berlin")) {
      cases.put("TZ=" + spec, Map.of("TZ", spec));
    }
    cases.put("TZDIR names a database", Map.of("TZ", "My/Zone", "TZDIR", dir.resolve("tzdir").toString()));
    cases.put("TZDIR, :name", Map.of("TZ", ":My/Zone", "TZDIR", dir.resolve("tzdir").toString()));
    cases.put("TZDIR without the zone", Map.of("TZ", "Europe/Berlin", "TZDIR", dir.resolve("empty-tzdir").toString()));
    cases.put("TZDIR missing", Map.of("TZ", "Europe/Berlin", "TZDIR", dir.resolve("missing").toString()));
    cases.put("TZDIR empty", Map.of("TZ", "Asia/Kolkata", "TZDIR", ""));
    cases.put("TZDIR relative", Map.of("TZ", "Asia/Kolkata", "TZDIR", "usr/share/zoneinfo"));
    cases.put("TZDIR, absolute TZ", Map.of("TZ", ZONEINFO.resolve("Asia/Kolkata").toString(),
        "TZDIR", dir.resolve("tzdir").toString()));

    List<String> failures = new ArrayList<>();
    cases.forEach((name, env) -> {
      String expected = python(List.of(), env);
      String actual = java(List.of(), env);
      if (!expected.equals(actual)) {
        failures.add(name + " " + env + ":\n  CPython " + expected.replace("\n", "\n          ")
            + "\n  Java    " + actual.replace("\n", "\n          "));
      }
    });
    assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " cases differ");
  }

  /** TZ unset, with {@code /etc/localtime} missing, empty, garbage, truncated, or another zone. */
  @Test
  void etcLocaltimeMissingOrBrokenGivesWhatGlibcGives() throws IOException {
    List<String> probe = List.of("unshare", "--user", "--map-root-user", "--mount", "true");
    ProcessRun can = ProcessRun.of(probe, Map.of(), null);
    Strict.assume(can.status() == 0, "/etc/localtime test SKIPPED: cannot make a private mount namespace"
        + " (" + String.join(" ", probe) + ": " + can.errText().strip() + ")");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("missing", "");
    files.put("another zone (the control)", ZONEINFO.resolve("Asia/Kolkata").toString());
    for (String file : List.of("empty", "header-only", "half", "no-footer", "text", "garbage")) {
      files.put(file, dir.resolve(file).toString());
    }
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path real = Files.createDirectory(dir.resolve("real-etc-" + n++));
      List<String> prefix = List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
          PRIVATE_ETC, "private-etc", real.toString(), e.getValue());
      String expected = python(prefix, Map.of());
      String actual = java(prefix, Map.of());
      if (!expected.equals(actual)) {
        failures.add("/etc/localtime " + e.getKey() + ":\n  CPython " + expected.replace("\n", "\n          ")
            + "\n  Java    " + actual.replace("\n", "\n          "));
      }
      if (e.getKey().startsWith("another zone")) {
        assertEquals(true, actual.contains(" IST 19800"), "the namespace's /etc/localtime is read: " + actual);
      }
    }
    assertEquals("", String.join("\n", failures), failures.size() + " of " + files.size() + " cases differ");
  }

  /** CPython's {@code time.localtime} of every stamp, one line each: repr, tm_zone, tm_gmtoff. */
  private static String python(List<String> prefix, Map<String, String> env) {
    String script = "import sys, time\n"
        + "for s in sys.argv[1:]:\n"
        + "    t = time.localtime(int(s))\n"
        + "    print(repr(t), t.tm_zone, t.tm_gmtoff)\n";
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(io.structseq.testing.CPython.require(), "-c", script));
    return output(command, env);
  }

  /** The same from a child JVM. */
  private static String java(List<String> prefix, Map<String, String> env) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), TimeEnvTest.Child.class.getName()));
    return output(command, env);
  }

  /** Runs with TZ and TZDIR only as {@code env} has them; the output, or the failure as text. */
  private static String output(List<String> command, Map<String, String> env) {
    List<String> withStamps = new ArrayList<>(command);
    STAMPS.forEach(t -> withStamps.add(Long.toString(t)));
    Map<String, String> environment = new HashMap<>(env);
    ProcessBuilder clean = new ProcessBuilder();
    for (String name : List.of("TZ", "TZDIR")) {
      if (!env.containsKey(name) && clean.environment().containsKey(name)) {
        throw new IllegalStateException(name + " is set in the test JVM's environment; unset it");
      }
    }
    environment.put("PYTHONIOENCODING", "utf-8");
    ProcessRun run = ProcessRun.of(withStamps, environment, null);
    if (run.status() != 0) {
      return "exit status " + run.status() + ": " + run.errText().lines().reduce((a, b) -> b).orElse("");
    }
    return run.text().lines().collect(Collectors.joining("\n"));
  }
}
