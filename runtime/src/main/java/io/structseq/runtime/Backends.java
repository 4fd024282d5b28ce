package io.structseq.runtime;

/**
 * The one place that decides which backends run, and says why the C library cannot be called when it
 * cannot. This is the JDK 17 version: the Foreign Function &amp; Memory API does not exist, so
 * {@link Os} reads {@code java.nio.file}, the other calls {@code /proc} ({@link PosixProcBackend}) and
 * NSS is unavailable. The multi-release JAR holds a JDK 22 version (source in {@code src/main/java22})
 * that picks the FFM backends when it can.
 */
final class Backends {
  /** System property that forces a backend: {@code "nio"}, or {@code "ffm"} (JDK 22 and later). */
  static final String PROPERTY = "io.structseq.runtime.backend";

  private Backends() {}

  /**
   * Why the FFM backends do not run, as errors and the README quote it.
   *
   * @return the reason, or {@code null} when they run
   */
  static String whyNotFfm() {
    int feature = Runtime.version().feature();
    return feature < 22
        ? "this is JDK " + feature
        : "the JDK 22 classes of the multi-release JAR are not in use (run from the structseq-runtime"
            + " JAR, not from its classes folder)";
  }

  /** Returns the backend of {@link Os#stat} and {@link Os#lstat}. */
  static OsBackend os() {
    return new OsNioBackend();
  }

  /** Returns the backend of the other calls. */
  static PosixBackend posix() {
    return new PosixProcBackend(whyNotFfm());
  }

  /** Returns the backend of {@link Pwd} and {@link Grp}. */
  static NssBackend nss() {
    return new NssUnavailable(whyNotFfm());
  }
}
