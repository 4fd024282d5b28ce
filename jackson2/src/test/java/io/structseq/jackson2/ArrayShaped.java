package io.structseq.jackson2;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/** A user's type that chooses the ARRAY shape whatever the module's shape. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@StructSeq(name = "test.rgb")
public interface ArrayShaped extends StructSequence {
  int r();
  int g();
  int b();
  @Hidden @Nullable String name();
}
