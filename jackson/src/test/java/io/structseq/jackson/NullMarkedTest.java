package io.structseq.jackson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** Kotlin and NullAway read this package as non-null unless it says @Nullable. */
class NullMarkedTest {
  @Test
  void thePackageIsNullMarked() {
    assertTrue(StructSeqModule.class.getPackage().isAnnotationPresent(NullMarked.class));
  }
}
