package io.structseq.runtime;

/**
 * Picks the {@link PosixBackend}. This is the JDK 17 version, which always answers
 * {@link PosixProcBackend}; the multi-release JAR holds a JDK 22 version (source in
 * {@code src/main/java22}) that answers the FFM backend when the C library may be called.
 */
final class PosixBackendSelector {
  private PosixBackendSelector() {}

  /** The backend, chosen when first used. */
  static final PosixBackend BACKEND = select();

  private static PosixBackend select() {
    return new PosixProcBackend();
  }
}
