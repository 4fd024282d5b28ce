package io.structseq.runtime;

/**
 * Picks the {@link OsBackend} for this JDK. This is the JDK 22 version, packaged in
 * {@code META-INF/versions/22} of the multi-release JAR: it answers {@link OsFfmBackend} when this
 * module has native access and the platform's {@code struct stat} is known, else {@link OsNioBackend}.
 * Falling back without native access keeps the JDK from printing its restricted-method warning.
 */
final class OsBackendSelector {
  /** System property that forces a backend: {@code "nio"}, or {@code "ffm"} (JDK 22 and later). */
  static final String PROPERTY = "io.structseq.runtime.backend";

  private OsBackendSelector() {}

  /** @return the backend {@link Os} uses for the life of the JVM */
  static OsBackend select() {
    String forced = System.getProperty(PROPERTY, "");
    if (forced.equals("nio")) {
      return new OsNioBackend();
    }
    if (forced.equals("ffm") || OsBackendSelector.class.getModule().isNativeAccessEnabled()) {
      OsBackend ffm = OsFfmBackend.createIfSupported();
      if (ffm != null) {
        return ffm;
      }
    }
    return new OsNioBackend();
  }
}
