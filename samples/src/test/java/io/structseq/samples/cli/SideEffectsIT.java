package io.structseq.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.structseq.testing.Jdk25Lookup;
import io.structseq.testing.Strict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launchers {@code samples/pystat} and {@code samples/pyos} as the build left them (its start-up
 * caches in {@code samples/target}), run on this JDK and on the build's JDK 25: they change nothing
 * outside {@code samples/target} and leave no process behind.
 *
 * <p>Watched: {@code /tmp} and {@code java.io.tmpdir} (the JVM's hsperfdata and the jar tool's files
 * would land there), the user's home, the working directory, each by its listing and modification time,
 * and {@code samples/} outside {@code target/}, recursively. Other programs on the machine may write
 * to {@code /tmp} meanwhile, so an entry fails that test only when it changed in each of five runs of
 * the same launcher and in none of the equally long windows between them: what a launcher changes,
 * it changes every time. A second test traces the launchers' system calls ({@code strace -f}), which
 * no other program's files can blur.
 */
class SideEffectsIT {
  private static final Path SAMPLES =
      Path.of(System.getProperty("pystat.jar", "target/pystat.jar")).toAbsolutePath()
          .getParent().getParent();
  private static final int ATTEMPTS = 5;

  /** Every watched folder, the user's and the system's temporary folders first. */
  private static List<Path> watched() {
    Set<Path> dirs = new LinkedHashSet<>();
    dirs.add(Path.of("/tmp"));
    dirs.add(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
    dirs.add(Path.of(System.getProperty("user.home")));
    dirs.add(Path.of("").toAbsolutePath());
    dirs.add(SAMPLES);
    return new ArrayList<>(dirs);
  }

  /** The JAVA_HOMEs the launchers run with: this JDK and the build's JDK 25 where it exists. */
  private static List<String> javaHomes() {
    List<String> homes = new ArrayList<>(List.of(System.getProperty("java.home")));
    Path jdk25 = Jdk25Lookup.home();
    if (jdk25 != null && !homes.contains(jdk25.toString())) {
      homes.add(jdk25.toString());
    }
    return homes;
  }

  /**
   * What each watched folder holds, with modification times: the folder itself and its entries, and
   * below {@code samples/} (except {@code target/}) every file.
   */
  private static Map<String, String> snapshot() throws IOException {
    Map<String, String> state = new TreeMap<>();
    for (Path dir : watched()) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      int depth = dir.equals(SAMPLES) ? Integer.MAX_VALUE : 1;
      try (Stream<Path> files = Files.walk(dir, depth)) {
        files.filter(f -> !f.startsWith(SAMPLES.resolve("target"))).forEach(f -> {
          try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
            state.put(f.toString(), a.lastModifiedTime() + " " + a.size());
          } catch (IOException e) {
            state.put(f.toString(), "unreadable: " + e.getClass().getSimpleName());
          }
        });
      } catch (UncheckedIOException e) {
        // an entry that another program removed while the walk ran: the next attempt tells
        state.put(dir + " (walk)", "changed while read");
      }
    }
    return state;
  }

  /** The entries that are new, gone or changed between two snapshots, each with what happened. */
  private static Map<String, String> difference(Map<String, String> before,
      Map<String, String> after) {
    Map<String, String> changed = new TreeMap<>();
    Set<String> names = new java.util.TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      String b = before.get(name);
      String a = after.get(name);
      if (b == null) {
        changed.put(name, "new");
      } else if (a == null) {
        changed.put(name, "gone");
      } else if (!a.equals(b)) {
        changed.put(name, "changed: " + b + " -> " + a);
      }
    }
    return changed;
  }

  /** Every launcher on every JDK: the command and its JAVA_HOME. */
  private static List<List<String>> launches() {
    List<List<String>> launches = new ArrayList<>();
    for (String javaHome : javaHomes()) {
      launches.add(List.of(javaHome, SAMPLES.resolve("pystat").toString(), "/etc/hosts", "/tmp"));
      launches.add(List.of(javaHome, SAMPLES.resolve("pyos").toString(), "os.lstat", "/tmp"));
    }
    return launches;
  }

  /**
   * Runs one launcher (JAVA_HOME first, then the command), behind {@code prefix} (nothing, or a
   * tracer); it must print its answer and nothing on stderr.
   */
  private static void run(List<String> prefix, List<String> launch, String marker)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(launch.subList(1, launch.size()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().put("JAVA_HOME", launch.get(0));
    // Every process the launcher starts inherits this, however it detaches.
    builder.environment().put("STRUCTSEQ_SIDE_EFFECTS_PROBE", marker);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), launch + ": timed out");
    assertEquals(0, process.exitValue(), launch + ": " + err);
    assertEquals("", err, launch.toString());
    assertTrue(out.startsWith("os.stat_result(st_mode="), launch + ": " + out);
  }

  /** The processes that carry the marker in their environment, as "pid command line". */
  private static List<String> processesWith(String marker) throws IOException {
    List<String> found = new ArrayList<>();
    byte[] needle = ("STRUCTSEQ_SIDE_EFFECTS_PROBE=" + marker).getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : (Iterable<Path>) procs::iterator) {
        if (!proc.getFileName().toString().matches("[0-9]+")) {
          continue;
        }
        byte[] environ;
        try {
          environ = Files.readAllBytes(proc.resolve("environ"));
        } catch (IOException e) {
          continue; // gone, or another user's
        }
        if (contains(environ, needle)) {
          String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")),
              StandardCharsets.UTF_8).replace('\0', ' ');
          found.add(proc.getFileName() + " " + cmdline);
        }
      }
    }
    return found;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void launchersChangeNoFolderOutsideTargetAndLeaveNoProcess() throws Exception {
    assertTrue(Files.isRegularFile(SAMPLES.resolve("target/pystat.jar")),
        "samples/target/pystat.jar is missing: run the package phase first");
    for (List<String> launch : launches()) {
      // Each run of the launcher is followed by a window of the same length without it: an entry
      // that changes in every run and in no such window is the launcher's doing.
      Map<String, Integer> changedInRuns = new TreeMap<>();
      Map<String, String> lastChange = new TreeMap<>();
      Set<String> changedWithoutIt = new java.util.TreeSet<>();
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        String marker = UUID.randomUUID().toString();
        Map<String, String> before = snapshot();
        long start = System.nanoTime();
        run(List.of(), launch, marker);
        long elapsed = System.nanoTime() - start;
        // A process that outlives the launcher shows here; give one that is starting a moment.
        Thread.sleep(100);
        assertEquals(List.of(), processesWith(marker), launch + ": processes left behind");
        Map<String, String> changed = difference(before, snapshot());
        changed.keySet().forEach(name -> changedInRuns.merge(name, 1, Integer::sum));
        lastChange.putAll(changed);
        Map<String, String> control = snapshot();
        TimeUnit.NANOSECONDS.sleep(elapsed + TimeUnit.MILLISECONDS.toNanos(100));
        changedWithoutIt.addAll(difference(control, snapshot()).keySet());
      }
      List<String> suspects = new ArrayList<>();
      changedInRuns.forEach((name, runs) -> {
        if (runs == ATTEMPTS && !changedWithoutIt.contains(name)) {
          suspects.add(name + " (" + lastChange.get(name) + ")");
        }
      });
      assertEquals(List.of(), suspects, launch + ": changed in each of " + ATTEMPTS
          + " runs, and never between them");
    }
  }

  /**
   * The same, exactly: every system call of the launcher and its processes that creates, writes,
   * removes or renames a file, or changes its times or mode, as {@code strace -f} reports it. Only
   * {@code samples/target} and the process's own {@code /proc} and {@code /dev} files may appear.
   */
  @Test
  void launchersWriteNothingOutsideTarget() throws Exception {
    Path strace = Stream.of("/usr/bin/strace", "/bin/strace").map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    Strict.assume(strace != null, "no strace: the launchers' system calls are not checked");
    Path log = Files.createTempFile(SAMPLES.resolve("target"), "strace", ".log");
    try {
      for (List<String> launch : launches()) {
        run(List.of(strace.toString(), "-f", "-qq", "-o", log.toString(), "-e",
            "trace=open,openat,creat,mkdir,mkdirat,unlink,unlinkat,rmdir,rename,renameat,renameat2,"
                + "link,linkat,symlink,symlinkat,utimensat,truncate,chmod,fchmodat"),
            launch, UUID.randomUUID().toString());
        List<String> writes = new ArrayList<>();
        for (String call : Files.readAllLines(log)) {
          if (changes(call) && !allowed(call)) {
            writes.add(call);
          }
        }
        assertEquals(List.of(), writes, launch + ": system calls that change files");
      }
    } finally {
      Files.delete(log);
    }
  }

  /** Whether a traced call succeeded and may change a file (an open only when it may write). */
  static boolean changes(String call) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[0-9]+ +([a-z0-9_]+)\\(").matcher(call);
    if (call.matches(".* = -1 .*") || !m.find()) {
      return false;
    }
    String name = m.group(1);
    if (name.equals("open") || name.equals("openat")) {
      return call.matches(".*\\b(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)\\b.*");
    }
    return true;
  }

  /** Whether the file of a traced call is one a launcher may change. */
  private static boolean allowed(String call) {
    int start = call.indexOf('"');
    String file = start < 0 ? "" : call.substring(start + 1, call.indexOf('"', start + 1));
    Path path = SAMPLES.resolve(file).normalize();
    return path.startsWith(SAMPLES.resolve("target")) || path.startsWith("/proc/self")
        || path.startsWith("/dev");
  }

  @Test
  void theTraceCheckSeesAWrite() {
    assertTrue(changes("123 openat(AT_FDCWD, \"/tmp/hsperfdata_root/123\", O_RDWR|O_CREAT|O_NOFOLLOW,"
        + " 0600) = 3"));
    assertTrue(changes("123 mkdir(\"/tmp/hsperfdata_root\", 0755) = 0"));
    assertTrue(!changes("123 openat(AT_FDCWD, \"/etc/hosts\", O_RDONLY|O_CLOEXEC) = 3"));
    // strace pads the process id when it traces several.
    assertTrue(!changes("4249  openat(AT_FDCWD, \"/etc/hosts\", O_RDONLY|O_CLOEXEC) = 3"));
    assertTrue(changes("4249  unlink(\"/tmp/hsperfdata_root/4249\") = 0"));
    assertTrue(!changes("123 mkdir(\"/tmp/x\", 0755) = -1 EEXIST (File exists)"));
    assertTrue(!allowed("123 mkdir(\"/tmp/hsperfdata_root\", 0755) = 0"));
  }

  @Test
  void theCheckSeesAFileWrittenToTmp() throws Exception {
    // The check itself, on a change it must see: a file created in /tmp between two snapshots.
    Map<String, String> before = snapshot();
    Path probe = Files.createTempFile(Path.of("/tmp"), "structseq-side-effects", ".txt");
    try {
      assertEquals("new", difference(before, snapshot()).get(probe.toString()));
    } finally {
      Files.delete(probe);
    }
  }

  @Test
  void theCheckSeesAProcessLeftBehind() throws Exception {
    // The check itself, on a process it must see: one that a shell leaves running as it exits.
    String marker = UUID.randomUUID().toString();
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", "sleep 30 > /dev/null 2>&1 &");
    builder.environment().put("STRUCTSEQ_SIDE_EFFECTS_PROBE", marker);
    assertEquals(0, builder.start().waitFor());
    Thread.sleep(100); // as the check itself waits; the shell's child may still be between fork and exec
    List<String> left = processesWith(marker);
    try {
      assertEquals(1, left.size(), left.toString());
    } finally {
      for (String process : left) {
        ProcessHandle.of(Long.parseLong(process.substring(0, process.indexOf(' '))))
            .ifPresent(ProcessHandle::destroy);
      }
    }
  }
}
