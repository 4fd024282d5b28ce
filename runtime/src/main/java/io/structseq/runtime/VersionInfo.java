package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * The version of the running Java platform in the shape of Python's {@code sys.version_info}: a
 * five-item sequence {@code (major, minor, micro, releaselevel, serial)} that can be compared with
 * tuples, such as {@code StructSequence.compare(Sys.versionInfo(), List.of(17, 0)) >= 0}.
 *
 * <p>The fields map {@link Runtime.Version}'s components: {@code major} is the feature release,
 * {@code minor} the interim release, {@code micro} the update release, {@code releaselevel} is
 * {@code "final"} for a general-availability build or the pre-release identifier (such as
 * {@code "ea"}), and {@code serial} is the emergency patch release.
 */
@StructSeq(name = "sys.version_info")
public interface VersionInfo extends StructSequence, Comparable<VersionInfo> {

  /**
   * The feature release counter, {@link Runtime.Version#feature()}: {@code 17} for Java 17.
   */
  int major();

  /**
   * The interim release counter, {@link Runtime.Version#interim()}; {@code 0} for every release so
   * far.
   */
  int minor();

  /**
   * The update release counter, {@link Runtime.Version#update()}: {@code 15} for 17.0.15.
   */
  int micro();

  /**
   * {@code "final"} for a general-availability build, else the pre-release identifier of
   * {@link Runtime.Version#pre()}, such as {@code "ea"} for {@code 25-ea+3}. Python uses
   * {@code 'alpha'}, {@code 'beta'}, {@code 'candidate'} or {@code 'final'}; Java's identifier is kept
   * as it is rather than mapped, so it orders as a string.
   */
  String releaselevel();

  /**
   * The emergency patch release counter, {@link Runtime.Version#patch()}; usually {@code 0}.
   */
  int serial();
}
