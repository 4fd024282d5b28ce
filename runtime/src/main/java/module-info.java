/**
 * {@code os.stat}, {@code sys.version_info} and {@code time.localtime} results as CPython reports
 * them, as struct sequences of {@link io.structseq}.
 *
 * <p>On JDK 22 and later, {@code Os} reads file status through the Foreign Function &amp; Memory API
 * when this module has native access: {@code --enable-native-access=io.structseq.runtime} on the
 * module path ({@code ALL-UNNAMED} on the class path). Without it, the {@code java.nio.file} backend
 * is used and the JDK prints no warning.
 */
module io.structseq.runtime {
  requires transitive io.structseq;
  exports io.structseq.runtime;
}
