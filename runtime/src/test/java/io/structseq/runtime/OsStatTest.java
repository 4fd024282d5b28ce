package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.StructField;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Os#stat} and {@link Os#lstat} against CPython's {@code os.stat} and {@code os.lstat} on real
 * files: every named field, every visible item, and {@code toString()} against {@code repr()}. On the
 * {@code nio} backend {@code st_blksize} and {@code st_blocks} must be {@code null} instead.
 */
class OsStatTest {
  /** Fields the nio backend cannot read. */
  private static final List<String> NIO_NULLS = List.of("st_blksize", "st_blocks");
  static final List<String> FIELD_NAMES = namedFields();

  @TempDir Path dir;

  @BeforeAll
  static void python() {
    PythonStat.assumeAvailable();
    System.out.println("[OsStatTest] JDK " + Runtime.version() + ", backend " + Os.backend()
        + ", oracle " + PythonStat.executable());
  }

  @Test
  void regularFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "hello, world\n");
    assertSameAsPython(file, true);
    assertSameAsPython(file, false);
  }

  @Test
  void subSecondTimesSetByTheJdk() throws IOException {
    Path file = Files.writeString(dir.resolve("nanos"), "x");
    Files.getFileAttributeView(file, BasicFileAttributeView.class).setTimes(
        FileTime.from(Instant.ofEpochSecond(1_700_000_000L, 123_456_789)),
        FileTime.from(Instant.ofEpochSecond(1_600_000_000L, 999_999_999)),
        null);
    StatResult r = Os.stat(file);
    assertEquals(BigInteger.valueOf(1_700_000_000_123_456_789L), r.st_mtime_ns());
    assertEquals(BigInteger.valueOf(1_600_000_000_999_999_999L), r.st_atime_ns());
    assertEquals(1_700_000_000L, r.st_mtime_sec());
    assertEquals(1_700_000_000L + 123_456_789 * 1e-9, r.st_mtime());
    assertSameAsPython(file, true);
  }

  @ParameterizedTest(name = "atime_ns={0}, mtime_ns={1}")
  @CsvSource({
      "-1, 1", // one nanosecond before the epoch: sec -1, nsec 999999999
      "-1500000001, 1500000001",
      "-2000000000000000001, 999999999", // 1906
      "-2147483648000000000, 2147483647999999999", // the 32-bit time_t range, both ends
      "2147483648000000001, 4102444800123456789", // after 2038-01-19; 2100
      "7258118400987654321, 1", // 2200: the float loses the nanoseconds
  })
  void timesBeforeTheEpochAndAfter2038(long atimeNs, long mtimeNs) throws IOException {
    Path file = Files.writeString(dir.resolve("times"), "x");
    PythonStat.utimeNs(file, atimeNs, mtimeNs);
    assertSameAsPython(file, true);
    StatResult r = Os.stat(file);
    // Some file systems clamp times to their range (ext4 keeps 1901 to 2446, old XFS stops in 2038).
    assumeTrue(r.st_atime_ns().equals(BigInteger.valueOf(atimeNs))
            && r.st_mtime_ns().equals(BigInteger.valueOf(mtimeNs)),
        "the file system of " + dir + " clamped the times to " + r.st_atime_ns() + ", " + r.st_mtime_ns()
            + "; values still equal CPython's");
    assertEquals(Math.floorDiv(atimeNs, 1_000_000_000L), r.st_atime_sec());
    assertEquals(Math.floorDiv(mtimeNs, 1_000_000_000L), r.st_mtime_sec());
  }

  @Test
  void sparseFileOver4GiB() throws IOException {
    Path file = dir.resolve("sparse");
    long size = 5L * 1024 * 1024 * 1024 + 17;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    StatResult r = Os.stat(file);
    assertEquals(size, r.st_size());
    if (r.st_blocks() != null) {
      assertTrue(r.st_blocks() * 512 < size, "sparse: " + r.st_blocks() + " blocks");
    }
    assertSameAsPython(file, true);
  }

  @Test
  void directory() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.createDirectory(sub.resolve("child"));
    assertEquals(3, Os.stat(sub).st_nlink());
    assertSameAsPython(sub, true);
    assertSameAsPython(sub, false);
  }

  @Test
  void nameWithSpacesAndNonAscii() throws IOException {
    assumeTrue(Charset.isSupported(System.getProperty("sun.jnu.encoding", "?"))
            && Charset.forName(System.getProperty("sun.jnu.encoding")).equals(StandardCharsets.UTF_8),
        "non-ASCII file names SKIPPED: sun.jnu.encoding is " + System.getProperty("sun.jnu.encoding")
            + ", not UTF-8 (run with LC_ALL=C.UTF-8)");
    Path file = Files.writeString(dir.resolve("a name with spaces, é, ß, 日本語, 🎉.txt"), "ü");
    assertEquals(2, Os.stat(file).st_size());
    assertSameAsPython(file, true);
    assertSameAsPython(file, false);
  }

  @Test
  void hardLink() throws IOException {
    Path file = Files.writeString(dir.resolve("original"), "x");
    Path link = Files.createLink(dir.resolve("hard"), file);
    assertEquals(2, Os.stat(link).st_nlink());
    assertEquals(Os.stat(file).st_ino(), Os.stat(link).st_ino());
    assertSameAsPython(link, true);
  }

  @Test
  void symlinkStatFollowsAndLstatDoesNot() throws IOException {
    Path target = Files.writeString(dir.resolve("target"), "target contents");
    Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("target"));
    StatResult followed = Os.stat(link);
    StatResult own = Os.lstat(link);
    assertEquals(Os.stat(target).st_ino(), followed.st_ino());
    assertNotEquals(followed.st_ino(), own.st_ino());
    assertEquals(0120000, own.st_mode() & 0170000, "S_IFLNK");
    assertEquals("target".length(), own.st_size());
    assertSameAsPython(link, true);
    assertSameAsPython(link, false);
  }

  @Test
  void symlinkToDirectory() throws IOException {
    Files.createDirectory(dir.resolve("d"));
    Path link = Files.createSymbolicLink(dir.resolve("to-d"), dir.resolve("d"));
    assertEquals(0040000, Os.stat(link).st_mode() & 0170000, "S_IFDIR");
    assertSameAsPython(link, true);
    assertSameAsPython(link, false);
  }

  @Test
  void danglingSymlink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Os.stat(link));
    assertEquals(link.toString(), e.getFile());
    assertEquals("FileNotFoundError ENOENT", PythonStat.stat(link, true, FIELD_NAMES).error());
    assertSameAsPython(link, false);
  }

  @Test
  void namedPipe() throws IOException {
    Path fifo = dir.resolve("fifo");
    PythonStat.mkfifo(fifo);
    assertEquals(0010000, Os.stat(fifo).st_mode() & 0170000, "S_IFIFO");
    assertSameAsPython(fifo, true);
  }

  @Test
  void devNullHasADeviceNumber() throws IOException {
    Path devNull = Path.of("/dev/null");
    assertEquals(259, Os.stat(devNull).st_rdev(), "makedev(1, 3)");
    assertSameAsPython(devNull, true);
    assertSameAsPython(devNull, false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/hosts", "/tmp", "/", "/dev/null", "/etc"})
  void systemPaths(String name) throws IOException {
    Path path = Path.of(name);
    assumeTrue(Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS), name + " does not exist here");
    assertSameAsPython(path, true);
    assertSameAsPython(path, false);
  }

  @Test
  void relativePath() throws IOException {
    Path relative = Path.of("pom.xml");
    assumeTrue(Files.exists(relative), "working directory is not the module");
    assertSameAsPython(relative, true);
  }

  @Test
  void typeShape() {
    assertEquals(19, FIELD_NAMES.size() + 3);
    assertEquals(List.of("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
        "st_blksize", "st_blocks", "st_rdev"), FIELD_NAMES);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Compares Java's view of a path with CPython's. Another process may touch the path between the two
   * reads (/tmp gets new entries all the time), so Java reads it before and after Python does; CPython
   * must agree exactly with one of the two, and a path that keeps changing is retried a few times.
   */
  static void assertSameAsPython(Path path, boolean followLinks) throws IOException {
    List<String> mismatches = List.of();
    for (int attempt = 0; attempt < 5; attempt++) {
      StatResult before = read(path, followLinks);
      PythonStat.Result python = PythonStat.stat(path, followLinks, FIELD_NAMES);
      StatResult after = read(path, followLinks);
      if (python.failed()) {
        fail("CPython could not " + (followLinks ? "stat " : "lstat ") + path + ": " + python.error());
      }
      mismatches = mismatches(before, python);
      if (mismatches.isEmpty() || mismatches(after, python).isEmpty()) {
        return;
      }
    }
    fail((followLinks ? "stat(" : "lstat(") + path + ") differs from CPython's on backend "
        + Os.backend() + ":\n  " + String.join("\n  ", mismatches));
  }

  private static StatResult read(Path path, boolean followLinks) throws IOException {
    StatResult r = followLinks ? Os.stat(path) : Os.lstat(path);
    if (Os.backend().equals("nio")) {
      for (String name : NIO_NULLS) {
        assertNull(r.get(name), name + " must be null on the nio backend, never invented");
      }
    }
    return r;
  }

  static List<String> mismatches(StatResult java, PythonStat.Result python) {
    List<String> out = new ArrayList<>();
    if (!java.toString().equals(python.repr())) {
      out.add("toString: " + java + "\n    repr:     " + python.repr());
    }
    if (python.items().size() != java.size()) {
      out.add("size " + java.size() + " vs len " + python.items().size());
    } else {
      for (int i = 0; i < java.size(); i++) {
        if (!sameValue(java.get(i), python.items().get(i))) {
          out.add("[" + i + "]: " + java.get(i) + " vs " + python.items().get(i));
        }
      }
    }
    for (Map.Entry<String, Object> e : java.asMap().entrySet()) {
      if (Os.backend().equals("nio") && NIO_NULLS.contains(e.getKey())) {
        continue; // null on this backend, checked in read()
      }
      PythonStat.Value value = python.fields().get(e.getKey());
      if (!sameValue(e.getValue(), value)) {
        out.add(e.getKey() + ": " + e.getValue() + " vs " + value);
      }
    }
    return out;
  }

  /** Whether a Java value is the value CPython printed: same type family, same number exactly. */
  private static boolean sameValue(Object java, PythonStat.Value python) {
    if (python == null) {
      return false;
    }
    if (java == null) {
      return python.type().equals("NoneType");
    }
    if (java instanceof Integer || java instanceof Long || java instanceof BigInteger) {
      return python.type().equals("int") && python.repr().equals(java.toString());
    }
    if (java instanceof Double d) {
      // Python's repr is the shortest string that round-trips, so parsing it gives CPython's double.
      return python.type().equals("float")
          && Double.compare(Double.parseDouble(python.repr()), d) == 0;
    }
    return Objects.equals(java.toString(), python.repr());
  }

  private static List<String> namedFields() {
    List<String> names = new ArrayList<>();
    for (StructField field : StatResultRecord.TYPE.fields()) {
      if (!field.isUnnamed()) {
        names.add(field.name());
      }
    }
    return List.copyOf(names);
  }
}
