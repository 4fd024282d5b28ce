package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.PyRepr;
import io.structseq.testing.CPython;
import io.structseq.testing.NssWrapper;
import io.structseq.testing.ProcessRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Pwd} and {@link Grp} under nss_wrapper ({@link NssWrapper}), against CPython 3.13 under the
 * same environment: a JDK 22+ JVM with native access and CPython each print every entry of
 * {@code getpwall()} and {@code getgrall()}, each entry looked up by name and by id, and lookups of
 * names and ids no one has; then the same lookups from eight threads at once, several rounds each,
 * with every round that differs from the one-thread answer. The two outputs must be the same bytes.
 *
 * <p>The runtime must see the files: that needs its symbols resolved as a C program resolves them
 * ({@code dlsym(RTLD_DEFAULT)}), so that the {@code LD_PRELOAD}ed library interposes.
 *
 * <p>One deliberate difference: nss_wrapper 1.1.12's {@code getgrnam_r} and {@code getgrgid_r} report a
 * buffer too small for a group as {@code -1} with {@code errno} {@code ERANGE}, not as the return value
 * {@code ERANGE}; CPython 3.13 then stops and says "not found" (its {@code getgrall()}, through
 * {@code getgrent()}, lists the group). That happens to one group only, the one of
 * {@link NssWrapper#BIG_GROUP_MEMBERS} members ({@code huge}, gid 4323): the runtime grows its buffer
 * and finds it, so where CPython says that group's name or id is not found, the expected answer is the
 * entry its own {@code getgrall()} lists. The test counts these rewrites: one for each lookup of that
 * group, no more and no fewer (a CPython or nss_wrapper that finds the group fails it, and so does a
 * "not found" for any other group).
 */
class NssWrapperTest {
  /** Rounds of every lookup per thread in the eight-thread part. */
  private static final int ROUNDS = 3;
  private static final int THREADS = 8;
  /**
   * Lookups besides those of every listed entry, passed to both programs: entries of the files by
   * their ASCII names and ids (looked up even when an enumeration misses them), and what no entry has.
   */
  private static final List<String> NAMES =
      List.of("big", "huge", "dup", "dupg", "nobody2", "nosuchuser", "ZED", "zed ", "");
  private static final List<String> IDS =
      List.of("1236", "4323", "1300", "4294967294", "99999", "4294967295", "-1", "4294967293");

  @TempDir Path dir;

  /** The lookups in CPython; the same lines as {@link Child}. */
  private static final String PYTHON = String.join("\n",
      "import pwd, grp, sys, threading",
      "THREADS, ROUNDS = int(sys.argv[1]), int(sys.argv[2])",
      "names = sys.argv[3].split('|')",
      "ids = [int(i) for i in sys.argv[4].split('|')]",
      "def outcome(f, a):",
      "    try:",
      "        return 'ok\\t' + repr(f(a))",
      "    except KeyError as e:",
      "        return 'KeyError\\t' + e.args[0]",
      "    except Exception as e:",
      "        return type(e).__name__ + '\\t' + str(e)",
      "def lookups():",
      "    out = []",
      "    for every, by_name, by_id, label in [(pwd.getpwall, pwd.getpwnam, pwd.getpwuid, 'pw'),",
      "                                         (grp.getgrall, grp.getgrnam, grp.getgrgid, 'gr')]:",
      "        entries = every()",
      "        out += ['%sall\\t%r' % (label, e) for e in entries]",
      "        for e in entries:",
      "            out.append('%s by name\\t%r\\t%s' % (label, e[0], outcome(by_name, e[0])))",
      "            out.append('%s by id\\t%d\\t%s' % (label, e[2], outcome(by_id, e[2])))",
      "        out += ['%s by name\\t%r\\t%s' % (label, n, outcome(by_name, n)) for n in names]",
      "        out += ['%s by id\\t%d\\t%s' % (label, i, outcome(by_id, i)) for i in ids]",
      "    return out",
      "one = lookups()",
      "print('\\n'.join(one))",
      "start = threading.Barrier(THREADS)",
      "differing = [[] for _ in range(THREADS)]",
      "def work(k):",
      "    start.wait()",
      "    for r in range(ROUNDS):",
      "        got = lookups()",
      "        if got != one:",
      "            differing[k].append('thread %d round %d: %r' % (k, r, [l for l in got if l not in one][:3]))",
      "threads = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]",
      "for t in threads: t.start()",
      "for t in threads: t.join()",
      "print('%d threads, %d rounds each: %d rounds differ' % (THREADS, ROUNDS, sum(map(len, differing))))",
      "for d in differing:",
      "    for line in d: print(line)",
      "");

  @Test
  void pwdAndGrpUnderNssWrapperEqualCPythonFromOneThreadAndEight() throws IOException {
    assumeTrue(!(NssBackend.CURRENT instanceof NssUnavailable),
        "NSS comparison SKIPPED: no NSS backend here (it needs the packaged JAR on JDK 22+ with native"
            + " access); the ffm-jar test run has it");
    NssWrapper nss = NssWrapper.write(dir);
    List<String> args = List.of(Integer.toString(THREADS), Integer.toString(ROUNDS),
        String.join("|", NAMES), String.join("|", IDS));

    List<String> python = new ArrayList<>(List.of(CPython.require(), "-c", PYTHON));
    python.addAll(args);
    ProcessRun theirs = ProcessRun.of(python, nss.environment(), null);
    assertEquals(0, theirs.status(), () -> "CPython failed: " + theirs.errText());

    List<String> java = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Child.class.getName()));
    java.addAll(args);
    ProcessRun ours = ProcessRun.of(java, nss.environment(), null);
    assertEquals(0, ours.status(), () -> "the JVM failed: " + ours.errText());

    Expected expected = expected(theirs.text());
    assertEquals(BIG_GROUP_LOOKUPS, expected.rewritten(), () -> "CPython's \"not found\" for the group of "
        + NssWrapper.BIG_GROUP_MEMBERS + " members, rewritten to its entry; CPython said:\n" + theirs.text()
            .lines().filter(l -> l.contains(BIG_GROUP)).map(l -> l.substring(0, Math.min(l.length(), 200)))
            .collect(Collectors.joining("\n")));
    assertEquals("", NssWrapper.differences(expected.text(), ours.text()), "Pwd/Grp under nss_wrapper, against CPython");
    assertEquals(Arrays.toString(expected.text().getBytes(StandardCharsets.UTF_8)),
        Arrays.toString(ours.out()), "the same bytes");
  }

  /** The group of {@link NssWrapper#BIG_GROUP_MEMBERS} members, by its name and gid. */
  private static final String BIG_GROUP = "huge";
  private static final String BIG_GROUP_GID = "4323";

  /**
   * The lookups of the big group in one pass of {@link #PYTHON}'s lookups: by name and by id for its
   * entry of {@code getgrall()}, and those of {@link #NAMES} and {@link #IDS}.
   */
  static final int BIG_GROUP_LOOKUPS =
      2 + Collections.frequency(NAMES, BIG_GROUP) + Collections.frequency(IDS, BIG_GROUP_GID);

  /** CPython's output as the runtime must print it, and how many lines were rewritten to get it. */
  record Expected(String text, int rewritten) {}

  /**
   * CPython's output with its "not found" for the big group replaced by the entry of that group that
   * its own {@code getgrall()} lists (see the class comment); any other line as CPython wrote it.
   */
  static Expected expected(String python) {
    List<String> lines = python.lines().toList();
    String listed = lines.stream().filter(l -> l.startsWith("grall\tgrp.struct_group(gr_name='" + BIG_GROUP + "', "))
        .map(l -> l.substring("grall\t".length())).findFirst().orElse(null);
    int members = listed == null ? 0 : listed.split("'member", -1).length - 1;
    StringBuilder out = new StringBuilder();
    int rewritten = 0;
    for (String line : lines) {
      String[] parts = line.split("\t", -1);
      boolean bigGroup = parts.length == 4 && parts[2].equals("KeyError")
          && (parts[0].equals("gr by name") && parts[1].equals("'" + BIG_GROUP + "'")
              || parts[0].equals("gr by id") && parts[1].equals(BIG_GROUP_GID));
      if (bigGroup && listed != null && members == NssWrapper.BIG_GROUP_MEMBERS) {
        line = parts[0] + "\t" + parts[1] + "\tok\t" + listed;
        rewritten++;
      }
      out.append(line).append('\n');
    }
    return new Expected(out.toString(), rewritten);
  }

  @Test
  void onlyTheBigGroupsNotFoundIsRewrittenAndEachTimeCounted() {
    String members = IntStream.range(0, NssWrapper.BIG_GROUP_MEMBERS)
        .mapToObj(i -> String.format("'member%05d'", i)).collect(Collectors.joining(", "));
    String huge = "grp.struct_group(gr_name='huge', gr_passwd='x', gr_gid=4323, gr_mem=[" + members + "])";
    String zgrp = "grp.struct_group(gr_name='zgrp', gr_passwd='x', gr_gid=4321, gr_mem=['zed'])";
    String python = String.join("\n", "grall\t" + zgrp, "grall\t" + huge,
        "gr by name\t'zgrp'\tKeyError\tgetgrnam(): name not found: 'zgrp'",
        "gr by id\t4321\tKeyError\tgetgrgid(): gid not found: 4321",
        "gr by name\t'huge'\tKeyError\tgetgrnam(): name not found: 'huge'",
        "gr by id\t4323\tKeyError\tgetgrgid(): gid not found: 4323",
        "gr by name\t'nosuchgroup'\tKeyError\tgetgrnam(): name not found: 'nosuchgroup'", "");
    Expected expected = expected(python);
    assertEquals(2, expected.rewritten());
    assertEquals(String.join("\n", "grall\t" + zgrp, "grall\t" + huge,
        "gr by name\t'zgrp'\tKeyError\tgetgrnam(): name not found: 'zgrp'",
        "gr by id\t4321\tKeyError\tgetgrgid(): gid not found: 4321",
        "gr by name\t'huge'\tok\t" + huge, "gr by id\t4323\tok\t" + huge,
        "gr by name\t'nosuchgroup'\tKeyError\tgetgrnam(): name not found: 'nosuchgroup'", ""), expected.text());
    // A group of that name with other members is not the documented case: nothing is rewritten.
    assertEquals(0, expected(python.replace(", 'member09999'", "")).rewritten());
  }

  /** The lookups in a JVM under nss_wrapper; prints what {@link #PYTHON} prints. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      if (NssBackend.CURRENT instanceof NssUnavailable) {
        try {
          Pwd.getpwuid(0);
        } catch (UnsupportedOperationException e) {
          System.err.println("no NSS backend in the child JVM: " + e.getMessage());
        }
        System.exit(3);
      }
      int threads = Integer.parseInt(args[0]);
      int rounds = Integer.parseInt(args[1]);
      List<String> names = List.of(args[2].split("\\|", -1));
      List<Long> ids = Arrays.stream(args[3].split("\\|")).map(Long::valueOf).toList();
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      List<String> one = lookups(names, ids);
      one.forEach(out::println);

      CountDownLatch start = new CountDownLatch(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        int thread = k;
        futures.add(pool.submit(() -> {
          start.countDown();
          start.await();
          List<String> differing = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            List<String> got = lookups(names, ids);
            if (!got.equals(one)) {
              List<String> extra = got.stream().filter(l -> !one.contains(l)).limit(3).toList();
              differing.add("thread " + thread + " round " + r + ": " + PyRepr.repr(extra));
            }
          }
          return differing;
        }));
      }
      List<String> differing = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        differing.addAll(f.get());
      }
      pool.shutdown();
      out.println(threads + " threads, " + rounds + " rounds each: " + differing.size()
          + " rounds differ");
      differing.forEach(out::println);
      out.flush();
    }

    private static List<String> lookups(List<String> names, List<Long> ids) {
      List<String> out = new ArrayList<>();
      database(out, "pw", Pwd::getpwall, StructPasswd::pw_name, StructPasswd::pw_uid, Pwd::getpwnam,
          Pwd::getpwuid, names, ids);
      database(out, "gr", Grp::getgrall, StructGroup::gr_name, StructGroup::gr_gid, Grp::getgrnam,
          Grp::getgrgid, names, ids);
      return out;
    }

    /** One database's lines, as {@link #PYTHON}'s {@code lookups()} prints them. */
    private static <T> void database(List<String> out, String label, Supplier<List<T>> every,
        Function<T, String> nameOf, ToLongFunction<T> idOf, Function<String, Object> byName,
        Function<Long, Object> byId, List<String> names, List<Long> ids) {
      List<T> entries = all(every, label + "all", out);
      entries.forEach(e -> out.add(label + "all\t" + e));
      for (T e : entries) {
        String name = nameOf.apply(e);
        long id = idOf.applyAsLong(e);
        out.add(label + " by name\t" + PyRepr.reprString(name) + "\t" + outcome(byName, name));
        out.add(label + " by id\t" + id + "\t" + outcome(byId, id));
      }
      names.forEach(n -> out.add(label + " by name\t" + PyRepr.reprString(n) + "\t" + outcome(byName, n)));
      ids.forEach(i -> out.add(label + " by id\t" + i + "\t" + outcome(byId, i)));
    }

    /** The entries, or none after a line that says how the enumeration failed. */
    private static <T> List<T> all(Supplier<List<T>> enumeration, String label, List<String> out) {
      try {
        return enumeration.get();
      } catch (RuntimeException e) {
        out.add(label + " failed\t" + e);
        return List.of();
      }
    }

    private static <T> String outcome(Function<T, Object> call, T argument) {
      try {
        return "ok\t" + call.apply(argument);
      } catch (NoSuchElementException e) {
        return "KeyError\t" + e.getMessage();
      } catch (RuntimeException e) {
        return e.getClass().getName() + "\t" + e.getMessage();
      }
    }
  }
}
