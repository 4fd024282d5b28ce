/**
 * Struct sequences in Jackson 2: {@link io.structseq.jackson2.StructSeqModule}.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.structseq.jackson2;

import org.jspecify.annotations.NullMarked;
