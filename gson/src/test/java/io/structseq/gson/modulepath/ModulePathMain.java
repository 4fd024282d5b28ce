package io.structseq.gson.modulepath;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.structseq.gson.StructSeqTypeAdapterFactory;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import java.nio.file.Path;

/**
 * Run by {@code ModulePathTest} with this module, the runtime and Gson on the module path: a stat
 * result round-trips. Prints the modules it used; exits 1 on any difference.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) throws Exception {
    Gson gson = new GsonBuilder().registerTypeAdapterFactory(StructSeqTypeAdapterFactory.objects()).create();
    StatResult stat = Os.stat(Path.of(args[0]));
    StatResult back = gson.fromJson(gson.toJson(stat), StatResult.class);
    System.out.println(StructSeqTypeAdapterFactory.class.getModule().getName() + " "
        + Gson.class.getModule().getName() + " " + StatResult.class.getModule().getName());
    if (!back.equals(stat) || !back.asMap().equals(stat.asMap())) {
      System.out.println("differs: " + stat.asMap() + " read back as " + back.asMap());
      System.exit(1);
    }
  }
}
