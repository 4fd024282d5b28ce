package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Time#localtime(long)} reads {@code TZ} from the environment as glibc does: each case starts
 * a child JVM with a {@code TZ} value and compares its output with CPython's under the same value.
 */
class TimeEnvTest {
  /** Instants across DST edges of several zones, 2038+, 1900. */
  private static final List<Long> STAMPS = List.of(
      -2_208_988_800L, -1L, 0L, 1_711_846_799L, 1_711_846_800L, 1_729_990_799L, 1_729_990_800L,
      1_710_054_000L, 1_730_613_600L, 2_147_483_647L, 2_147_483_648L, 2_208_988_800L,
      2_224_000_000L, 4_102_444_800L);

  /** Prints, for each argument, {@code repr tm_zone tm_gmtoff} of {@link Time#localtime(long)}. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) {
      for (String arg : args) {
        StructTime t = Time.localtime(Long.parseLong(arg));
        System.out.println(t + " " + t.tm_zone() + " " + t.tm_gmtoff());
      }
    }
  }

  @ParameterizedTest(name = "TZ=''{0}''")
  @ValueSource(strings = {
    "Europe/Berlin", ":Australia/Lord_Howe", "", ":", "/usr/share/zoneinfo/Asia/Kolkata",
    "EST5EDT,M3.2.0,M11.1.0", "<+0330>-3:30", "CET-1CEST,M3.5.0,M10.5.0/3", "Nowhere/Invalid",
    "<unset>"})
  void localtimeFollowsTzLikeCPython(String tz) {
    PythonTime.requirePython();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Child.class.getName());
    STAMPS.forEach(t -> command.add(Long.toString(t)));
    List<String> ours;
    if (tz.equals("<unset>")) {
      ours = runWithout(command);
    } else {
      ours = PythonTime.execute(command, "", Map.of("TZ", tz));
    }

    List<String> theirs = python(tz).stream()
        .map(r -> r.repr() + " " + r.zone() + " " + r.gmtoff())
        .collect(Collectors.toList());
    assertEquals(theirs, ours, "TZ=" + tz);
  }

  /** CPython's answers under a TZ value; "<unset>" runs it without TZ in the environment. */
  private static List<PythonTime.Result> python(String tz) {
    if (tz.equals("<unset>")) {
      // The JVM runs this test with its own environment; only a child can lose TZ.
      String python = PythonTime.requirePython();
      String script = "import sys, time\n"
          + "for s in sys.argv[1:]:\n"
          + "    t = time.localtime(int(s))\n"
          + "    print(repr(t), t.tm_zone, t.tm_gmtoff)\n";
      List<String> command = new ArrayList<>(List.of(python, "-c", script));
      STAMPS.forEach(t -> command.add(Long.toString(t)));
      List<String> lines = runWithout(command);
      List<PythonTime.Result> results = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int gmtoffAt = line.lastIndexOf(' ');
        int zoneAt = line.lastIndexOf(' ', gmtoffAt - 1);
        results.add(new PythonTime.Result(STAMPS.get(i), List.of(), line.substring(zoneAt + 1, gmtoffAt),
            Integer.parseInt(line.substring(gmtoffAt + 1)), line.substring(0, zoneAt)));
      }
      return results;
    }
    return PythonTime.run(Map.of(tz, STAMPS)).get(tz);
  }

  /** Runs a command with TZ removed from its environment. */
  private static List<String> runWithout(List<String> command) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("TZ");
    return PythonTime.executeIn(command, env);
  }
}
