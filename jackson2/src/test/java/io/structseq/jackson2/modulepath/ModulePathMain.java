package io.structseq.jackson2.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.structseq.jackson2.StructSeqModule;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.nio.file.Path;

/**
 * Run by {@code ModulePathTest} with this module, the runtime and Jackson on the module path: the
 * module's {@code provides} makes {@code findAndRegisterModules()} find it, and a stat result
 * round-trips. Prints what it found; exits 1 on any difference.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    StatResult stat = Os.stat(Path.of(args[0]));
    StatResult back = mapper.readValue(mapper.writeValueAsString(stat), StatResult.class);
    System.out.println(StructSeqModule.class.getModule().getName() + " " + mapper.getRegisteredModuleIds()
        + " " + StatResult.class.getModule().getName());
    if (!back.equals(stat) || !back.asMap().equals(stat.asMap())) {
      System.out.println("differs: " + stat.asMap() + " read back as " + back.asMap());
      System.exit(1);
    }
  }
}
