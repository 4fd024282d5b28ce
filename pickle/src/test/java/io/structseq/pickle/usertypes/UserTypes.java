package io.structseq.pickle.usertypes;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/** The pickle tests' own user types, beside json-testing's {@code Fixtures}. */
public final class UserTypes {
  private UserTypes() {}

  /** A type whose name has no module: no global names it. */
  @StructSeq
  public interface Plain extends StructSequence {
    int a();
  }

  /** A user type of a module of its own, for a JVM without the runtime. */
  @StructSeq(name = "geo.span")
  public interface Span extends StructSequence {
    long start();

    long end();
  }

  /** Another type with the name of json-testing's {@code Fixtures.Version}. */
  @StructSeq(name = "test.version")
  public interface Taken extends StructSequence {
    int major();
  }
}
