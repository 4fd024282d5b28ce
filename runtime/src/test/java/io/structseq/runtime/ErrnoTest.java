package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.testing.CPython;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Errno}'s one table against the live CPython: every number {@code errno.errorcode} knows, with
 * its C name, the {@code OSError} subclass CPython raises for it and {@code os.strerror}'s words; and
 * {@link Errno#of(Throwable)} on the exceptions the runtime and the JDK throw.
 */
class ErrnoTest {
  private static final String TABLE = "import errno, os\n"
      + "for n in sorted(errno.errorcode):\n"
      + "    print(n, errno.errorcode[n], type(OSError(n, '')).__name__, os.strerror(n), sep='\\t')\n"
      + "for n in (0, 41, 999, -1):\n"
      + "    print(n, '', type(OSError(n, '')).__name__, os.strerror(n), sep='\\t')\n";

  @Test
  void everyRowIsCPythons() {
    String python = CPython.run(TABLE);
    List<String> expected = new ArrayList<>(List.of(python.split("\n")));
    List<String> actual = new ArrayList<>();
    for (Errno row : Errno.rows()) {
      actual.add(line(row));
    }
    for (int n : new int[] {0, 41, 999, -1}) {
      actual.add(line(Errno.of(n)));
    }
    assertEquals(expected, actual);
  }

  private static String line(Errno e) {
    return e.number() + "\t" + e.name() + "\t" + e.pythonException() + "\t" + e.message();
  }

  @Test
  void theBackendsNumbersAreRowsOfTheTable() {
    Errno.TABLE.forEach((name, number) -> {
      assertEquals(number.intValue(), Errno.named(name).orElseThrow().number(), name);
      assertEquals(name, Errno.of(number.intValue()).name());
    });
    assertEquals(Optional.empty(), Errno.named("ENOSUCHTHING"));
  }

  @Test
  void toStringIsCPythonsStrOfOSError() {
    String python = CPython.run("import os\nprint(OSError(2, os.strerror(2)))\nprint(OSError(999, os.strerror(999)))");
    assertEquals(python, Errno.of(2) + "\n" + Errno.of(999) + "\n");
  }

  @Test
  void ofReadsTheJdksExceptionsAndTheRuntimes() {
    assertEquals("ENOENT", name(new NoSuchFileException("/x")));
    assertEquals("EACCES", name(new AccessDeniedException("/x")));
    assertEquals("ENOTDIR", name(new NotDirectoryException("/x")));
    assertEquals("ELOOP", name(new FileSystemLoopException("/x")));
    assertEquals("EEXIST", name(new FileAlreadyExistsException("/x")));
    assertEquals("ENOTEMPTY", name(new DirectoryNotEmptyException("/x")));
    assertEquals("ENAMETOOLONG", name(new FileSystemException("/x", null, "File name too long")));
    assertEquals("ESRCH", name(new ErrnoException(null, 3, "No such process")));
    assertEquals(Optional.empty(), Errno.of(new FileSystemException("/x", null, "not the C library's words")));
    assertEquals(Optional.empty(), Errno.of(new FileSystemException("/x")));
    assertEquals(Optional.empty(), Errno.of(new IOException("No such file or directory")));
    assertEquals("ProcessLookupError", new ErrnoException(null, 3, "No such process").pythonException());
    assertEquals("OSError", new ErrnoException(null, 999, "Unknown error 999").pythonException());
  }

  @Test
  void ofReadsWhatTheRuntimeThrowsForAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing");
    IOException e = assertThrowsIo(() -> Os.stat(missing));
    assertEquals("FileNotFoundError", Errno.of(e).orElseThrow().pythonException());
    Path file = dir.resolve("file");
    IOException notDir = assertThrowsIo(() -> {
      Files.createFile(file);
      Os.stat(file.resolve("below"));
    });
    assertEquals("NotADirectoryError", Errno.of(notDir).orElseThrow().pythonException());
  }

  @Test
  void schedGetparamOfANegativePidIsEinvalInTheTablesWords() {
    ErrnoException e = (ErrnoException) assertThrowsIo(() -> Os.schedGetparam(-1));
    assertEquals(22, e.errno());
    assertEquals("Invalid argument", e.getReason());
    assertTrue(e.pythonException().equals("OSError"), e.pythonException());
  }

  private interface IoCall {
    void run() throws IOException;
  }

  private static IOException assertThrowsIo(IoCall call) {
    try {
      call.run();
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("no IOException");
  }

  private static String name(Throwable e) {
    return Errno.of(e).orElseThrow().name();
  }
}
