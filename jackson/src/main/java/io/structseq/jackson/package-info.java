/**
 * Struct sequences in Jackson 3: {@link io.structseq.jackson.StructSeqModule}.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.structseq.jackson;

import org.jspecify.annotations.NullMarked;
