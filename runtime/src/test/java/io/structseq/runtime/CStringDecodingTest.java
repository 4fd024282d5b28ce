package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.testing.CPython;
import io.structseq.testing.NssWrapper;
import io.structseq.testing.ProcessRun;
import io.structseq.testing.Strict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every C string the runtime returns is decoded as CPython 3.13 decodes it ({@link FsCodec}: the
 * locale's encoding, UTF-8 in the C locale, with {@code surrogateescape}), whatever the JDK's own
 * {@code sun.jnu.encoding} is (ASCII under {@code LC_ALL=C}). A child JVM and CPython, under the same
 * locale, print the code points of strings with bytes outside ASCII: a host name set in a private UTS
 * namespace ({@code uname}), and entries of nss_wrapper's files ({@code getpwuid}, {@code getgrgid}).
 * Each host name is tried as valid UTF-8 ({@code hést}) and as a byte no encoding decodes
 * ({@code 0xE9} alone).
 */
class CStringDecodingTest {
  /** The host names, as hex bytes: {@code h\xc3\xa9st} and {@code h\xe9st}. */
  private static final List<String> HOSTNAMES = List.of("68c3a97374", "68e97374");

  private static final String SET_HOSTNAME =
      "import socket, sys; socket.sethostname(bytes.fromhex(sys.argv[1]))";

  /** CPython's side: the same lines as {@link Child}. */
  private static final String PYTHON = String.join("\n",
      "import os, sys",
      "def points(s): return ' '.join('%x' % ord(c) for c in s)",
      "if sys.argv[1] == 'uname':",
      "    u = os.uname()",
      "    print('uname', *(points(f) for f in u), sep='\\t')",
      "else:",
      "    import pwd, grp",
      "    p = pwd.getpwuid(1235)",
      "    print('passwd', points(p.pw_name), points(p.pw_gecos), sep='\\t')",
      "    g = grp.getgrgid(4322)",
      "    print('group', points(g.gr_name), *(points(m) for m in g.gr_mem), sep='\\t')",
      "");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"C", "C.UTF-8"})
  void unameInAUtsNamespaceEqualsCPython(String locale) {
    String python = CPython.require();
    List<String> probe = List.of("unshare", "--uts", "--map-root-user", "true");
    ProcessRun can = ProcessRun.of(probe, Map.of(), null);
    Strict.assume(can.status() == 0, "uname decoding test SKIPPED: cannot make a private UTS namespace ("
        + String.join(" ", probe) + ": " + can.errText().strip() + ")");
    Map<String, String> env = Map.of("LC_ALL", locale, "PYTHONIOENCODING", "utf-8");
    for (String hostname : HOSTNAMES) {
      // sh sets the namespace's host name with CPython's socket.sethostname (hostname(1) refuses
      // bytes outside ASCII), then runs the program in that namespace.
      List<String> prefix = List.of("unshare", "--uts", "--map-root-user", "sh", "-c",
          "\"$0\" -c \"$1\" \"$2\" && shift 2 && exec \"$@\"", python, SET_HOSTNAME, hostname);
      String expected = run(prefix, List.of(python, "-c", PYTHON, "uname"), env);
      String actual = run(prefix, javaCommand("uname"), env);
      assertEquals(expected, actual, "os.uname() with host name bytes " + hostname + " under LC_ALL=" + locale);
      assertEquals(true, expected.contains(hostname.equals("68e97374") ? "68 dce9 73 74" : "68 e9 73 74"),
          "the namespace's host name is read: " + expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "C.UTF-8"})
  void nssFieldsUnderNssWrapperEqualCPython(String locale) throws IOException {
    assumeTrue(!(NssBackend.CURRENT instanceof NssUnavailable),
        "NSS comparison SKIPPED: no NSS backend here (it needs the packaged JAR on JDK 22+ with native"
            + " access); the ffm-jar test run has it");
    String python = CPython.require();
    NssWrapper nss = NssWrapper.write(dir);
    Map<String, String> env = new HashMap<>(nss.environment());
    env.put("LC_ALL", locale);
    String expected = run(List.of(), List.of(python, "-c", PYTHON, "nss"), env);
    String actual = run(List.of(), javaCommand("nss"), env);
    assertEquals(expected, actual, "getpwuid/getgrgid of entries with bytes outside ASCII under LC_ALL=" + locale);
    assertEquals(true, expected.contains("dce9"), "nss_wrapper's undecodable byte is there: " + expected);
  }

  private static List<String> javaCommand(String what) {
    List<String> java = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dstdout.encoding=UTF-8"));
    if (Runtime.version().feature() >= 22) {
      java.add("--enable-native-access=ALL-UNNAMED");
    }
    java.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(), what));
    return java;
  }

  private static String run(List<String> prefix, List<String> command, Map<String, String> env) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(command);
    ProcessRun run = ProcessRun.of(all, env, null);
    assertEquals(0, run.status(), () -> all + " failed: " + run.errText());
    return run.text();
  }

  /** The runtime's side, in a JVM started under the test's locale. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (args[0].equals("uname")) {
        UnameResult u = Os.uname();
        out.println("uname\t" + points(u.sysname()) + "\t" + points(u.nodename()) + "\t"
            + points(u.release()) + "\t" + points(u.version()) + "\t" + points(u.machine()));
      } else {
        StructPasswd p = Pwd.getpwuid(1235);
        out.println("passwd\t" + points(p.pw_name()) + "\t" + points(p.pw_gecos()));
        StructGroup g = Grp.getgrgid(4322);
        StringBuilder line = new StringBuilder("group\t").append(points(g.gr_name()));
        g.gr_mem().forEach(m -> line.append('\t').append(points(m)));
        out.println(line);
      }
    }

    private static String points(String s) {
      return s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(" "));
    }
  }
}
