package io.structseq.runtime;

/**
 * Picks the {@link NssBackend}. This is the JDK 22 version, packaged in {@code META-INF/versions/22}
 * of the multi-release JAR: it answers {@link NssFfmBackend} when {@link Libc#usable()} and the C
 * library has the reentrant NSS functions, else {@link NssUnavailable} with the reason. Like
 * {@link OsBackendSelector}, it honours {@code -Dio.structseq.runtime.backend=nio}.
 */
final class NssBackendSelector {
  private NssBackendSelector() {}

  /** @return the backend for this JVM */
  static NssBackend select() {
    if (!Libc.usable()) {
      return new NssUnavailable(whyNot());
    }
    try {
      NssBackend ffm = NssFfmBackend.createIfSupported();
      return ffm != null ? ffm : new NssUnavailable("the C library lacks getpwnam_r or another reentrant NSS function");
    } catch (UnsupportedOperationException | IllegalCallerException e) {
      // No native linker on this platform, or native access denied (--illegal-native-access=deny).
      return new NssUnavailable(String.valueOf(e.getMessage()));
    }
  }

  /** Why {@link Libc#usable()} said no, in the order it checks. */
  private static String whyNot() {
    if (System.getProperty(OsBackendSelector.PROPERTY, "").equals("nio")) {
      return "-D" + OsBackendSelector.PROPERTY + "=nio forbids it";
    }
    String os = System.getProperty("os.name", "") + " " + System.getProperty("os.arch", "");
    if (!os.startsWith("Linux ")) {
      return "only Linux is supported, this is " + os;
    }
    if (!(os.endsWith(" amd64") || os.endsWith(" x86_64") || os.endsWith(" aarch64"))) {
      return "only x86_64 and aarch64 are supported, this is " + os;
    }
    return "this module has no native access (run with --enable-native-access=ALL-UNNAMED, or "
        + "=io.structseq.runtime on the module path)";
  }
}
