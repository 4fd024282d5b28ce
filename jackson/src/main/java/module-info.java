/**
 * Struct sequences in Jackson 3: {@link io.structseq.jackson.StructSeqModule} writes and reads every
 * {@code @StructSeq} type as a JSON object of all its fields (lossless) or as CPython's array of its
 * visible values. {@code JsonMapper.builder().findAndAddModules()} finds it through
 * {@code ServiceLoader}.
 */
module io.structseq.jackson {
  requires transitive io.structseq;
  // JSpecify's nullness annotations on the exported API: for compilers only, as in io.structseq.
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;
  exports io.structseq.jackson;
  provides tools.jackson.databind.JacksonModule with io.structseq.jackson.StructSeqModule;
}
