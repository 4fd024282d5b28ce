package io.structseq.runtime;

/**
 * The one place that decides which backends run, and says why the C library cannot be called when it
 * cannot. This is the JDK 22 version, packaged in {@code META-INF/versions/22} of the multi-release JAR.
 * The FFM backends run when every condition holds, checked in this order:
 * <ol>
 *   <li>the system property {@value #PROPERTY} is not {@code "nio"};
 *   <li>this module has native access, or the property is {@code "ffm"} (the JDK then warns), so that
 *       the JDK never prints its restricted-method warning on its own;
 *   <li>the platform is one whose layouts a test proves ({@link Abi}): Linux x86_64 with glibc or
 *       musl, Linux aarch64 with glibc. The C library is told apart at run time: glibc defines
 *       {@code gnu_get_libc_version}, musl does not and maps its {@code ld-musl-*.so.1}.
 * </ol>
 * Otherwise {@link Os} reads {@code java.nio.file}, the other calls {@code /proc} where that is exact,
 * and everything else throws {@link UnsupportedOperationException} with {@link #whyNotFfm()}.
 */
final class Backends {
  /** System property that forces a backend: {@code "nio"}, or {@code "ffm"} (JDK 22 and later). */
  static final String PROPERTY = "io.structseq.runtime.backend";

  private Backends() {}

  /** What the native checks found, once, when the first backend is chosen. */
  private static final class Decision {
    static final Abi ABI;
    static final String WHY_NOT;

    static {
      // Reached only when checkJvm() passed: the native checks need native access.
      Abi abi = null;
      String why = null;
      try {
        abi = Abi.ofThisProcess(symbol -> Libc.find(symbol).isPresent());
      } catch (UnsupportedOperationException | IllegalCallerException e) {
        // No native linker on this platform, or native access denied (--illegal-native-access=deny).
        why = String.valueOf(e.getMessage());
      } catch (ExceptionInInitializerError e) {
        // The same, met while Libc linked dlsym.
        why = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
      }
      ABI = abi;
      WHY_NOT = why;
    }
  }

  /**
   * Why the FFM backends do not run, as errors and the README quote it.
   *
   * @return the reason, or {@code null} when they run
   */
  static String whyNotFfm() {
    String why = checkJvm();
    return why != null ? why : Decision.WHY_NOT;
  }

  /**
   * @return the ABI of this process
   * @throws IllegalStateException when the FFM backends do not run
   */
  static Abi abi() {
    if (Decision.ABI == null) {
      throw new IllegalStateException("no FFM backend: " + whyNotFfm());
    }
    return Decision.ABI;
  }

  /** @return the backend of {@link Os#stat} and {@link Os#lstat} */
  static OsBackend os() {
    if (whyNotFfm() == null) {
      OsBackend ffm = OsFfmBackend.createIfSupported();
      if (ffm != null) {
        return ffm;
      }
    }
    return new OsNioBackend();
  }

  /** @return the backend of the other calls */
  static PosixBackend posix() {
    if (whyNotFfm() != null) {
      return new PosixProcBackend(whyNotFfm());
    }
    return PosixFfmBackend.createIfSupported();
  }

  /** @return the backend of {@link Pwd} and {@link Grp} */
  static NssBackend nss() {
    if (whyNotFfm() != null) {
      return new NssUnavailable(whyNotFfm());
    }
    return NssFfmBackend.createIfSupported();
  }

  /** The checks that need no native call; null when they pass. */
  private static String checkJvm() {
    if (System.getProperty(PROPERTY, "").equals("nio")) {
      return "-D" + PROPERTY + "=nio forbids it";
    }
    if (!System.getProperty("os.name", "").equals("Linux")) {
      return "no test proves the C structure layouts of " + Abi.platform("");
    }
    if (!System.getProperty(PROPERTY, "").equals("ffm") && !Backends.class.getModule().isNativeAccessEnabled()) {
      return "this module has no native access (run with --enable-native-access=ALL-UNNAMED, or "
          + "=io.structseq.runtime on the module path)";
    }
    return null;
  }
}
