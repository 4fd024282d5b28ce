package io.structseq.runtime;

import static io.structseq.runtime.PosixCallsTest.assertNeedsNativeAccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.PyRepr;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Os#statvfs} against the live CPython's {@code os.statvfs}: values, repr and errors on the FFM
 * backend; {@link UnsupportedOperationException} on the /proc backend, which has no statvfs.
 */
class OsStatvfsTest {
  /**
   * What other processes change between the Java and the Python call: free blocks and inodes, on a
   * disk that eight builds share. Everything else is fixed by the file system and compared exactly.
   */
  private static final Set<String> VOLATILE = Set.of("f_bfree", "f_bavail", "f_ffree", "f_favail");
  private static final int ATTEMPTS = 5;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"/", "/tmp", "/proc", "/sys", "/dev/shm"})
  void sameAsCPython(String name) throws IOException {
    Path path = Path.of(name);
    assumeTrue(Files.isDirectory(path), name + " does not exist here");
    if (!PosixCallsTest.nativeBackend()) {
      assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, () -> Os.statvfs(path)));
      return;
    }
    // A quiet moment gives an exact repr; several tries ride over a busy disk.
    StatvfsResult java = null;
    PythonPosix.Result python = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      StatvfsResult before = Os.statvfs(path);
      python = PythonPosix.eval("os.statvfs(" + PyRepr.repr(name) + ")");
      java = Os.statvfs(path);
      if (before.equals(java) && python.repr().equals(java.toString())) {
        PosixCallsTest.assertSameAsPython(python, java);
        return;
      }
    }
    // Still busy: the fixed fields must agree exactly, the free counts may not, and the repr must
    // agree once CPython's free counts are put in.
    for (Map.Entry<String, PythonPosix.Member> member : python.members().entrySet()) {
      if (!VOLATILE.contains(member.getKey())) {
        assertEquals(member.getValue().repr(), PyRepr.repr(java.get(member.getKey())), member.getKey());
      }
    }
    StatvfsResultRecord withPythonCounts = ((StatvfsResultRecord) java).replace(Map.of(
        "f_bfree", Long.valueOf(python.members().get("f_bfree").repr()),
        "f_bavail", Long.valueOf(python.members().get("f_bavail").repr()),
        "f_ffree", Long.valueOf(python.members().get("f_ffree").repr()),
        "f_favail", Long.valueOf(python.members().get("f_favail").repr())));
    assertEquals(python.repr(), withPythonCounts.toString());
    assertTrue(java.f_bavail() <= java.f_bfree() && java.f_bfree() <= java.f_blocks(), java.toString());
    assertTrue(java.f_favail() <= java.f_ffree() && java.f_ffree() <= java.f_files(), java.toString());
  }

  @Test
  void fsidKeepsCPythonsUnsignedValue() throws IOException {
    assumeTrue(PosixCallsTest.nativeBackend(), "statvfs needs the FFM backend");
    for (String name : List.of("/", "/sys", "/dev/shm")) {
      PythonPosix.Result python = PythonPosix.eval("os.statvfs(" + PyRepr.repr(name) + ")");
      assertEquals(python.members().get("f_fsid").repr(), Os.statvfs(Path.of(name)).f_fsid().toString());
    }
  }

  @Test
  void missingPath() throws IOException {
    Path missing = dir.resolve("missing");
    FileSystemException e = expectError(missing, "FileNotFoundError", 2);
    if (e != null) {
      assertEquals(NoSuchFileException.class, e.getClass());
    }
  }

  @Test
  void pathThroughARegularFile() throws IOException {
    Path through = Files.writeString(dir.resolve("file"), "x").resolve("child");
    FileSystemException e = expectError(through, "NotADirectoryError", 20);
    if (e != null) {
      assertEquals(NotDirectoryException.class, e.getClass());
    }
  }

  @Test
  void pathTooLong() throws IOException {
    Path tooLong = dir.resolve("x".repeat(300));
    FileSystemException e = expectError(tooLong, "OSError", 36);
    if (e != null) {
      ErrnoException errno = (ErrnoException) e;
      assertEquals(36, errno.errno());
      assertEquals("File name too long", errno.getReason());
    }
  }

  /**
   * Checks CPython's error for the path and, on the FFM backend, that Java fails the same way, naming
   * the path. On the /proc backend it checks the UnsupportedOperationException and returns null.
   */
  private static FileSystemException expectError(Path path, String pythonError, int errno)
      throws IOException {
    PythonPosix.Result python = PythonPosix.eval("os.statvfs(" + PyRepr.repr(path.toString()) + ")");
    assertEquals(pythonError, python.error());
    assertEquals(errno, python.errno());
    if (!PosixCallsTest.nativeBackend()) {
      assertNeedsNativeAccess(assertThrows(UnsupportedOperationException.class, () -> Os.statvfs(path)));
      return null;
    }
    FileSystemException e = assertThrows(FileSystemException.class, () -> Os.statvfs(path));
    assertEquals(path.toString(), e.getFile());
    assertTrue(python.message().endsWith(": " + PyRepr.repr(path.toString())), python.message());
    if (e instanceof ErrnoException errnoException) {
      assertEquals(errno, errnoException.errno());
      assertTrue(python.message().startsWith("[Errno " + errno + "] " + e.getReason() + ": "),
          python.message());
    }
    return e;
  }
}
