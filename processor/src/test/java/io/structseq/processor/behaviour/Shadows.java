package io.structseq.processor.behaviour;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * Fields named like the parameters and locals of generated methods ({@code get(int index)},
 * {@code get(String name)}, {@code int h}, {@code equals(Object other)}, {@code that},
 * {@code StringBuilder sb}, {@code replace(Map changes)}): each must still read the field.
 */
@StructSeq(name = "test.shadows")
public interface Shadows extends StructSequence {
  int index();

  String name();

  int h();

  String other();

  String that();

  int sb();

  @Hidden String changes();
}
