package io.structseq.runtime;

import java.util.Objects;

/**
 * Python's {@code sys} module, as far as it describes the running platform: {@link #versionInfo()}
 * is the counterpart of {@code sys.version_info}.
 */
public final class Sys {
  private static final VersionInfo CURRENT = versionInfo(Runtime.version());

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
}
