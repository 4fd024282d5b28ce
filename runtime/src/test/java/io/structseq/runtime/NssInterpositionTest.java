package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.testing.CPython;
import io.structseq.testing.Strict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookups resolve their symbols as a C program does, so an {@code LD_PRELOAD} interposer answers them:
 * under nss_wrapper (Debian {@code libnss-wrapper}) with files this test writes, a child JVM's
 * {@link Pwd} and {@link Grp} equal CPython's {@code pwd} and {@code grp} under the same environment.
 * The files hold a user only they know, names and a gecos that are not UTF-8, a 64 KiB gecos, id
 * 4294967294, empty fields and a duplicate name. A group of 10,000 members needs the buffer to grow
 * where nss_wrapper answers a short buffer with {@code -1} and {@code errno} {@code ERANGE}: the runtime
 * grows it and finds the group, where CPython 3.13 says {@code KeyError} (the README says so).
 */
class NssInterpositionTest {
  private static final Path NSS_WRAPPER = Path.of("/usr/lib/x86_64-linux-gnu/libnss_wrapper.so");

  @TempDir Path dir;

  /** The lookups, in the order the probe and the CPython script make them. */
  static List<Supplier<Object>> calls(Function<String, Object> getpwnam, LongFunction<Object> getpwuid,
      Function<String, Object> getgrnam, LongFunction<Object> getgrgid, Supplier<Object> getpwall,
      Supplier<Object> getgrall) {
    return List.of(() -> getpwnam.apply("zed"), () -> getpwuid.apply(1235), () -> getpwuid.apply(1236),
        () -> getpwuid.apply(4294967294L), () -> getpwnam.apply("nobody-here"), () -> getgrnam.apply("zgrp"),
        () -> getgrgid.apply(5001), () -> getgrgid.apply(4294967294L), () -> getgrgid.apply(99999),
        getpwall, getgrall);
  }

  @Test
  void pwdAndGrpUnderNssWrapperEqualCPython() throws Exception {
    assumeTrue("ffm".equals(System.getProperty("structseq.expected.backend")),
        "nss_wrapper lookups SKIPPED: they run in the ffm-jar leg, where the JAR's JDK 22 classes are in use");
    Strict.assume(Files.exists(NSS_WRAPPER), "nss_wrapper lookups SKIPPED: " + NSS_WRAPPER
        + " is missing (Debian: libnss-wrapper)");
    Map<String, String> env = Map.of("LD_PRELOAD", NSS_WRAPPER.toString(),
        "NSS_WRAPPER_PASSWD", writeFiles(true).toString(), "NSS_WRAPPER_GROUP", writeFiles(false).toString());

    String script = String.join("\n",
        "import pwd, grp",
        "calls = [lambda: pwd.getpwnam('zed'), lambda: pwd.getpwuid(1235), lambda: pwd.getpwuid(1236),",
        "    lambda: pwd.getpwuid(4294967294), lambda: pwd.getpwnam('nobody-here'), lambda: grp.getgrnam('zgrp'),",
        "    lambda: grp.getgrgid(5001), lambda: grp.getgrgid(4294967294), lambda: grp.getgrgid(99999),",
        "    pwd.getpwall, grp.getgrall]",
        "for call in calls:",
        "    try:",
        "        print(call())",
        "    except KeyError as e:",
        "        print('KeyError: %s' % e)",
        "try:",
        "    print('members of huge: %d' % len(grp.getgrnam('huge').gr_mem))",
        "except KeyError:",
        "    print('members of huge: 10000')  # CPython 3.13 gives up on nss_wrapper's -1; see above",
        "");
    List<String> python = CPython.run(env, script).lines().toList();

    Path out = dir.resolve("probe.out");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), NssProbe.class.getName(), out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("LC_ALL", "C.UTF-8");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(command + " failed:\n" + output);
    }
    List<String> java = Files.readAllLines(out);
    assertEquals(python.size(), java.size(), () -> String.join("\n", java));
    for (int i = 0; i < python.size(); i++) {
      assertEquals(python.get(i), java.get(i), "line " + i);
    }
    assertEquals("members of huge: 10000", java.get(java.size() - 1));
  }

  /** The passwd or group file: the machine's own, then the entries above. */
  private Path writeFiles(boolean passwd) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(Files.readAllBytes(Path.of(passwd ? "/etc/passwd" : "/etc/group")));
    if (passwd) {
      line(bytes, "zed:x:1234:4321:Zed Z:/home/zed:/bin/sh");
      line(bytes, "b", 0xE9, "a:x:1235:4321:G", 0xE9, "cos ", 0xFF, ":/home/bea:/bin/sh");
      line(bytes, "big:x:1236:4321:" + "g".repeat(65536) + ":/home/big:/bin/sh");
      line(bytes, "nobody2:x:4294967294:4294967294:::");
      line(bytes, "zed:x:1299:4321:the second zed:/tmp:/bin/false");
    } else {
      StringBuilder members = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        members.append(i == 0 ? "" : ",").append(String.format("m%05d", i));
      }
      line(bytes, "zgrp:x:4321:zed,root");
      line(bytes, "huge:x:5000:" + members);
      line(bytes, "gr", 0xFF, 0xFE, ":x:5001:b", 0xE9, "a");
      line(bytes, "nogroup2:x:4294967294:");
      line(bytes, "zgrp:x:5002:dup");
    }
    Path file = dir.resolve(passwd ? "passwd" : "group");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  /** One line of strings and raw bytes (ints). */
  private static void line(ByteArrayOutputStream out, Object... parts) {
    for (Object part : parts) {
      if (part instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
      }
    }
    out.write('\n');
  }
}
