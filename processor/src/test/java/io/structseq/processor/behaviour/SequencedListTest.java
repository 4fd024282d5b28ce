package io.structseq.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.processor.samples.TimeLikeRecord;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JDK 21's SequencedCollection methods on a struct sequence behave as on List.of. The tests are
 * compiled for Java 17, so they call those methods reflectively; on JDK 17 they skip visibly, and
 * .ci/run runs them on JDK 25.
 */
class SequencedListTest {
  private static final TimeLikeRecord TIME = new TimeLikeRecord(2024, 6, 30, 12, 0, 59, 6, 182, 1, "CEST", 7200);

  @BeforeEach
  void needsJdk21() {
    assumeTrue(Runtime.version().feature() >= 21, "SequencedCollection needs JDK 21+");
  }

  private static Object call(Object target, String name, Object... args) throws Throwable {
    Class<?>[] types = new Class<?>[args.length];
    java.util.Arrays.fill(types, Object.class);
    Method m = List.class.getMethod(name, types);
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void getFirstAndGetLastAreTheVisibleEnds() throws Throwable {
    assertEquals(2024, call(TIME, "getFirst"));
    assertEquals(1, call(TIME, "getLast"));
  }

  @Test
  void reversedIsTheVisibleValuesBackwardsAndImmutable() throws Throwable {
    List<?> reversed = (List<?>) call(TIME, "reversed");
    List<Object> expected = new ArrayList<>(TIME);
    Collections.reverse(expected);
    assertEquals(expected, reversed);
    assertThrows(UnsupportedOperationException.class, () -> call(reversed, "removeFirst"));
    assertThrows(UnsupportedOperationException.class, () -> reversed.clear());
  }

  @Test
  void sequencedMutatorsThrowLikeListOf() throws Throwable {
    for (String mutator : List.of("addFirst", "addLast")) {
      assertThrows(UnsupportedOperationException.class, () -> call(TIME, mutator, 1), mutator);
      assertThrows(UnsupportedOperationException.class, () -> call(List.of(1), mutator, 1), mutator);
    }
    for (String mutator : List.of("removeFirst", "removeLast")) {
      assertThrows(UnsupportedOperationException.class, () -> call(TIME, mutator), mutator);
    }
  }
}
