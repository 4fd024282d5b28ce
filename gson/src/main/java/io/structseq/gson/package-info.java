/**
 * Struct sequences in Gson: {@link io.structseq.gson.StructSeqTypeAdapterFactory}.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package io.structseq.gson;

import org.jspecify.annotations.NullMarked;
