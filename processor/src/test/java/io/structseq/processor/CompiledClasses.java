package io.structseq.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** The classes a compile-testing compilation wrote, loaded to run the generated code. */
final class CompiledClasses {
  private CompiledClasses() {}

  /**
   * Writes the compilation's class files under {@code dir} and returns a loader of them whose parent
   * is the tests' loader (for the annotations' and runtime's classes); the caller closes it.
   */
  static URLClassLoader load(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String name = f.toUri().getPath().replaceFirst("^/" + StandardLocation.CLASS_OUTPUT.getName() + "/", "");
        Path out = dir.resolve(name);
        Files.createDirectories(out.getParent());
        try (InputStream in = f.openInputStream()) {
          Files.copy(in, out);
        }
      }
    }
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, CompiledClasses.class.getClassLoader());
  }
}
