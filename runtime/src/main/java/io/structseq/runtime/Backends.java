package io.structseq.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The one place that decides which backends run, and says why the C library cannot be called when it
 * cannot. This is the JDK 17 version: the Foreign Function &amp; Memory API does not exist, so the C
 * library is reached through jffi, the native layer of jnr-ffi, when it is on the class path and the
 * platform is one whose layouts a test proves ({@link Abi}); the decision is made once, when the first
 * backend is chosen. Otherwise {@link Os} reads {@code java.nio.file}, the other calls {@code /proc}
 * ({@link PosixProcBackend}) and NSS is unavailable. The multi-release JAR holds a JDK 22 version
 * (source in {@code src/main/java22}) that picks the FFM backends when it can and never loads jnr.
 */
final class Backends {
  /** System property that forces a backend: {@code "nio"}, or {@code "ffm"} (JDK 22 and later). */
  static final String PROPERTY = "io.structseq.runtime.backend";
  /** A class of jffi, the part of jnr-ffi the jnr backends call. */
  private static final String JFFI_CLASS = "com.kenai.jffi.Library";

  private Backends() {}

  /** What the jnr checks found, once, when the first backend is chosen. */
  private static final class Decision {
    static final @Nullable Abi ABI;
    static final @Nullable String WHY_NOT;

    static {
      // Reached only when checkJvm() passed.
      Abi abi = null;
      String why = jffiClass();
      if (why == null) {
        try {
          abi = Abi.ofThisProcess(symbol -> JnrLibc.find(symbol) != 0);
        } catch (UnsupportedOperationException e) {
          why = e.getMessage();
        } catch (LinkageError | RuntimeException e) {
          // jffi could not load its native library (no stub for this platform, a noexec temp dir...).
          Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
          why = "jnr-ffi is on the class path, and its native library does not load: " + cause;
        }
      }
      ABI = why == null ? abi : null;
      WHY_NOT = why;
    }
  }

  /**
   * Why the FFM backends do not run, as errors and the README quote it.
   *
   * @return the reason, never {@code null} in this version
   */
  static String whyNotFfm() {
    int feature = Runtime.version().feature();
    return feature < 22
        ? "this is JDK " + feature
        : "the JDK 22 classes of the multi-release JAR are not in use (run from the structseq-runtime"
            + " JAR, not from its classes folder)";
  }

  /**
   * Why the jnr backends do not run.
   *
   * @return the reason, or {@code null} when they run
   */
  static @Nullable String whyNotJnr() {
    String why = checkJvm();
    return why != null ? why : Decision.WHY_NOT;
  }

  /** Why no backend reaches the C library, as the refusals of {@link PosixProcBackend} and {@link NssUnavailable} say. */
  static String whyNotNative() {
    return whyNotFfm() + ", and " + whyNotJnr();
  }

  /**
   * @return the ABI of this process
   * @throws IllegalStateException when the jnr backends do not run
   */
  static Abi abi() {
    Abi abi = whyNotJnr() == null ? Decision.ABI : null;
    if (abi == null) {
      throw new IllegalStateException("no native backend: " + whyNotNative());
    }
    return abi;
  }

  /** Returns the backend of {@link Os#stat} and {@link Os#lstat}. */
  static OsBackend os() {
    if (whyNotJnr() == null) {
      OsBackend jnr = OsJnrBackend.createIfSupported();
      if (jnr != null) {
        return jnr;
      }
    }
    return new OsNioBackend();
  }

  /** Returns the backend of the other calls. */
  static PosixBackend posix() {
    return whyNotJnr() == null ? PosixJnrBackend.create() : new PosixProcBackend(whyNotNative());
  }

  /** Returns the backend of {@link Pwd} and {@link Grp}. */
  static NssBackend nss() {
    return whyNotJnr() == null ? NssJnrBackend.createIfSupported() : new NssUnavailable(whyNotNative());
  }

  /** The checks that need no native call; null when they pass. */
  private static @Nullable String checkJvm() {
    if (System.getProperty(PROPERTY, "").equals("nio")) {
      return "-D" + PROPERTY + "=nio forbids jnr-ffi";
    }
    int feature = Runtime.version().feature();
    if (feature >= 22) {
      // JDK 22 and later call the C library through FFM only; these are its classes-folder runs.
      return "jnr-ffi is not used on JDK " + feature;
    }
    if (!System.getProperty("os.name", "").equals("Linux")) {
      return "no test proves the C structure layouts of " + Abi.platform("");
    }
    return null;
  }

  /** Whether jffi's classes are there; null when they are. */
  private static @Nullable String jffiClass() {
    try {
      Class.forName(JFFI_CLASS, false, Backends.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return Backends.class.getModule().isNamed()
          ? "jnr-ffi's jffi is not in the module graph (put it on the module path and add"
              + " --add-modules org.jnrproject.jffi)"
          : "jnr-ffi is not on the class path";
    }
    return null;
  }
}
