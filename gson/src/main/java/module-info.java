/**
 * Struct sequences in Gson: {@link io.structseq.gson.StructSeqTypeAdapterFactory} writes and reads
 * every {@code @StructSeq} type as a JSON object of all its fields (lossless) or as CPython's array of
 * its visible values.
 */
module io.structseq.gson {
  requires transitive io.structseq;
  // JSpecify's nullness annotations on the exported API: for compilers only, as in io.structseq.
  requires static transitive org.jspecify;
  requires transitive com.google.gson;
  exports io.structseq.gson;
}
