package io.structseq.runtime;

/**
 * Picks the {@link PosixBackend}. This is the JDK 22 version, packaged in {@code META-INF/versions/22}
 * of the multi-release JAR: {@link PosixFfmBackend} when {@link Libc#usable()} (Linux x86_64 or
 * aarch64, native access, and the system property {@value OsBackendSelector#PROPERTY} not
 * {@code "nio"}), else {@link PosixProcBackend}.
 */
final class PosixBackendSelector {
  private PosixBackendSelector() {}

  /** The backend, chosen when first used. */
  static final PosixBackend BACKEND = select();

  private static PosixBackend select() {
    if (Libc.usable()) {
      PosixBackend ffm = PosixFfmBackend.createIfSupported();
      if (ffm != null) {
        return ffm;
      }
    }
    return new PosixProcBackend();
  }
}
