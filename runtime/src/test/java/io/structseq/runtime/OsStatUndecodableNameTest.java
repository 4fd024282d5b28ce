package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.structseq.PyRepr;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name that is not valid in the JVM's file-name charset ({@code sun.jnu.encoding}): no
 * {@code String} names it, so {@code Path.of} cannot reach it, but a {@code Path} from
 * {@code Files.list} keeps its bytes, and {@code Os.stat} / {@code Os.lstat} of that {@code Path} read
 * the file itself, on both backends, as CPython's {@code os.stat(bytes)} does.
 */
class OsStatUndecodableNameTest {
  /** "bad", then 0xFF 0xFE 0x80 (never valid in UTF-8), then "name". */
  private static final byte[] NAME = {'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, 'n', 'a', 'm', 'e'};

  @TempDir Path dir;

  @BeforeAll
  static void utf8() {
    PythonStat.assumeAvailable();
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
        "undecodable names SKIPPED: sun.jnu.encoding is " + System.getProperty("sun.jnu.encoding")
            + ", not UTF-8 (run with LC_ALL=C.UTF-8)");
  }

  @Test
  void aPathFromFilesListReadsTheFileItself() throws IOException {
    byte[] fullPath = fullPath();
    PythonStat.createFile(fullPath);
    Path listed = onlyEntry();
    assertTrue(listed.getFileName().toString().contains("\uFFFD"), "the JDK shows " + listed);
    for (boolean follow : new boolean[] {true, false}) {
      StatResult java = follow ? Os.stat(listed) : Os.lstat(listed);
      PythonStat.Result python = PythonStat.stat(fullPath, follow, OsStatTest.FIELD_NAMES);
      assertEquals(List.of(), OsStatTest.mismatches(java, python),
          (follow ? "stat" : "lstat") + " on backend " + Os.backend());
    }
    // A link to the directory, listed with the same name: lstat reads the link, stat the directory.
    Files.delete(listed);
    Files.createDirectory(dir.resolve("target"));
    PythonStat.symlink("target", fullPath);
    try (Stream<Path> entries = Files.list(dir)) {
      listed = entries.filter(p -> p.getFileName().toString().startsWith("bad")).findFirst().orElseThrow();
    }
    assertEquals(0120000, Os.lstat(listed).st_mode() & 0170000, "S_IFLNK: the link, not its target");
    assertEquals(0040000, Os.stat(listed).st_mode() & 0170000, "S_IFDIR: the target");
    assertEquals(List.of(), OsStatTest.mismatches(Os.lstat(listed),
        PythonStat.stat(fullPath, false, OsStatTest.FIELD_NAMES)));
  }

  /**
   * {@code Os.statvfs} of the same listed {@code Path} reaches the file as CPython's
   * {@code os.statvfs(b'.../bad\xff\xfe\x80name')} does (an encoder that lost the bytes would
   * throw {@code NoSuchFileException} here), and a missing name with such bytes fails as in CPython.
   */
  @Test
  void statvfsOfAListedPathEqualsCPythonsBytesCall() throws IOException {
    byte[] fullPath = fullPath();
    PythonStat.createFile(fullPath);
    Path listed = onlyEntry();
    String bytesPath = "bytes.fromhex('" + HexFormat.of().formatHex(fullPath) + "')";
    PythonPosix.Result python = PythonPosix.eval("os.statvfs(" + bytesPath + ")");
    assertNull(python.error(), () -> python.error() + " " + python.message());
    if (!PosixCallsTest.nativeBackend()) {
      PosixCallsTest.assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, () -> Os.statvfs(listed)));
      return;
    }
    StatvfsResult java = Os.statvfs(listed);
    for (String fixed : List.of("f_bsize", "f_frsize", "f_blocks", "f_files", "f_flag", "f_namemax", "f_fsid")) {
      assertEquals(python.members().get(fixed).repr(), PyRepr.repr(java.get(fixed)), fixed);
    }
    Files.delete(listed);
    PythonPosix.Result missing = PythonPosix.eval("os.statvfs(" + bytesPath + ")");
    assertEquals("FileNotFoundError", missing.error());
    assertThrows(NoSuchFileException.class, () -> Os.statvfs(listed));
  }

  /** The bytes of {@code dir/NAME}. */
  private byte[] fullPath() {
    return concat(dir.toString().getBytes(StandardCharsets.UTF_8), new byte[] {'/'}, NAME);
  }

  /** The one entry of {@code dir}, as {@code Files.list} gives it. */
  private Path onlyEntry() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> all = entries.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
