package io.structseq.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.jsontesting.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * The module as a user's modular application meets it: this module, {@code io.structseq.runtime} and
 * Jackson on the module path of a second JVM, where only module-info's {@code provides} lets
 * {@code ServiceLoader} find the module.
 */
class ModulePathTest {
  @Test
  void serviceLoaderFindsTheModuleOnTheModulePath() throws Exception {
    assertEquals("io.structseq.jackson2 [io.structseq.jackson2.StructSeqModule:OBJECT] io.structseq.runtime",
        ModulePath.run("jackson2", "jackson-(databind|core|annotations)-[^/]*", "io.structseq.jackson2.modulepath.ModulePathMain", "/etc/hosts"));
  }
}
