/**
 * CPython's struct sequences for Java: {@code os.stat}, {@code os.statvfs}, {@code os.uname},
 * {@code resource.getrusage}, {@code pwd}, {@code grp}, {@code sys.version_info},
 * {@code time.localtime} and more, as CPython reports them, as struct sequences of
 * {@link io.structseq}.
 *
 * <p>On JDK 22 and later, the calls go to the C library through the Foreign Function &amp; Memory API
 * when this module has native access: {@code --enable-native-access=io.structseq.runtime} on the
 * module path ({@code ALL-UNNAMED} on the class path). Without it, each call is exact through the JDK
 * and {@code /proc}, or throws {@code UnsupportedOperationException}, and the JDK prints no warning.
 * On JDK 17 to 21 the calls go to the C library through jffi when jnr-ffi is present (on the module
 * path, resolve it: {@code --add-modules org.jnrproject.jffi}).
 */
// jffi is an automatic module (its JAR names itself in Automatic-Module-Name), read only when present.
@SuppressWarnings("requires-automatic")
module io.structseq.runtime {
  requires transitive io.structseq;
  // JSpecify's nullness annotations on the exported API: for compilers only, as in io.structseq.
  requires static transitive org.jspecify;
  // Compile time only: the generated records carry @javax.annotation.processing.Generated (a
  // source-retention annotation), which lives in java.compiler; nothing needs it at run time.
  // Transitive because it annotates exported types (else javac's -Xlint:exports warns).
  requires static transitive java.compiler;
  // jffi, the native layer of jnr-ffi: the C library on JDK 17 to 21 when a user adds jnr-ffi (an
  // optional dependency). Never read on JDK 22 and later, which use FFM.
  requires static org.jnrproject.jffi;
  exports io.structseq.runtime;
}
