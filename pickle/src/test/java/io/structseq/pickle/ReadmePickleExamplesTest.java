package io.structseq.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pickle examples (its {@code ```java pickle} blocks, which need Pyrolite and this module
 * on the class path) compile warning-free against this module, the runtime and Pyrolite.
 */
class ReadmePickleExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```java pickle\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("(?m)^(?:public |final )*class (\\w+)");

  @Test
  void everyPickleExampleCompiles(@TempDir Path classes) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
    while (block.find()) {
      String code = block.group(1);
      Matcher type = TYPE.matcher(code);
      assertTrue(type.find(), code);
      sources.add(new SimpleJavaFileObject(java.net.URI.create("string:///example/" + type.group(1) + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      });
    }
    assertEquals(2, sources.size(), "the README's pickle examples");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean compiled = javac.getTask(diagnostics, files, null, List.of("-Xlint:all", "-Werror", "-proc:none",
          "-cp", System.getProperty("java.class.path"), "-d", classes.toString()), null, sources).call();
      assertTrue(compiled && diagnostics.toString().isEmpty(), diagnostics::toString);
    }
  }
}
