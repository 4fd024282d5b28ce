package io.structseq.processor.behaviour;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.processor.behaviour.decl.Nullable;

/** A nullable field marked by a declaration annotation, and a non-null one. */
@StructSeq(name = "test.declared")
public interface DeclaredNullable extends StructSequence {
  /** never null */
  String name();

  /** may be null */
  @Hidden @Nullable String note();
}
