package io.structseq.runtime;

import java.io.IOException;

/**
 * Python's {@code resource.getrusage} for Java: the resources a process, its children or a thread
 * used, as a {@code resource.struct_rusage}.
 */
public final class Resource {
  /** Python's {@code resource.RUSAGE_SELF}: the calling process, all its threads. */
  public static final int RUSAGE_SELF = 0;
  /** Python's {@code resource.RUSAGE_CHILDREN}: the children that terminated and were waited for. */
  public static final int RUSAGE_CHILDREN = -1;
  /** Python's {@code resource.RUSAGE_THREAD}: the calling thread (Linux). */
  public static final int RUSAGE_THREAD = 1;

  private Resource() {}

  /**
   * Like Python's {@code resource.getrusage(who)}: {@code getrusage(2)} with the two times in seconds
   * as CPython computes them ({@code tv_sec + tv_usec * 0.000001}) and the other fields as the kernel
   * reports them.
   *
   * @param who {@link #RUSAGE_SELF}, {@link #RUSAGE_CHILDREN} or {@link #RUSAGE_THREAD}
   * @return the usage
   * @throws IllegalArgumentException {@code "invalid who parameter"} for any other {@code who}, as
   *     CPython's {@code ValueError}
   * @throws IOException if {@code getrusage(2)} fails otherwise
   * @throws UnsupportedOperationException on JDK 17 to 21, or without native access: {@code /proc}
   *     has the times only in clock ticks, not the microseconds {@code getrusage(2)} gives
   */
  public static StructRusage getrusage(int who) throws IOException {
    if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) {
      throw new IllegalArgumentException("invalid who parameter");
    }
    return PosixBackend.CURRENT.getrusage(who);
  }
}
