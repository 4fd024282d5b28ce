package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The C library calls behind the v2 results ({@code statvfs}, {@code uname}, the terminal size,
 * {@code times}, {@code sched_getparam}, {@code getrusage} and the thread library's version): the FFM
 * backend on JDK 22 and later with native access, else {@link PosixProcBackend}, which answers from
 * {@code /proc} where that is exact and otherwise throws {@link UnsupportedOperationException}.
 * {@link Backends} picks one on first use.
 */
interface PosixBackend {
  /** The backend of this JVM, chosen when the first call runs. */
  PosixBackend CURRENT = Backends.posix();

  /** Returns {@code "ffm"} or {@code "proc"}. */
  String name();

  /** {@code statvfs(2)}; errors as {@link Os#stat(Path)}. */
  StatvfsResult statvfs(Path path) throws IOException;

  /** {@code uname(2)}. */
  UnameResult uname() throws IOException;

  /** {@code ioctl(fd, TIOCGWINSZ)}. */
  TerminalSize terminalSize(int fd) throws IOException;

  /** {@code times(2)} over {@code sysconf(_SC_CLK_TCK)}. */
  TimesResult times() throws IOException;

  /** {@code sched_getparam(2)}. */
  SchedParam schedGetparam(int pid) throws IOException;

  /** {@code getrusage(2)} for a {@code who} already checked. */
  StructRusage getrusage(int who) throws IOException;

  /** {@code confstr(_CS_GNU_LIBPTHREAD_VERSION)}, or null where the C library has none. */
  String threadLibraryVersion();
}
