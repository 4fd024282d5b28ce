package io.structseq.pickle.usertypes;

import io.structseq.pickle.StructSeqPickle;
import java.util.Base64;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Pickler;
import net.razorvine.pickle.Unpickler;

/**
 * Run by {@code WithoutRuntimeTest} in a JVM whose class path has no structseq-runtime: installs,
 * round-trips a user type, and prints what a pickle of {@code os.stat_result} (argument 1, base64)
 * gives: Pyrolite's refusal, since no runtime type is registered.
 */
public final class WithoutRuntimeMain {
  private WithoutRuntimeMain() {}

  public static void main(String[] args) throws Exception {
    StructSeqPickle.install();
    StructSeqPickle.register(UserTypes.Span.class);
    UserTypes.Span span = new UserTypes_SpanRecord(3, 7);
    Object back = new Unpickler().loads(new Pickler().dumps(span));
    System.out.println("span " + span.equals(back) + " " + back.getClass().getSimpleName());
    try {
      System.out.println("stat " + new Unpickler().loads(Base64.getDecoder().decode(args[0])));
    } catch (PickleException e) {
      System.out.println("stat " + e.getMessage().substring(0, e.getMessage().indexOf(')') + 1));
    }
  }
}
