package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.structseq.StructSequence;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples of the runtime (the blocks that import {@code io.structseq.runtime})
 * compile, warning-free, against the runtime as this run loads it: the guide cannot drift from the
 * API. They are not run: they read the terminal and the machine's users, which a test cannot fix.
 */
class ReadmeRuntimeExamplesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_NAME = Pattern.compile("(?m)^class (\\w+)");

  @Test
  void runtimeExamplesCompile(@TempDir Path dir) throws Exception {
    List<String> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
    while (block.find()) {
      String code = block.group(1);
      if (!code.contains("import io.structseq.runtime.")) {
        continue;
      }
      Matcher type = TYPE_NAME.matcher(code);
      assertFalse(!type.find(), "README runtime block is not a compilation unit:\n" + code);
      Path file = dir.resolve(type.group(1) + ".java");
      Files.writeString(file, code);
      sources.add(file.toString());
    }
    assertFalse(sources.isEmpty(), "no runtime example found in " + README);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "this JVM has no javac");
    List<String> args = new ArrayList<>(List.of(
        "-proc:none", "-Xlint:all", "-Werror", "-d", dir.resolve("classes").toString(),
        "-cp", location(Os.class) + File.pathSeparator + location(StructSequence.class)));
    args.addAll(sources);
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int status = javac.run(null, messages, messages, args.toArray(String[]::new));
    assertEquals(0, status, "README runtime examples do not compile:\n" + messages);
  }

  /** The JAR or folder a class was loaded from: the packaged JAR in the FFM run. */
  private static String location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
