package io.structseq.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user and group database that a test writes, served through nss_wrapper (Debian's
 * {@code libnss-wrapper}) as OpenShift-style containers serve one: {@code LD_PRELOAD} of
 * {@code libnss_wrapper.so} with {@code NSS_WRAPPER_PASSWD} and {@code NSS_WRAPPER_GROUP} naming the
 * files. Only a child process sees it, so the tests run a JVM and CPython under {@link #environment()}.
 *
 * <p>The files hold what real databases hold and a naive reader gets wrong: names and gecos fields
 * that are not valid UTF-8, a 64 KiB gecos, a group of 10,000 members, uid and gid 4294967294
 * ({@code (uid_t) -2}, the usual "nobody" of NFS), empty fields, and names that occur twice.
 */
public final class NssWrapper {
  /** The library's name, as {@code dpkg -L} and {@code ldconfig -p} list it. */
  private static final String LIBRARY = "libnss_wrapper.so";
  /** Members of the big group; nss_wrapper 1.1.12 reports its short buffers as -1 with errno ERANGE. */
  public static final int BIG_GROUP_MEMBERS = 10_000;
  /** The big gecos field: larger than any first buffer a C library or CPython tries. */
  public static final int BIG_GECOS = 64 * 1024;

  private final Path passwd;
  private final Path group;
  private final Path library;

  private NssWrapper(Path passwd, Path group, Path library) {
    this.passwd = passwd;
    this.group = group;
    this.library = library;
  }

  /**
   * Writes the two files into {@code dir} and finds the library; a machine without it skips the test
   * visibly, and fails it under {@code STRUCTSEQ_STRICT} (CI installs {@code libnss-wrapper}).
   *
   * @param dir a writable directory, such as the test's {@code @TempDir}
   * @return the database, for {@link #environment()}
   * @throws IOException when the files cannot be written
   */
  public static NssWrapper write(Path dir) throws IOException {
    Optional<Path> library = library();
    Strict.assume(library.isPresent(), "nss_wrapper test SKIPPED: no " + LIBRARY
        + " in 'dpkg -L libnss-wrapper' or 'ldconfig -p'; install Debian's libnss-wrapper");
    Path passwd = dir.resolve("passwd");
    Path group = dir.resolve("group");
    Files.write(passwd, lines(
        ascii("root:x:0:0:root:/root:/bin/bash\n"),
        ascii("zed:x:1234:4321:Zed, not UTF-8 "), bytes(0xff, 0xfe), ascii(":/home/zed:/bin/sh\n"),
        // café in Latin-1 (an invalid UTF-8 sequence) as the name, in UTF-8 in the gecos
        ascii("caf"), bytes(0xe9), ascii(":x:1235:4321:Caf"), bytes(0xc3, 0xa9), ascii(" "), bytes(0xe9),
        ascii("t"), bytes(0xe9), ascii(":/home/cafe:/bin/sh\n"),
        ascii("big:x:1236:4321:" + "g".repeat(BIG_GECOS) + ":/home/big:/bin/sh\n"),
        ascii("nobody2:x:4294967294:4294967294:::\n"),
        ascii("empty::1237:4321:::\n"),
        ascii("dup:x:1300:4321:the first:/home/dup1:/bin/sh\n"),
        ascii("dup:x:1301:4321:the second:/home/dup2:/bin/sh\n"),
        ascii("twin:x:1300:4321:the same uid as dup:/home/twin:/bin/sh\n")));
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < BIG_GROUP_MEMBERS; i++) {
      members.append(i == 0 ? "" : ",").append(String.format("member%05d", i));
    }
    Files.write(group, lines(
        ascii("root:x:0:\n"),
        ascii("zgrp:x:4321:zed,caf"), bytes(0xe9), ascii("\n"),
        ascii("gr"), bytes(0xfc, 0xff), ascii("n:x:4322:caf"), bytes(0xe9), ascii(",zed\n"),
        ascii("huge:x:4323:" + members + "\n"),
        ascii("nogroup2:x:4294967294:\n"),
        ascii("emptyg::4324:\n"),
        ascii("dupg:x:4400:a\n"),
        ascii("dupg:x:4401:b\n")));
    return new NssWrapper(passwd, group, library.get());
  }

  /** Returns the variables that make a process see only the test's files (and a UTF-8 locale). */
  public Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("LD_PRELOAD", library.toString());
    env.put("NSS_WRAPPER_PASSWD", passwd.toString());
    env.put("NSS_WRAPPER_GROUP", group.toString());
    env.put("LC_ALL", "C.UTF-8");
    env.put("PYTHONIOENCODING", "utf-8");
    return env;
  }

  /** Returns where the library is: the package's file list, else the dynamic linker's cache. */
  public static Optional<Path> library() {
    for (List<String> command : List.of(List.of("dpkg", "-L", "libnss-wrapper"), List.of("ldconfig", "-p"))) {
      String out;
      try {
        out = new String(ProcessRun.of(command, Map.of(), null).out(), StandardCharsets.UTF_8);
      } catch (UncheckedIOException e) {
        continue; // no such program
      }
      Optional<Path> found = out.lines()
          .map(line -> line.contains("=>") ? line.substring(line.indexOf("=>") + 2).trim() : line.trim())
          .filter(path -> path.endsWith("/" + LIBRARY))
          .map(Path::of)
          .filter(Files::isRegularFile)
          .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * How two outputs differ: the expected lines that are missing, the lines that were not expected
   * (each cut to 300 characters: a 64 KiB gecos would drown the report), or that only their order
   * differs.
   *
   * @param expected the expected output
   * @param actual the actual output
   * @return the report, empty when they are equal
   */
  public static String differences(String expected, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    List<String> missing = new ArrayList<>(expected.lines().toList());
    List<String> unexpected = new ArrayList<>();
    for (String line : actual.lines().toList()) {
      if (!missing.remove(line)) {
        unexpected.add(line);
      }
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return "the same lines in another order";
    }
    StringBuilder report = new StringBuilder();
    report.append(missing.size()).append(" expected lines missing, ").append(unexpected.size())
        .append(" lines not expected");
    missing.stream().limit(8).forEach(l -> report.append("\n  missing:    ").append(cut(l)));
    unexpected.stream().limit(8).forEach(l -> report.append("\n  unexpected: ").append(cut(l)));
    return report.toString();
  }

  private static String cut(String line) {
    return line.length() <= 300 ? line : line.substring(0, 300) + "... (" + line.length() + " chars)";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] lines(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
