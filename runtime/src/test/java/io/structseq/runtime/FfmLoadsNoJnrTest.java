package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.testing.ProcessRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On JDK 22 and later the runtime calls the C library through FFM and loads nothing of jnr-ffi, even
 * with jnr-ffi on the class path (as it is on this test run's): a child JVM like this one makes every
 * native call with {@code -verbose:class}, and no class of jffi or jnr-ffi appears among those loaded.
 */
class FfmLoadsNoJnrTest {
  @Test
  void everyCallOnFfmWithJnrPresentLoadsNoJnrClass() {
    assumeTrue("ffm".equals(System.getProperty("structseq.expected.backend")),
        "no FFM backend expected by the build in this run");
    String classPath = System.getProperty("java.class.path");
    assertTrue(classPath.contains("jffi") && classPath.contains("jnr-ffi"), "jnr-ffi is on the class path: " + classPath);
    ProcessRun run = ProcessRun.of(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-verbose:class", "-cp", classPath, Child.class.getName()),
        Map.of(), null);
    assertEquals(0, run.status(), run::errText);
    List<String> loaded = run.text().lines().filter(l -> l.contains("[class,load]")).toList();
    assertTrue(loaded.stream().anyMatch(l -> l.contains(" io.structseq.runtime.NssFfmBackend ")),
        "the child ran the FFM backends");
    assertEquals(List.of(), loaded.stream()
        .filter(l -> l.contains(" com.kenai.") || l.contains(" jnr.") || l.contains("io.structseq.runtime.Jnr")
            || l.contains("JnrBackend"))
        .toList());
    assertTrue(run.text().contains("backend ffm"), run.text());
  }

  /** Makes every call the runtime makes through the C library. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      Os.stat(Path.of("/"));
      Os.lstat(Path.of("/"));
      Os.statvfs(Path.of("/"));
      Os.uname();
      Os.times();
      Os.schedGetparam(0);
      Resource.getrusage(Resource.RUSAGE_SELF);
      Sys.threadInfo();
      Pwd.getpwuid(0);
      Pwd.getpwall();
      Grp.getgrgid(0);
      Grp.getgrall();
      try {
        Os.getTerminalSize(-1);
      } catch (java.io.IOException expected) {
        // EBADF: the call was made.
      }
      System.out.println("backend " + Os.backend());
    }
  }
}
