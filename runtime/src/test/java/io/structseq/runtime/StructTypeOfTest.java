package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StructType#of(Class)} on the runtime's records and interfaces, on a nested interface of a
 * test, and on classes that are no struct sequence type. (The annotations module cannot run the
 * processor on its own tests, so the runtime, built with it, tests this.)
 */
class StructTypeOfTest {
  /** A nested interface: its record is StructTypeOfTest_LocalRecord. */
  @StructSeq(name = "test.local")
  interface Local extends StructSequence {
    int a();
  }

  /** A struct sequence interface with no generated record. */
  interface NotGenerated extends StructSequence {}

  @Test
  void recordsAndTheirInterfaces() {
    assertSame(StatResultRecord.TYPE, StructType.of(StatResultRecord.class));
    assertSame(StatResultRecord.TYPE, StructType.of(StatResult.class));
    assertSame(StructTimeRecord.TYPE, StructType.of(StructTime.class));
    assertSame(StructTypeOfTest_LocalRecord.TYPE, StructType.of(Local.class));
    assertSame(StructTypeOfTest_LocalRecord.TYPE, StructType.of(StructTypeOfTest_LocalRecord.class));
    assertEquals("test.local", StructType.of(Local.class).name());
  }

  @Test
  void anythingElseNamesTheClass() {
    for (Class<?> type : List.of(String.class, List.class, StructSequence.class, NotGenerated.class,
        Os.class, int.class)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StructType.of(type));
      assertTrue(e.getMessage().contains(type.getName()), e.getMessage());
    }
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> StructType.of(NotGenerated.class));
    assertTrue(missing.getMessage().contains("StructTypeOfTest_NotGeneratedRecord"), missing.getMessage());
    assertThrows(NullPointerException.class, () -> StructType.of(null));
  }
}
