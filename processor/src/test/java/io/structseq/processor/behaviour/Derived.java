package io.structseq.processor.behaviour;

import io.structseq.Hidden;
import io.structseq.StructSeq;

/** Inherits id() from Base; default and static methods are not fields. */
@StructSeq(name = "test.derived")
public interface Derived extends Base {
  /** the name */
  String name();

  /** an optional nickname, nullable through a declaration annotation */
  @Nullable String nickname();

  /** hidden, nullable */
  @Hidden @Nullable String note();

  default String display() {
    return nickname() == null ? name() : nickname();
  }

  static Derived of(int id, String name) {
    return new DerivedRecord(id, name, null, null);
  }
}
