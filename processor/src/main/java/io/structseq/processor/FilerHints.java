package io.structseq.processor;

import java.io.IOException;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;

/** What to add to a failed write's error so that the user knows what to do. */
final class FilerHints {
  private FilerHints() {}

  /**
   * Returns a sentence (with a leading ". ") explaining {@code e}, or {@code ""} when there is nothing
   * to add.
   */
  static String hint(ProcessingEnvironment env, IOException e) {
    // Eclipse's batch Filer (BatchFilerImpl) refuses createSourceFile for any type that already
    // exists, a class file on the class path included; javac accepts it. The message is the only
    // way to tell that case from a file written twice in one compilation.
    if (Compilers.isEclipse(env) && e instanceof FilerException && String.valueOf(e.getMessage()).contains("already exists")) {
      return ". Eclipse's batch compiler (ECJ) does not generate a type that already exists on the class"
          + " path, such as the record's class file from an earlier build when the output folder is on the"
          + " class path: clean the output folder (mvn clean) and build again";
    }
    return "";
  }
}
