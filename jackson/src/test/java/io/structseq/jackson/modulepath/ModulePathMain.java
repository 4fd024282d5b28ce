package io.structseq.jackson.modulepath;

import io.structseq.jackson.StructSeqModule;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.nio.file.Path;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run by {@code ModulePathTest} with this module, the runtime and Jackson on the module path: the
 * module's {@code provides} makes {@code findAndAddModules()} find it, and a stat result
 * round-trips. Prints what it found; exits 1 on any difference.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    StatResult stat = Os.stat(Path.of(args[0]));
    StatResult back = mapper.readValue(mapper.writeValueAsString(stat), StatResult.class);
    System.out.println(StructSeqModule.class.getModule().getName() + " " + mapper.registeredModules().stream().map(m -> m.getModuleName()).toList()
        + " " + StatResult.class.getModule().getName());
    if (!back.equals(stat) || !back.asMap().equals(stat.asMap())) {
      System.out.println("differs: " + stat.asMap() + " read back as " + back.asMap());
      System.exit(1);
    }
  }
}
