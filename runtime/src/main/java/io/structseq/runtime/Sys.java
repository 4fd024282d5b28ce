package io.structseq.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Python's {@code sys} module, as far as it describes the running platform: {@link #versionInfo()}
 * is the counterpart of {@code sys.version_info}, {@link #floatInfo()} of {@code sys.float_info} and
 * {@link #threadInfo()} of {@code sys.thread_info}.
 */
public final class Sys {
  private static final VersionInfo CURRENT = versionInfo(Runtime.version());
  // C's DBL_* constants for binary64 and FLT_RADIX; FLT_ROUNDS is 1, round to nearest, Java's only
  // mode. DBL_MAX_10_EXP and DBL_MIN_10_EXP are floor(log10(MAX_VALUE)) and ceil(log10(MIN_NORMAL)).
  private static final FloatInfo FLOAT_INFO = new FloatInfoRecord(
      Double.MAX_VALUE, Double.MAX_EXPONENT + 1, 308,
      Double.MIN_NORMAL, Double.MIN_EXPONENT + 1, -307,
      15, 53, Math.ulp(1.0), 2, 1);
  private static volatile @Nullable ThreadInfo threadInfo;

  private Sys() {}

  /**
   * The version of the running Java platform, from {@link Runtime#version()}: on Java 17.0.15 it is
   * {@code sys.version_info(major=17, minor=0, micro=15, releaselevel='final', serial=0)}.
   *
   * @return the version, the same instance on every call
   */
  public static VersionInfo versionInfo() {
    return CURRENT;
  }

  /**
   * A Java version as {@code sys.version_info}: {@code major} = feature, {@code minor} = interim,
   * {@code micro} = update, {@code releaselevel} = {@code "final"} or the pre-release identifier,
   * {@code serial} = patch. The build number and optional information ({@code +6},
   * {@code -Debian-1deb12u1}) are not part of it.
   *
   * @param version a version, such as {@code Runtime.Version.parse("25-ea+3")}
   * @return its {@code sys.version_info}, {@code (25, 0, 0, 'ea', 0)} for that example
   * @throws NullPointerException if {@code version} is null
   */
  public static VersionInfo versionInfo(Runtime.Version version) {
    Objects.requireNonNull(version, "version");
    return new VersionInfoRecord(
        version.feature(),
        version.interim(),
        version.update(),
        version.pre().orElse("final"),
        version.patch());
  }
  /**
   * Like Python's {@code sys.float_info}: the limits of Java's {@code double}, which is the same
   * IEEE 754 binary64 type as C's {@code double}, so the values are those of C's {@code <float.h>}:
   * {@code sys.float_info(max=1.7976931348623157e+308, max_exp=1024, ...)}. Exact on every JDK.
   *
   * @return the limits, the same instance on every call
   */
  public static FloatInfo floatInfo() {
    return FLOAT_INFO;
  }

  /**
   * Like Python's {@code sys.thread_info} on the same machine: {@code name} {@code 'pthread'},
   * {@code lock} {@code 'semaphore'} (what CPython uses on Linux), and {@code version} as the C library
   * names its thread library ({@code confstr(_CS_GNU_LIBPTHREAD_VERSION)}, such as {@code 'NPTL 2.36'}),
   * or {@code null} where it has no name for it (musl).
   *
   * @return the thread implementation, the same instance on every call after the first
   * @throws UnsupportedOperationException on JDK 17 to 21, or without native access: the version is
   *     known only to the C library
   */
  public static ThreadInfo threadInfo() {
    ThreadInfo info = threadInfo;
    if (info == null) {
      // A race builds equal values; the C library in a process never changes.
      info = new ThreadInfoRecord("pthread", "semaphore",
          PosixBackend.CURRENT.threadLibraryVersion());
      threadInfo = info;
    }
    return info;
  }
}
