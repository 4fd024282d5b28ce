/**
 * The annotations ({@link io.structseq.StructSeq}, {@link io.structseq.Hidden},
 * {@link io.structseq.Unnamed}, {@link io.structseq.Check}) and the small runtime contract every generated struct sequence
 * implements ({@link io.structseq.StructSequence}, {@link io.structseq.StructType},
 * {@link io.structseq.StructField}). Its nullness is declared with JSpecify: the package is
 * {@code @NullMarked}, and {@code @Nullable} marks where null can be given or returned.
 */
module io.structseq {
  // Static: the annotations are for compilers (javac, Kotlin, NullAway) and not needed at run time.
  // Transitive: they annotate the exported API, so every reader of this module reads them too.
  requires static transitive org.jspecify;
  exports io.structseq;
}
