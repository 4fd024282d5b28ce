package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example in the README (but the runtime's) compiles with the processor, warning-free, and the usage example
 * runs with assertions enabled: the guide cannot drift from the code.
 */
class ReadmeExamplesTest {
  private static final Path README = Paths.get("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_NAME =
      Pattern.compile("(?m)^(?:public |abstract |final )*(?:class|interface|record|enum) (\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

  @Test
  void everyJavaExampleCompilesAndTheDemoRuns(@TempDir Path classes) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
    while (block.find()) {
      String code = block.group(1);
      if (code.contains("import io.structseq.runtime.")) {
        continue; // the runtime's examples: compiled against it by runtime's ReadmeRuntimeExamplesTest
      }
      Matcher pkg = PACKAGE.matcher(code);
      Matcher type = TYPE_NAME.matcher(code);
      if (!pkg.find() || !type.find()) {
        throw new AssertionError("README java block is not a compilation unit:\n" + code);
      }
      sources.add(JavaFileObjects.forSourceString(pkg.group(1) + "." + type.group(1), code));
    }
    assertFalse(sources.size() < 2, "README java examples found: " + sources.size());
    Compilation compilation = javac()
        .withClasspath(GeneratedSourceTest.classPathWithoutTestClasses())
        .withProcessors(new StructSeqProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-path")
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();

    try (URLClassLoader loader = CompiledClasses.load(compilation, classes)) {
      loader.setDefaultAssertionStatus(true);
      Method demo = loader.loadClass("example.ClockDemo").getDeclaredMethod("demo");
      demo.setAccessible(true);
      demo.invoke(null);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
