package io.structseq.processor.samples;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Two fields, the second nullable by a declaration annotation. */
@StructSeq(name = "two")
public interface Two extends StructSequence {
  /** the key */
  String key();

  /** the value, or null */
  @Nullable String value();

  /** A declaration annotation named Nullable, as JSR 305's: written on the declarations it allows. */
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
  @interface Nullable {}
}
