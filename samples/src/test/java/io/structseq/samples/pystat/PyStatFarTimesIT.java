package io.structseq.samples.pystat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.runtime.StatResultRecord;
import io.structseq.testing.ProcessRun;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pystat} and {@code pystat --json} on files dated from -2**63 s to 2**63 - 1 s, against CPython's
 * {@code print(os.lstat(p))} and {@code json.dumps} of every named field, byte for byte, on this JDK
 * ({@code nio} backend) and on JDK 25 ({@code ffm}). ext4 (the temp folder) keeps 1901 to 2446;
 * {@code /dev/shm} (tmpfs) keeps every 64-bit time. The {@code nio} backend gets its times from the
 * JDK's {@code FileTime}, which has only microseconds outside 1677..2262 and overflows beyond about
 * 292,000 years; those files are left out of its comparisons, as {@code Os} documents.
 */
class PyStatFarTimesIT {
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
  /** Kept by ext4 (and tmpfs): 1901, 1970, 2038, 2262 on both sides, 2446. */
  private static final List<String> EXT4_TIMES = List.of(
      "-2147483646876543211", "-1", "1", "2147483647999999999", "2147483648000000001",
      "9223372036854775807", "9223372036854775808", "9300000000123456000", "15032385534999999999");
  /** Kept only by tmpfs: before 1677, after 2446, the ends of a 64-bit time_t. */
  private static final List<String> TMPFS_TIMES = List.of(
      "-9223372036854775808000000000", "-9223372036854775806999999999", "-62135596800123456000",
      "-9223372036854775809", "-9223372036854775808", "31556889864403200000000000",
      "9223372036854775806999999999", "9223372036854775807000000000");
  private static final String LSTAT_SCRIPT =
      "import os,sys; [print(os.lstat(p)) for p in sys.argv[1:]]";
  private static final String JSON_SCRIPT = String.join("\n",
      "import json, os, sys",
      "names, nulls = sys.argv[1].split(','), sys.argv[2].split(',')",
      "for p in sys.argv[3:]:",
      "    st = os.lstat(p)",
      "    print(json.dumps({k: None if k in nulls else getattr(st, k) for k in names}))");

  private static final List<Path> FILES = new ArrayList<>();
  private static final List<BigInteger> TIMES = new ArrayList<>();
  private static Path ext4;
  private static Path tmpfs;

  @BeforeAll
  static void files() throws IOException {
    ext4 = Files.createTempDirectory("pystat-times");
    Path shm = Path.of("/dev/shm");
    if (Files.isDirectory(shm) && Files.isWritable(shm)) {
      tmpfs = Files.createTempDirectory(shm, "pystat-times");
    }
    create(ext4, EXT4_TIMES);
    if (tmpfs != null) {
      create(tmpfs, TMPFS_TIMES);
    }
  }

  /** One file per time, its access and modification time set by CPython; kept only if not clamped. */
  private static void create(Path folder, List<String> times) throws IOException {
    for (String time : times) {
      Path file = Files.writeString(folder.resolve("t" + time), "x");
      ProcessRun set = PyStatIT.python("import os,sys; p, t = sys.argv[1], int(sys.argv[2]);"
          + " os.utime(p, ns=(t, t)); print(os.lstat(p).st_mtime_ns)", file.toString(), time);
      assertEquals(0, set.status(), set.errText());
      if (!set.text().strip().equals(time)) {
        System.out.println("[PyStatFarTimesIT] the file system of " + folder + " keeps " + set.text().strip()
            + " for " + time + " ns: that time is SKIPPED");
        continue;
      }
      FILES.add(file);
      TIMES.add(new BigInteger(time));
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    for (Path folder : new Path[] {ext4, tmpfs}) {
      if (folder != null) {
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.structseq.samples.pystat.PyStatIT#javas")
  void reprEqualsPythonsForEveryTime(String java) {
    assumeTrue(tmpfs != null, "/dev/shm is missing: the 64-bit times are SKIPPED");
    boolean nio = backend(java).equals("nio");
    List<String> paths = paths(ns -> !nio || nioSecondsExact(ns));
    ProcessRun expected = PyStatIT.python(LSTAT_SCRIPT, paths.toArray(String[]::new));
    ProcessRun actual = PyStatIT.pystat(java, paths.toArray(String[]::new));
    assertEquals(0, actual.status(), actual.errText());
    assertEquals("", actual.errText());
    ProcessRun.assertSameOut(expected, actual, paths.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.structseq.samples.pystat.PyStatIT#javas")
  void jsonEqualsPythonsForEveryTime(String java) {
    assumeTrue(tmpfs != null, "/dev/shm is missing: the 64-bit times are SKIPPED");
    boolean nio = backend(java).equals("nio");
    List<String> paths = paths(ns -> !nio || nioNanosecondsExact(ns));
    List<String> args = new ArrayList<>();
    args.add(StatResultRecord.TYPE.fields().stream()
        .filter(f -> !f.isUnnamed())
        .map(f -> f.name())
        .collect(Collectors.joining(",")));
    args.add(nio ? "st_blksize,st_blocks" : "");
    args.addAll(paths);
    ProcessRun expected = PyStatIT.python(JSON_SCRIPT, args.toArray(String[]::new));
    List<String> pystatArgs = new ArrayList<>(List.of("--json"));
    pystatArgs.addAll(paths);
    ProcessRun actual = PyStatIT.pystat(java, pystatArgs.toArray(String[]::new));
    assertEquals(0, expected.status(), expected.errText());
    assertEquals(0, actual.status(), actual.errText());
    ProcessRun.assertSameOut(expected, actual, args.toString());
  }

  private static List<String> paths(Predicate<BigInteger> include) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < FILES.size(); i++) {
      if (include.test(TIMES.get(i))) {
        paths.add(FILES.get(i).toString());
      }
    }
    assertTrue(paths.size() * 2 >= FILES.size() && paths.size() >= 10,
        "at least 10 files and half of them are compared: " + paths);
    return paths;
  }

  /**
   * Whether the JDK's FileTime has the whole seconds right: always, except a time with a fraction
   * whose microseconds overflow a long (beyond about 292,000 years).
   */
  private static boolean nioSecondsExact(BigInteger ns) {
    BigInteger[] sec = floor(ns);
    return sec[1].signum() == 0
        || sec[0].multiply(BigInteger.valueOf(1_000_000)).add(sec[1].divide(BigInteger.valueOf(1000)))
            .bitLength() < Long.SIZE;
  }

  /**
   * Whether the JDK's FileTime has the nanoseconds: whole seconds, {@code sec * 10**9 + nsec} in a
   * long, or whole microseconds that a long holds.
   */
  private static boolean nioNanosecondsExact(BigInteger ns) {
    BigInteger[] sec = floor(ns);
    return sec[1].signum() == 0
        || (sec[0].multiply(BILLION).bitLength() < Long.SIZE && ns.bitLength() < Long.SIZE)
        || (sec[1].mod(BigInteger.valueOf(1000)).signum() == 0 && nioSecondsExact(ns));
  }

  private static BigInteger[] floor(BigInteger ns) {
    BigInteger[] qr = ns.divideAndRemainder(BILLION);
    return qr[1].signum() < 0 ? new BigInteger[] {qr[0].subtract(BigInteger.ONE), qr[1].add(BILLION)} : qr;
  }

  private static String backend(String java) {
    String help = PyStatIT.pystat(java, "--help").text();
    return help.substring(help.lastIndexOf(": ") + 2).trim();
  }
}
