package io.structseq.processor;

import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;

/** What the processor asks about the compiler that runs it: javac's trees, or whether it is Eclipse's. */
final class Compilers {
  private Compilers() {}

  /**
   * Returns javac's source trees, or null when {@code env} is not javac's own (ECJ, a build tool's
   * wrapper).
   */
  static Trees javacTrees(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Returns whether {@code env} is Eclipse's, batch ECJ ({@code BatchProcessingEnvImpl}) or the IDE's
   * ({@code IdeBuildProcessingEnvImpl}); both live under {@code org.eclipse.jdt}.
   */
  static boolean isEclipse(ProcessingEnvironment env) {
    return env.getClass().getName().startsWith("org.eclipse.jdt.");
  }
}
