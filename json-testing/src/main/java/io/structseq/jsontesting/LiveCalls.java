package io.structseq.jsontesting;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.StructSequence;
import io.structseq.runtime.Grp;
import io.structseq.runtime.Os;
import io.structseq.runtime.Pwd;
import io.structseq.runtime.Resource;
import io.structseq.runtime.Sys;
import io.structseq.runtime.Time;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every runtime type from live calls, keyed by the CPython expression that makes the same call. A call
 * that needs the FFM backend (JDK 22+ with native access) throws {@code UnsupportedOperationException}
 * on JDK 17; there the test that needs it skips, and on JDK 22+ the same failure fails the test.
 */
public final class LiveCalls {
  /** A tmpfs file dated after 2262, whose st_*_ns do not fit in a long, made once per JVM. */
  public static final Path FAR_FUTURE = farFutureFile();

  /** A regular file, a directory and a symbolic link to the file, made once per JVM. */
  public static final List<Path> OWN_FILES = ownFiles();

  private LiveCalls() {}

  public interface Call {
    Object get() throws IOException;
  }

  /** The calls whose results CPython reproduces exactly, by CPython expression. */
  public static Map<String, Call> comparable() {
    Map<String, Call> calls = new LinkedHashMap<>();
    // Files of this test only: nothing else reads them, so their times stay still between the calls.
    for (Path path : OWN_FILES) {
      calls.put("os.stat('" + path + "')", () -> Os.stat(path));
      calls.put("os.lstat('" + path + "')", () -> Os.lstat(path));
    }
    calls.put("os.stat('" + FAR_FUTURE + "')", () -> Os.stat(FAR_FUTURE));
    calls.put("os.lstat('" + FAR_FUTURE + "')", () -> Os.lstat(FAR_FUTURE));
    calls.put("os.statvfs('/proc')", () -> Os.statvfs(Path.of("/proc")));
    calls.put("os.uname()", Os::uname);
    calls.put("pwd.getpwall()", Pwd::getpwall);
    calls.put("grp.getgrall()", Grp::getgrall);
    calls.put("sys.float_info", Sys::floatInfo);
    calls.put("sys.thread_info", Sys::threadInfo);
    calls.put("time.gmtime(1700000000)", () -> Time.gmtime(1700000000L));
    calls.put("time.gmtime(-86400 * 365 * 300)", () -> Time.gmtime(-86400L * 365 * 300));
    calls.put("time.localtime(1700000000)", () -> Time.localtime(1700000000L));
    calls.put("time.localtime(1720000000)", () -> Time.localtime(1720000000L));
    return calls;
  }

  /**
   * The calls whose values belong to this process or this JDK (CPython's differ), by CPython
   * expression: only their shape compares.
   */
  public static Map<String, Call> ownProcess() {
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("os.times()", Os::times);
    calls.put("resource.getrusage(resource.RUSAGE_SELF)", () -> Resource.getrusage(Resource.RUSAGE_SELF));
    calls.put("resource.getrusage(resource.RUSAGE_CHILDREN)",
        () -> Resource.getrusage(Resource.RUSAGE_CHILDREN));
    calls.put("sys.version_info", Sys::versionInfo);
    return calls;
  }

  /** Why a call that needs the FFM backend is skipped on JDK 17 to 21: ci/allowed-skips.txt names it. */
  public static final String FFM_ONLY = "a runtime call that needs JDK 22+ (FFM): the JSON tests make it on the JDK 25 leg";

  /** The struct sequences of one call: lists (getpwall, getgrall) give each entry. */
  public static List<StructSequence> values(Object result) {
    List<StructSequence> values = new ArrayList<>();
    if (result instanceof StructSequence structSequence) {
      values.add(structSequence);
    } else {
      for (Object entry : (List<?>) result) {
        values.add((StructSequence) entry);
      }
    }
    return values;
  }

  /**
   * Makes one call. On JDK 17 to 21 a call that needs the FFM backend skips the test, with one fixed
   * reason that CI's allow-list names (the test's display name names the call); on JDK 22+ (the FFM
   * leg) it fails.
   */
  public static Object call(Call call) throws IOException {
    Object result = callIfSupported(call);
    assumeTrue(result != null, FFM_ONLY);
    return result;
  }

  /** The call's result, or null on JDK 17 to 21 when it needs the FFM backend. */
  public static Object callIfSupported(Call call) throws IOException {
    try {
      return call.get();
    } catch (UnsupportedOperationException e) {
      if (Runtime.version().feature() >= 22) {
        throw e;
      }
      return null;
    }
  }

  private static List<Path> ownFiles() {
    try {
      Path dir = Files.createTempDirectory("structseq-json-");
      Path file = Files.writeString(dir.resolve("file.txt"), "structseq");
      Path subdir = Files.createDirectory(dir.resolve("dir"));
      Path link = Files.createSymbolicLink(dir.resolve("link"), file);
      for (Path path : List.of(link, subdir, file, dir)) {
        path.toFile().deleteOnExit();
      }
      return List.of(file, subdir, link);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path farFutureFile() {
    try {
      Path dir = Path.of("/dev/shm");
      Path file = Files.createTempFile(Files.isDirectory(dir) ? dir : Path.of("/tmp"), "structseq-json-", ".far");
      file.toFile().deleteOnExit();
      // 2300-01-01T00:00:00.123456789Z: past 2262, so st_mtime_ns is more than a long holds.
      Process touch = new ProcessBuilder("touch", "-d", "@10413792000.123456789", file.toString())
          .inheritIO().start();
      if (!touch.waitFor(30, TimeUnit.SECONDS) || touch.exitValue() != 0) {
        throw new IllegalStateException("touch -d failed for " + file);
      }
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
