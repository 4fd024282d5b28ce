package io.structseq.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other calls without the C library (JDK 17 to 21, or no native access). Two are exact from
 * {@code /proc}, where the kernel publishes the values its system calls return: {@code uname} from
 * {@code /proc/sys/kernel} and {@code sched_getparam} from a task's {@code stat}. Every other call, and
 * these two where {@code /proc} cannot be trusted to match, throws {@link UnsupportedOperationException}
 * naming what it needs.
 */
final class PosixProcBackend implements PosixBackend {
  /** The two ways to the C library, as every refusal of this backend and of {@link NssUnavailable} names them. */
  static final String NEEDS = "needs JDK 22+ with native access, or jnr-ffi on the class path of JDK 17-21";

  /** What every refusal says: the C library is needed, and why this JVM cannot call it. */
  private final String needs;

  private static final Path KERNEL = Path.of("/proc/sys/kernel");
  private static final Path PROC = Path.of("/proc");
  // personality(2) flags that make uname(2) report something else than /proc/sys/kernel:
  // PER_LINUX32 (in the low byte) reports a 32-bit machine, UNAME26 a 2.6 release.
  private static final int PER_MASK = 0xff;
  private static final int PER_LINUX32 = 0x0008;
  private static final int UNAME26 = 0x0020000;
  private static final int SCHED_FIFO = 1;
  private static final int SCHED_RR = 2;
  /** A hidepid mount option other than 0/off hides other users' processes in /proc. */
  private static final Pattern HIDEPID = Pattern.compile("(?:^|,)hidepid=(?!0(?:,|$)|off(?:,|$))");
  private static final Pattern PROC_MOUNT =
      Pattern.compile("^\\S+ \\S+ \\S+ \\S+ /proc .* - proc \\S+ (\\S+)$", Pattern.MULTILINE);

  /** @param whyNot why the C library cannot be called, from {@link Backends} */
  PosixProcBackend(String whyNot) {
    this.needs = NEEDS + ": " + whyNot;
  }

  @Override
  public String name() {
    return "proc";
  }

  @Override
  public StatvfsResult statvfs(Path path) {
    throw unsupported("os.statvfs", "statvfs(3)");
  }

  /**
   * The five strings of {@code struct utsname} from the files that print them: {@code ostype},
   * {@code hostname} (of this process's UTS namespace), {@code osrelease}, {@code version} and
   * {@code arch} (Linux 6.1 and later), unless a personality changes what {@code uname(2)} returns.
   */
  @Override
  public UnameResult uname() throws IOException {
    String personality = read(PROC.resolve("self/personality"), "os.uname", "uname(2)");
    int flags = Integer.parseUnsignedInt(personality, 16);
    if ((flags & PER_MASK) == PER_LINUX32 || (flags & UNAME26) != 0) {
      throw new UnsupportedOperationException("os.uname: this process runs under personality "
          + personality + ", which uname(2) reports differently from /proc/sys/kernel; it " + needs);
    }
    return new UnameResultRecord(
        read(KERNEL.resolve("ostype"), "os.uname", "uname(2)"),
        read(KERNEL.resolve("hostname"), "os.uname", "uname(2)"),
        read(KERNEL.resolve("osrelease"), "os.uname", "uname(2)"),
        read(KERNEL.resolve("version"), "os.uname", "uname(2)"),
        read(KERNEL.resolve("arch"), "os.uname", "uname(2)"));
  }

  @Override
  public TerminalSize terminalSize(int fd) {
    throw unsupported("os.get_terminal_size", "ioctl(TIOCGWINSZ)");
  }

  @Override
  public TimesResult times() {
    throw unsupported("os.times", "times(2) (its elapsed clock ticks are not in /proc)");
  }

  /**
   * {@code sched_getparam(2)} answers the task's {@code rt_priority} under a real-time policy and 0
   * under any other; {@code /proc/PID/stat} has both (fields 40 and 41). pid 0 is the calling thread,
   * {@code /proc/thread-self}. Trusted only when this {@code /proc} belongs to this process's pid
   * namespace and shows every process (no {@code hidepid}), so that a missing entry means ESRCH.
   */
  @Override
  public SchedParam schedGetparam(int pid) throws IOException {
    checkProcShowsAllProcesses();
    Path stat = PROC.resolve(pid == 0 ? "thread-self" : Integer.toString(pid)).resolve("stat");
    String line;
    try {
      line = new String(readProcFile(stat), StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      throw Errno.exception(Errno.ESRCH);
    }
    // Fields after the command name, which is in parentheses and may itself hold ") ".
    String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ", -1);
    int rtPriority = Integer.parseInt(fields[40 - 3]);
    int policy = Integer.parseInt(fields[41 - 3]);
    return new SchedParamRecord(policy == SCHED_FIFO || policy == SCHED_RR ? rtPriority : 0);
  }

  @Override
  public StructRusage getrusage(int who) {
    throw unsupported("resource.getrusage", "getrusage(2) (/proc has the times in clock ticks only)");
  }

  @Override
  public String threadLibraryVersion() {
    throw unsupported("sys.thread_info", "confstr(_CS_GNU_LIBPTHREAD_VERSION)");
  }

  private UnsupportedOperationException unsupported(String call, String function) {
    return new UnsupportedOperationException(
        call + " calls the C library's " + function + " and " + needs);
  }

  private void checkProcShowsAllProcesses() throws IOException {
    String self = read(PROC.resolve("self/stat"), "os.sched_getparam", "sched_getparam(2)");
    String pid = self.substring(0, self.indexOf(' '));
    if (!pid.equals(Long.toString(ProcessHandle.current().pid()))) {
      throw new UnsupportedOperationException("os.sched_getparam: /proc belongs to another pid namespace"
          + " (it sees this process as " + pid + "); it " + needs);
    }
    Matcher mount = PROC_MOUNT.matcher(read(PROC.resolve("self/mountinfo"), "os.sched_getparam",
        "sched_getparam(2)"));
    if (mount.find() && HIDEPID.matcher(mount.group(1)).find()) {
      throw new UnsupportedOperationException("os.sched_getparam: /proc is mounted with "
          + mount.group(1) + ", which hides processes; it " + needs);
    }
  }

  /**
   * A one-line /proc file without its newline, decoded as CPython decodes the C library's strings
   * ({@link FsCodec}): {@code os.uname} decodes the same bytes from {@code uname(2)}.
   */
  private String read(Path file, String call, String function) throws IOException {
    byte[] bytes;
    try {
      bytes = readProcFile(file);
    } catch (NoSuchFileException | SecurityException e) {
      throw new UnsupportedOperationException(call + ": " + file + " is not readable; " + function
          + " " + needs, e);
    }
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
    return FsCodec.decode(Arrays.copyOf(bytes, length));
  }

  /**
   * Reads a /proc file with reads of one page or more. {@code Files.readAllBytes} first reads a file
   * that reports size 0 byte by byte, and a numeric sysctl answers any read past offset 0 with
   * end-of-file: {@code /proc/sys/kernel/pid_max} would read as its first digit.
   */
  static byte[] readProcFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[16384];
      int length = 0;
      for (int n; (n = in.read(buffer, length, buffer.length - length)) > 0; ) {
        length += n;
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
      return Arrays.copyOf(buffer, length);
    }
  }
}
