/**
 * Struct sequences in Python's pickle format through Pyrolite: see {@link
 * io.structseq.pickle.StructSeqPickle}.
 */
@NullMarked
package io.structseq.pickle;

import org.jspecify.annotations.NullMarked;
