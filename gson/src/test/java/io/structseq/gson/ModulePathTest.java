package io.structseq.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.jsontesting.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * The module as a user's modular application meets it: this module, {@code io.structseq.runtime} and
 * Gson on the module path of a second JVM.
 */
class ModulePathTest {
  @Test
  void roundTripsOnTheModulePath() throws Exception {
    assertEquals("io.structseq.gson com.google.gson io.structseq.runtime",
        ModulePath.run("gson", "gson-[^/]*", "io.structseq.gson.modulepath.ModulePathMain", "/etc/hosts"));
  }
}
