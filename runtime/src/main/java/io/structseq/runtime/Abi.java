package io.structseq.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One C ABI the FFM backends support: where the members of each structure they read are, and the
 * numbers they pass. One class per ABI ({@link AbiLinuxX86_64Glibc}, {@link AbiLinuxAarch64Glibc},
 * {@link AbiLinuxX86_64Musl}), each proven member by member against that ABI's C compiler by
 * {@code NativeLayoutsTest}; what the three share is in {@link Lp64Linux}. A platform with no class here
 * is refused ({@link #of}), never read with a guessed layout.
 */
interface Abi {
  /** Returns the platform, as errors and the README name it: {@code "Linux x86_64 glibc"}. */
  String name();

  /** Returns {@code struct stat}. */
  CStruct stat();

  /** Returns {@code struct statvfs}. */
  default CStruct statvfs() {
    return Lp64Linux.STATVFS;
  }

  /** Returns {@code struct utsname}. */
  default CStruct utsname() {
    return Lp64Linux.UTSNAME;
  }

  /** Returns {@code struct tms}. */
  default CStruct tms() {
    return Lp64Linux.TMS;
  }

  /** Returns {@code struct rusage}. */
  CStruct rusage();

  /** Returns {@code struct passwd}. */
  default CStruct passwd() {
    return Lp64Linux.PASSWD;
  }

  /** Returns {@code struct group}. */
  default CStruct group() {
    return Lp64Linux.GROUP;
  }

  /** Returns {@code struct winsize}. */
  default CStruct winsize() {
    return Lp64Linux.WINSIZE;
  }

  /** Returns {@code struct sched_param}. */
  CStruct schedParam();

  /**
   * {@code _STAT_VER}, the first argument of glibc's {@code __xstat} and {@code __lxstat} (glibc before
   * 2.33 has no {@code stat} symbol). No header defines it since glibc 2.33, so no compiler here can
   * check it; {@code OsStatXstatTest} runs that path against CPython instead.
   *
   * @return the version, or empty where the C library has no {@code __xstat}
   */
  Optional<Integer> statVersion();

  /** Returns every table, in the order {@code layouts.c} prints them. */
  default List<CStruct> structs() {
    return List.of(stat(), statvfs(), utsname(), tms(), rusage(), passwd(), group(), winsize(), schedParam());
  }

  /** Returns the numbers the backends pass, by their C names, as {@code layouts.c} prints them. */
  default Map<String, Long> constants() {
    Map<String, Long> all = new LinkedHashMap<>(Errno.TABLE);
    all.putAll(Lp64Linux.CONSTANTS);
    return all;
  }

  /** Returns the three supported ABIs. */
  static List<Abi> all() {
    return List.of(AbiLinuxX86_64Glibc.INSTANCE, AbiLinuxAarch64Glibc.INSTANCE, AbiLinuxX86_64Musl.INSTANCE);
  }

  /**
   * The ABI of a platform.
   *
   * @param os {@code os.name}
   * @param arch {@code os.arch}
   * @param libc {@code "glibc"} or {@code "musl"}, as the process's C library was found to be
   * @return the ABI, or empty when no test proves the layouts of that platform
   */
  static Optional<Abi> of(String os, String arch, String libc) {
    String platform = os + " " + (arch.equals("amd64") ? "x86_64" : arch) + " " + libc;
    for (Abi abi : all()) {
      if (abi.name().equals(platform)) {
        return Optional.of(abi);
      }
    }
    return Optional.empty();
  }

  /**
   * The ABI of this process, as every native backend tells it: the architecture first, before any
   * native call (the JDK's linker follows {@code os.arch}), then the C library: glibc defines
   * {@code gnu_get_libc_version}, musl does not and maps its {@code ld-musl-*.so.1}.
   *
   * @param defines whether the process's global scope defines a C symbol
   * @return the ABI
   * @throws UnsupportedOperationException naming the platform, when no test proves its layouts
   */
  static Abi ofThisProcess(Predicate<String> defines) {
    // Loops, not streams: this runs in every tool's start, interpreted, where each stream and
    // lambda costs a measurable part of a millisecond.
    String arch = platform("").substring("Linux ".length());
    List<String> names = new ArrayList<>();
    boolean known = false;
    for (Abi abi : all()) {
      names.add(abi.name());
      known |= abi.name().startsWith("Linux " + arch + " ");
    }
    String libc = !known ? "" : defines.test("gnu_get_libc_version") ? "glibc" : musl() ? "musl" : "unknown";
    Optional<Abi> abi = known ? of("Linux", arch, libc) : Optional.empty();
    if (abi.isEmpty()) {
      throw new UnsupportedOperationException("no test proves the C structure layouts of " + platform(libc)
          + " (supported: " + names + ")");
    }
    return abi.get();
  }

  /** Returns this JVM's {@code "Linux x86_64 glibc"}, with {@code libc} (which may be empty) last. */
  static String platform(String libc) {
    String arch = System.getProperty("os.arch", "");
    return (System.getProperty("os.name", "") + " " + (arch.equals("amd64") ? "x86_64" : arch) + " " + libc).trim();
  }

  /** Whether musl's dynamic linker is mapped into this process: musl has no version function to ask. */
  private static boolean musl() {
    try {
      return new String(Files.readAllBytes(Path.of("/proc/self/maps")), StandardCharsets.ISO_8859_1)
          .contains("/ld-musl-");
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
