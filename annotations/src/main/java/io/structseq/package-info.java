/**
 * Struct sequences: the annotations a user writes ({@link io.structseq.StructSeq},
 * {@link io.structseq.Hidden}, {@link io.structseq.Unnamed}, {@link io.structseq.Check}) and the
 * contract every generated record implements ({@link io.structseq.StructSequence},
 * {@link io.structseq.StructType}, {@link io.structseq.StructField}).
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}. The values of a struct
 * sequence, as a list and by name, may be null (a field declared {@code @Nullable} holds one).
 */
@NullMarked
package io.structseq;

import org.jspecify.annotations.NullMarked;
