package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.testing.Permissions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors of {@link Os#stat} and {@link Os#lstat}: the JDK's exception types, always naming the path,
 * never a bare errno number; and the same failure CPython reports, where CPython is installed.
 */
class OsErrorTest {
  private static final Pattern ERRNO_NUMBER = Pattern.compile("errno|\\[Errno|\\b(2|13|20|40)\\b");

  @TempDir Path dir;

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Os.stat(missing));
    assertNamesPath(e, missing);
    NoSuchFileException l = assertThrows(NoSuchFileException.class, () -> Os.lstat(missing));
    assertNamesPath(l, missing);
    assertPython(missing, true, "FileNotFoundError ENOENT");
  }

  @Test
  void pathThroughARegularFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path through = file.resolve("child");
    FileSystemException e = assertThrows(FileSystemException.class, () -> Os.stat(through));
    assertNamesPath(e, through);
    if (Os.backend().equals("ffm") || Runtime.version().feature() < 22) {
      assertEquals(NotDirectoryException.class, e.getClass(), e.toString());
    } else {
      // java.nio on JDK 22 and later reports ENOTDIR as NoSuchFileException itself.
      assertTrue(e instanceof NotDirectoryException || e instanceof NoSuchFileException, e.toString());
    }
    assertThrows(e.getClass(), () -> Os.lstat(through));
    assertPython(through, true, "NotADirectoryError ENOTDIR");
  }

  @Test
  void symlinkLoop() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    FileSystemLoopException e = assertThrows(FileSystemLoopException.class, () -> Os.stat(a));
    assertNamesPath(e, a);
    assertEquals(0120000, Os.lstat(a).st_mode() & 0170000, "lstat reads the link itself");
    assertPython(a, true, "OSError ELOOP");
  }

  @Test
  void permissionDenied() throws IOException {
    Permissions.assumeEnforced(dir);
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path inside = Files.writeString(locked.resolve("inside"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> Os.stat(inside));
      assertNamesPath(e, inside);
      assertPython(inside, true, "PermissionError EACCES");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void otherFileSystemsAreRejected() throws IOException {
    Path zip = dir.resolve("z.zip");
    try (var fs = FileSystems.newFileSystem(zip, java.util.Map.of("create", "true"))) {
      assertThrows(ProviderMismatchException.class, () -> Os.stat(fs.getPath("/")));
    }
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> Os.stat(null));
    assertThrows(NullPointerException.class, () -> Os.lstat(null));
  }

  private static void assertNamesPath(FileSystemException e, Path path) {
    assertEquals(path.toString(), e.getFile(), "the exception names the path");
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
    String rest = e.getMessage().replace(path.toString(), "");
    assertFalse(ERRNO_NUMBER.matcher(rest).find(), "no raw errno in: " + e.getMessage());
  }

  private static void assertPython(Path path, boolean followLinks, String expected) {
    if (!CPython.available()) {
      return; // the Java half of the test still ran; OsStatTest reports the missing CPython
    }
    assertEquals(expected, PythonStat.stat(path, followLinks, List.of()).error());
  }
}
