/**
 * The annotations ({@link io.structseq.StructSeq}, {@link io.structseq.Hidden},
 * {@link io.structseq.Unnamed}, {@link io.structseq.Check}) and the small runtime contract every generated struct sequence
 * implements ({@link io.structseq.StructSequence}, {@link io.structseq.StructType},
 * {@link io.structseq.StructField}). No dependencies.
 */
module io.structseq {
  exports io.structseq;
}
