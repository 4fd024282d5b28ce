package io.structseq.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which Jackson the tests run on: the pom runs them on the newest Jackson and again on the lowest
 * this module supports, and each run says which one it expects.
 */
class JacksonVersionTest {
  @Test
  void theTestsRunOnTheExpectedJackson() {
    String expected = System.getProperty("structseq.jackson.version");
    assertEquals(expected, tools.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        "the class path holds another jackson-databind than the run expects");
  }
}
