package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File times across the whole range file systems hold, against CPython's {@code os.stat}: the
 * {@code BigInteger} nanosecond times, the float times, the whole seconds and the repr, on both sides of
 * 1677 and 2262 (the ends of a {@code long} of nanoseconds), 1970, 2038 (32-bit {@code time_t}) and the
 * ends of each file system, with fractional seconds. Times are set through CPython's
 * {@code os.utime(ns=...)}.
 *
 * <p>The limits, found with {@code os.utime} and {@code os.stat} on Linux 6.x: ext4 keeps seconds from
 * -2**31 (1901-12-13) to 15032385535 (2446-05-10), and drops the fraction at both ends; tmpfs keeps any
 * 64-bit {@code time_t}, and drops the fraction only at -2**63 and 2**63 - 1 themselves.
 */
class OsStatFarTimesTest {
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
  private static final Path SHM = Path.of("/dev/shm");
  private static Path tmpfs;

  @TempDir Path dir;

  @BeforeAll
  static void python() throws IOException {
    PythonStat.assumeAvailable();
    System.out.println("[OsStatFarTimesTest] JDK " + Runtime.version() + ", backend " + Os.backend());
    if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
      tmpfs = Files.createTempDirectory(SHM, "structseq-times");
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (tmpfs != null) {
      try (Stream<Path> files = Files.walk(tmpfs)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Times (ns since the epoch) that ext4 keeps, and tmpfs too; run in the test's own temp folder. */
  @ParameterizedTest(name = "{0} ns")
  @ValueSource(strings = {
      "-2147483648000000000", // 1901-12-13T20:45:52: ext4's first second (no fraction kept there)
      "-2147483646876543211", // 1901, with a fraction
      "-1500000001",
      "-1", // one nanosecond before 1970
      "1",
      "2147483647999999999", // the last nanosecond of a 32-bit time_t, 2038-01-19
      "2147483648000000001",
      "9223372036854775807", // the last nanosecond a long holds, 2262-04-11
      "9223372036854775808",
      "9223372037999999999",
      "9300000000123456000", // 2264, a whole number of microseconds
      "15032385534999999999", // 2446-05-10, the last fraction ext4 keeps
      "15032385535000000000", // ext4's last second
  })
  void timesExt4Keeps(String ns) throws IOException {
    checkTime(dir, new BigInteger(ns));
  }

  /** Times only a file system with 64-bit times keeps: tmpfs, on {@code /dev/shm}. */
  @ParameterizedTest(name = "{0} ns")
  @ValueSource(strings = {
      "-9223372036854775808000000000", // -2**63 s, the first time_t
      "-9223372036854775806999999999", // the first fraction tmpfs keeps
      "-62135596800123456789", // 0000-12-31, before year 1
      "-9223372037000000001", // 1677-09-21, before the first nanosecond a long holds
      "-9223372036854775809",
      "-9223372036854775808", // the first nanosecond a long holds
      "-9223372036854775807",
      "-2147483649500000000", // before 1901
      "1",
      "9223372036854775807",
      "9223372036854775808", // the first nanosecond after a long, 2262
      "15032385536123456789", // after ext4's last second
      "9223372036854775807000", // the last whole microsecond the JDK's FileTime holds, year 294247
      "31556889864403199999999999", // Instant.MAX
      "31556889864403200000000000", // one nanosecond after it
      "4611686018427387904123456789", // 2**62 s
      "9223372036854775806999999999", // the last fraction tmpfs keeps
      "9223372036854775807000000000", // 2**63 - 1 s, the last time_t
  })
  void timesOnlyTmpfsKeeps(String ns) throws IOException {
    assumeTrue(tmpfs != null, SHM + " is not a writable directory: 64-bit file times SKIPPED");
    checkTime(tmpfs, new BigInteger(ns));
  }

  /**
   * Sets a file's access and modification time, checks that the file system kept it, and compares
   * {@code stat} and {@code lstat} with CPython's; on the {@code nio} backend, as far as the JDK's
   * {@code FileTime} carries the time (see {@link Os}).
   */
  private static void checkTime(Path folder, BigInteger ns) throws IOException {
    Path file = Files.writeString(folder.resolve("t" + ns), "x");
    PythonStat.utimeNs(file, ns, ns);
    PythonStat.Result python = PythonStat.stat(file, true, OsStatTest.FIELD_NAMES);
    BigInteger kept = new BigInteger(python.fields().get("st_mtime_ns").repr());
    assumeTrue(kept.equals(ns), "the file system of " + folder + " keeps " + kept + ", not " + ns + " ns");

    StatResult r = Os.stat(file); // never an exception, whatever the time
    Os.lstat(file);
    if (nioCannotCarry(ns)) {
      // Documented: the JDK's FileTime keeps microseconds here; beyond about 292,000 years, nothing right.
      if (microsecondsFitALong(ns)) {
        BigInteger micros = floorMicros(ns).multiply(BigInteger.valueOf(1000));
        assertEquals(python.repr(), r.toString());
        assertEquals(micros, r.st_mtime_ns());
        assertEquals(micros, r.st_atime_ns());
      }
    } else {
      OsStatTest.assertSameAsPython(file, true);
      OsStatTest.assertSameAsPython(file, false);
      assertInstant(r, ns);
    }
    Files.delete(file);
  }

  /**
   * Whether this backend is {@code nio} and the JDK's FileTime drops nanoseconds: a time with a fraction
   * whose {@code Math.addExact(Math.multiplyExact(sec, 10**9), nsec)} overflows, the JDK's own test.
   */
  private static boolean nioCannotCarry(BigInteger ns) {
    BigInteger[] floor = divideFloor(ns);
    return Os.backend().equals("nio") && floor[1].signum() != 0
        && (floor[0].multiply(BILLION).bitLength() >= Long.SIZE || ns.bitLength() >= Long.SIZE);
  }

  /** Whether {@code sec * 10**6 + nsec / 1000}, the JDK's microseconds, is a long (no overflow). */
  private static boolean microsecondsFitALong(BigInteger ns) {
    return floorMicros(ns).bitLength() < Long.SIZE;
  }

  /** The time in whole microseconds, rounded down as the JDK does: {@code sec * 10**6 + nsec / 1000}. */
  private static BigInteger floorMicros(BigInteger ns) {
    BigInteger[] floor = divideFloor(ns);
    return floor[0].multiply(BigInteger.valueOf(1_000_000)).add(floor[1].divide(BigInteger.valueOf(1000)));
  }

  /** {@code mtimeInstant()} is the exact time where an Instant holds it, else a DateTimeException. */
  private static void assertInstant(StatResult r, BigInteger ns) {
    BigInteger[] floor = divideFloor(ns);
    boolean fits = floor[0].compareTo(BigInteger.valueOf(Instant.MAX.getEpochSecond())) <= 0
        && floor[0].compareTo(BigInteger.valueOf(Instant.MIN.getEpochSecond())) >= 0;
    if (fits) {
      Instant expected = Instant.ofEpochSecond(floor[0].longValueExact(), floor[1].longValueExact());
      assertEquals(expected, r.mtimeInstant());
      assertEquals(expected, r.atimeInstant());
    } else {
      assertThrows(DateTimeException.class, r::mtimeInstant);
    }
    if (r.ctimeInstant().isBefore(Instant.now().minusSeconds(3600))) {
      fail("ctime is the time of the utime call: " + r.ctimeInstant());
    }
  }

  /** {@code divmod(ns, 10**9)} with Python's floor semantics. */
  private static BigInteger[] divideFloor(BigInteger ns) {
    BigInteger[] qr = ns.divideAndRemainder(BILLION);
    if (qr[1].signum() < 0) {
      return new BigInteger[] {qr[0].subtract(BigInteger.ONE), qr[1].add(BILLION)};
    }
    return qr;
  }
}
