package io.structseq.runtime;

/**
 * Picks the {@link OsBackend} for this JDK. This is the JDK 17 version, which always answers
 * {@link OsNioBackend}; the multi-release JAR holds a JDK 22 version of this class (in
 * {@code META-INF/versions/22}, source in {@code src/main/java22}) that answers the FFM backend.
 */
final class OsBackendSelector {
  /** System property that forces a backend: {@code "nio"}, or {@code "ffm"} (JDK 22 and later). */
  static final String PROPERTY = "io.structseq.runtime.backend";

  private OsBackendSelector() {}

  /** @return the backend {@link Os} uses for the life of the JVM */
  static OsBackend select() {
    return new OsNioBackend();
  }
}
