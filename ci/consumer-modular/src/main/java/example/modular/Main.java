package example.modular;

import io.structseq.StructSequence;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks what a user relies on, on the module path or on the class path, and exits non-zero on the
 * first failure. The expected backend is the first argument: {@code ffm} or {@code nio}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String expectedBackend = args[0];
    boolean modulePath = Main.class.getModule().isNamed();
    if (modulePath) {
      check("io.structseq", StructSequence.class.getModule().getName(), "module of StructSequence");
      check("io.structseq.runtime", Os.class.getModule().getName(), "module of Os");
      check("example.modular", SampleRecord.class.getModule().getName(), "module of the generated record");
    } else {
      check(false, Os.class.getModule().isNamed(), "Os in a named module on the class path");
    }

    SampleRecord s = new SampleRecord("a", 2, 99L);
    check("modular.sample(name='a', count=2)", s.toString(), "repr");
    check(List.of("a", 2), s, "list equality");
    check(99L, s.get("stamp"), "hidden field by name");
    check(s.withCount(3), SampleRecord.TYPE.fromSequence(List.of("a", 3), Map.of("stamp", 99L)), "fromSequence");

    Path hosts = Path.of("/etc/hosts");
    StatResult st = Os.stat(hosts);
    check(Files.size(hosts), st.st_size(), "st_size of /etc/hosts");
    check(expectedBackend, Os.backend(), "Os.backend() on JDK " + Runtime.version().feature());
    System.out.println("modular consumer: JDK " + Runtime.version().feature() + " on the "
        + (modulePath ? "module path" : "class path") + ", backend " + Os.backend() + ", " + st);
  }

  private static void check(Object expected, Object actual, String what) {
    if (!expected.equals(actual)) {
      System.out.println("modular consumer: FAILED: " + what + ": expected <" + expected + "> but was <"
          + actual + ">");
      System.exit(1);
    }
  }
}
