/**
 * Struct sequences in Jackson 2: {@link io.structseq.jackson2.StructSeqModule} writes and reads every
 * {@code @StructSeq} type as a JSON object of all its fields (lossless) or as CPython's array of its
 * visible values. {@code ObjectMapper.findAndRegisterModules()} finds it through {@code ServiceLoader}.
 */
@SuppressWarnings("module") // the contract names it io.structseq.jackson2, after the artifact
module io.structseq.jackson2 {
  requires transitive io.structseq;
  // JSpecify's nullness annotations on the exported API: for compilers only, as in io.structseq.
  requires static transitive org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  exports io.structseq.jackson2;
  provides com.fasterxml.jackson.databind.Module with io.structseq.jackson2.StructSeqModule;
}
