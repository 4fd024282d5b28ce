package io.structseq.processor.behaviour;

import io.structseq.StructSequence;
import java.util.ArrayList;
import java.util.List;

/** What the checks of {@link Span} saw, per thread: each check's name and every value it could read. */
final class CheckLog {
  private static final ThreadLocal<List<String>> CALLS = ThreadLocal.withInitial(ArrayList::new);

  private CheckLog() {}

  static void called(String check, StructSequence self) {
    CALLS.get().add(check + " " + self.asMap());
  }

  /** @return the calls since the last take, and forgets them */
  static List<String> take() {
    List<String> calls = List.copyOf(CALLS.get());
    CALLS.get().clear();
    return calls;
  }
}
