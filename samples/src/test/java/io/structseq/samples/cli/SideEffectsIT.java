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
 * it changes every time. A second test traces the launchers' system calls ({@code strace -f}, every
 * call that takes a file name or a descriptor, and every file name it takes), which
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

  /** strace, or null when it is not installed. */
  private static Path strace() {
    return Stream.of("/usr/bin/strace", "/bin/strace").map(Path::of).filter(Files::isExecutable)
        .findFirst().orElse(null);
  }

  /**
   * Runs one launcher under {@code strace -f -ff -y} with every call of the classes {@code %file}
   * (each call that takes a file name) and {@code %desc} (each that takes a file descriptor), one log
   * per thread so that no call is split across lines; returns the calls that changed a file a launcher
   * may not change ({@link #forbidden}), as "call (file)".
   */
  private static List<String> tracedChanges(Path strace, List<String> launch) throws Exception {
    Path logs = Files.createTempDirectory(SAMPLES.resolve("target"), "strace");
    try {
      run(List.of(strace.toString(), "-f", "-ff", "-qq", "-y", "-o", logs.resolve("trace").toString(),
          "-e", "trace=%file,%desc"), launch, UUID.randomUUID().toString());
      List<String> changes = new ArrayList<>();
      try (Stream<Path> files = Files.list(logs)) {
        for (Path log : (Iterable<Path>) files.sorted()::iterator) {
          for (String call : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            for (String file : changedFiles(call)) {
              if (forbidden(file)) {
                changes.add(call + " (" + file + ")");
              }
            }
          }
        }
      }
      return changes;
    } finally {
      try (Stream<Path> files = Files.walk(logs)) {
        for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(f);
        }
      }
    }
  }

  /**
   * Every system call of the launcher and its processes that may change a file, as {@code strace}
   * reports the classes {@code %file} and {@code %desc}: creating, writing, truncating, removing,
   * renaming and linking (both names), mode, owner, times and extended attributes, by name or by
   * descriptor. Only {@code samples/target}, the processes' own {@code /proc} files, {@code /dev} and
   * pipes or sockets may appear.
   */
  @Test
  void launchersWriteNothingOutsideTarget() throws Exception {
    Path strace = strace();
    Strict.assume(strace != null, "no strace: the launchers' system calls are not checked");
    for (List<String> launch : launches()) {
      assertEquals(List.of(), tracedChanges(strace, launch), launch + ": system calls that change files");
    }
  }

  /**
   * The trace check on a launcher that writes outside {@code target}: a variant of {@code pystat} that
   * first makes a file in {@code target} and renames it to {@code java.io.tmpdir} with {@code mv},
   * which calls {@code renameat2}. The first name is allowed; the check must see the second.
   */
  @Test
  void theTraceCheckCatchesALauncherThatRenamesAFileOutOfTarget() throws Exception {
    Path strace = strace();
    Strict.assume(strace != null, "no strace: the launchers' system calls are not checked");
    Path variant = Files.createTempDirectory(SAMPLES.resolve("target"), "renaming-launcher");
    Path outside = Path.of(System.getProperty("java.io.tmpdir"), "structseq-side-effects-" + UUID.randomUUID())
        .toAbsolutePath();
    try {
      Path launcher = variant.resolve("pystat");
      Files.writeString(launcher, String.join("\n",
          "#!/usr/bin/env bash",
          "set -euo pipefail",
          "staged=\"$(mktemp -p '" + variant + "')\"",
          "mv -T \"$staged\" '" + outside + "'",
          "exec '" + SAMPLES.resolve("pystat") + "' \"$@\"", ""));
      launcher.toFile().setExecutable(true);
      List<String> launch = List.of(System.getProperty("java.home"), launcher.toString(), "/etc/hosts");
      List<String> caught = tracedChanges(strace, launch);
      assertTrue(Files.isRegularFile(outside), "the variant did not write " + outside);
      assertEquals(1, caught.size(), caught.toString());
      assertTrue(caught.get(0).startsWith("renameat2("), caught.toString());
      assertTrue(caught.get(0).endsWith("(" + outside + ")"), caught.toString());
    } finally {
      Files.deleteIfExists(outside);
      try (Stream<Path> files = Files.walk(variant)) {
        for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(f);
        }
      }
    }
  }

  /**
   * For each call that may change files, where its file arguments are: the positions of its path
   * arguments (a dirfd before a relative path is the argument before it), and of its descriptors.
   */
  private record Args(int[] paths, boolean atDir, int[] fds) {
    static Args paths(int... paths) {
      return new Args(paths, false, new int[0]);
    }

    static Args at(int... paths) {
      return new Args(paths, true, new int[0]);
    }

    static Args fds(int... fds) {
      return new Args(new int[0], false, fds);
    }
  }

  private static final Map<String, Args> CHANGING = Map.ofEntries(
      Map.entry("open", Args.paths(0)), Map.entry("openat", Args.at(1)), Map.entry("openat2", Args.at(1)),
      Map.entry("creat", Args.paths(0)), Map.entry("mkdir", Args.paths(0)), Map.entry("mkdirat", Args.at(1)),
      Map.entry("mknod", Args.paths(0)), Map.entry("mknodat", Args.at(1)), Map.entry("unlink", Args.paths(0)),
      Map.entry("unlinkat", Args.at(1)), Map.entry("rmdir", Args.paths(0)),
      Map.entry("rename", Args.paths(0, 1)), Map.entry("renameat", Args.at(1, 3)),
      Map.entry("renameat2", Args.at(1, 3)), Map.entry("link", Args.paths(0, 1)),
      Map.entry("linkat", Args.at(1, 3)), Map.entry("symlink", Args.paths(1)),
      Map.entry("symlinkat", Args.at(2)), Map.entry("truncate", Args.paths(0)),
      Map.entry("chmod", Args.paths(0)), Map.entry("fchmodat", Args.at(1)), Map.entry("fchmodat2", Args.at(1)),
      Map.entry("chown", Args.paths(0)), Map.entry("lchown", Args.paths(0)), Map.entry("fchownat", Args.at(1)),
      Map.entry("utime", Args.paths(0)), Map.entry("utimes", Args.paths(0)), Map.entry("futimesat", Args.at(1)),
      Map.entry("utimensat", Args.at(1)), Map.entry("setxattr", Args.paths(0)),
      Map.entry("lsetxattr", Args.paths(0)), Map.entry("removexattr", Args.paths(0)),
      Map.entry("lremovexattr", Args.paths(0)),
      Map.entry("write", Args.fds(0)), Map.entry("pwrite64", Args.fds(0)), Map.entry("writev", Args.fds(0)),
      Map.entry("pwritev", Args.fds(0)), Map.entry("pwritev2", Args.fds(0)),
      Map.entry("ftruncate", Args.fds(0)), Map.entry("fallocate", Args.fds(0)),
      Map.entry("fchmod", Args.fds(0)), Map.entry("fchown", Args.fds(0)),
      Map.entry("fsetxattr", Args.fds(0)), Map.entry("fremovexattr", Args.fds(0)),
      Map.entry("sendfile", Args.fds(0)), Map.entry("copy_file_range", Args.fds(2)),
      Map.entry("splice", Args.fds(2)), Map.entry("mmap", Args.fds(4)));

  /**
   * The files a traced call (one line of {@code strace -y}, without a process id) changed: none when
   * it failed or only reads (an open without O_WRONLY, O_RDWR, O_CREAT or O_TRUNC, a mapping that is
   * not shared and writable), else each path argument resolved against its directory descriptor or
   * the working directory ({@code -y} prints both as {@code AT_FDCWD</dir>}), and each descriptor's
   * file ({@code 3</path>}); a {@code utimensat} without a path changes its descriptor's file.
   */
  static List<String> changedFiles(String call) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:[0-9]+ +)?([a-z0-9_]+)\\((.*)\\) += (.*)$")
        .matcher(call);
    if (!m.find() || m.group(3).startsWith("-1 ") || !CHANGING.containsKey(m.group(1))) {
      return List.of();
    }
    String name = m.group(1);
    List<String> args = arguments(m.group(2));
    if (name.startsWith("open") && !args.stream().anyMatch(a -> a.matches(".*\\b(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)\\b.*"))) {
      return List.of();
    }
    if (name.equals("mmap") && !(args.get(2).contains("PROT_WRITE") && args.get(3).contains("MAP_SHARED"))) {
      return List.of();
    }
    Args where = CHANGING.get(name);
    List<String> files = new ArrayList<>();
    for (int i : where.paths()) {
      String arg = args.get(i);
      if (arg.equals("NULL") && name.equals("utimensat")) {
        files.add(decorated(args.get(0)));
        continue;
      }
      String path = arg.startsWith("\"") ? arg.substring(1, arg.lastIndexOf('"')) : arg;
      String base = where.atDir() ? decorated(args.get(i - 1)) : "";
      files.add(path.startsWith("/") || base.isEmpty() ? path : base + "/" + path);
    }
    for (int i : where.fds()) {
      files.add(decorated(args.get(i)));
    }
    return files;
  }

  /** What {@code -y} prints after a descriptor: {@code 3</tmp/x>} is /tmp/x; "" when nothing. */
  private static String decorated(String fd) {
    int open = fd.indexOf('<');
    return open < 0 || !fd.endsWith(">") ? "" : fd.substring(open + 1, fd.length() - 1);
  }

  /** A call's top-level arguments, split at commas outside quotes, braces, brackets and angles. */
  private static List<String> arguments(String text) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder arg = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < text.length()) {
          arg.append(c).append(text.charAt(++i));
          continue;
        }
        quoted = c != '"';
      } else if (c == '"') {
        quoted = true;
      } else if ("{[<(".indexOf(c) >= 0) {
        depth++;
      } else if ("}]>)".indexOf(c) >= 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(arg.toString().trim());
        arg.setLength(0);
        continue;
      }
      arg.append(c);
    }
    args.add(arg.toString().trim());
    return args;
  }

  /** Whether a file that a call changed is one a launcher must not change. */
  private static boolean forbidden(String file) {
    if (file.isEmpty() || file.matches("(pipe|socket|anon_inode):.*") || file.startsWith("/memfd:")) {
      return false;
    }
    Path path = SAMPLES.resolve(file).normalize();
    return !(path.startsWith(SAMPLES.resolve("target")) || path.startsWith("/dev")
        || file.matches("/proc/(self|thread-self|[0-9]+)(/.*)?"));
  }

  @Test
  void theTraceCheckSeesEveryFileAWriteNames() {
    assertEquals(List.of("/tmp/hsperfdata_root/123"), changedFiles(
        "openat(AT_FDCWD</work>, \"/tmp/hsperfdata_root/123\", O_RDWR|O_CREAT|O_NOFOLLOW, 0600) = 3</tmp/hsperfdata_root/123>"));
    assertEquals(List.of("/srv/x"), changedFiles("4249  mkdir(\"/srv/x\", 0755) = 0"));
    assertEquals(List.of(), changedFiles("openat(AT_FDCWD</work>, \"/etc/hosts\", O_RDONLY|O_CLOEXEC) = 3</etc/hosts>"));
    assertEquals(List.of(), changedFiles("mkdir(\"/tmp/x\", 0755) = -1 EEXIST (File exists)"));
    // Both names of a rename, the second relative to its directory descriptor.
    assertEquals(List.of("/srv/samples/target/a", "/tmp/b"), changedFiles(
        "renameat2(AT_FDCWD</srv/samples>, \"target/a\", 3</tmp>, \"b\", RENAME_NOREPLACE) = 0"));
    assertEquals(List.of("/etc/x", "/tmp/y"), changedFiles("link(\"/etc/x\", \"/tmp/y\") = 0"));
    assertEquals(List.of("/tmp/l"), changedFiles("symlinkat(\"/etc/hosts\", AT_FDCWD</tmp>, \"l\") = 0"));
    assertEquals(List.of("/tmp/n"), changedFiles(
        "openat2(AT_FDCWD</work>, \"/tmp/n\", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0}, 24) = 3</tmp/n>"));
    assertEquals(List.of("/tmp/c"), changedFiles("chown(\"/tmp/c\", 0, 0) = 0"));
    assertEquals(List.of("/tmp/c"), changedFiles("fchmodat(AT_FDCWD</tmp>, \"c\", 0600) = 0"));
    assertEquals(List.of("/tmp/d"), changedFiles("mknodat(AT_FDCWD</tmp>, \"d\", S_IFIFO|0600) = 0"));
    assertEquals(List.of("/tmp/w"), changedFiles("write(4</tmp/w>, \"a, b\", 4) = 4"));
    assertEquals(List.of("/tmp/t"), changedFiles("utimensat(5</tmp/t>, NULL, NULL, 0) = 0"));
    assertEquals(List.of(), changedFiles(
        "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3</usr/lib/jvm/x.jsa>, 0) = 0x7f0000000000"));
    assertTrue(forbidden("/tmp/b"));
    assertTrue(!forbidden("pipe:[123]"));
    assertTrue(!forbidden(SAMPLES.resolve("target/x").toString()));
    assertTrue(forbidden("/proc/sys/kernel/x"));
    assertTrue(!forbidden("/proc/123/coredump_filter"));
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
