package io.structseq.runtime;

/**
 * Picks the {@link NssBackend}. This is the JDK 17 version, which always answers
 * {@link NssUnavailable}: the C library's NSS functions are only reachable through the Foreign Function
 * &amp; Memory API. The multi-release JAR holds a JDK 22 version (source in {@code src/main/java22}) that
 * answers the FFM backend when it can.
 */
final class NssBackendSelector {
  private NssBackendSelector() {}

  /** @return the backend for this JVM */
  static NssBackend select() {
    int feature = Runtime.version().feature();
    return new NssUnavailable(feature < 22
        ? "this is JDK " + feature
        : "the JDK 22 classes of the multi-release JAR are not in use (run from the structseq-runtime"
            + " JAR, not from its classes folder)");
  }
}
