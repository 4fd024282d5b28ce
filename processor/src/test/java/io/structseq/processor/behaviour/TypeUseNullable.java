package io.structseq.processor.behaviour;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.processor.behaviour.typeuse.Nullable;

/** A nullable field marked by a type-use annotation, and a non-null one. */
@StructSeq(name = "test.typeuse")
public interface TypeUseNullable extends StructSequence {
  /** never null */
  String name();

  /** may be null */
  @Nullable Long bytes();
}
