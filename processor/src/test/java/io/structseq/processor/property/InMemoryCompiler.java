package io.structseq.processor.property;

import io.structseq.processor.StructSeqProcessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated specs with the structseq processor entirely in memory: sources come from strings,
 * generated sources and class files stay in maps, and the compiled classes load through {@link
 * Result#loader()}. Unlike compile-testing, the generated files of a FAILED compilation stay visible,
 * which is how the invalid-spec property checks that valid neighbours still got their records.
 */
final class InMemoryCompiler {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  /**
   * The test class path minus {@code target/test-classes}: JDK 17's javac crashes when a record is
   * generated while a class file of the same name is on the class path (see GeneratedSourceTest).
   */
  private static final List<File> CLASS_PATH = Arrays.stream(
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
              .split(File.pathSeparator))
      .filter(p -> !p.endsWith("test-classes"))
      .map(File::new)
      .collect(Collectors.toList());

  /** The same lint as GeneratedSourceTest: everything except the class path's and processing noise. */
  private static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing", "-Xlint:-path",
      "-encoding", "UTF-8", "-implicit:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");

  private InMemoryCompiler() {}

  /** One source file: its qualified top-level type name and its text. */
  record Source(String qualifiedName, String text) {
    JavaFileObject toFileObject() {
      return new MemoryFile(URI.create("mem:///" + qualifiedName.replace('.', '/') + ".java"),
          JavaFileObject.Kind.SOURCE, text);
    }
  }

  /** What javac said and wrote. */
  record Result(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, String> generatedSources,
      Map<String, byte[]> classes) {

    List<Diagnostic<? extends JavaFileObject>> of(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
    }

    /** Warnings of every flavour (mandatory warnings included). */
    List<Diagnostic<? extends JavaFileObject>> warnings() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
          .collect(Collectors.toList());
    }

    /** A loader for the compiled classes; io.structseq and the JDK come from the test's loader. */
    ClassLoader loader() {
      return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
          byte[] bytes = classes.get(name);
          if (bytes == null) {
            throw new ClassNotFoundException(name);
          }
          return defineClass(name, bytes, 0, bytes.length);
        }
      };
    }

    String describe() {
      return diagnostics.stream().map(Result::format).collect(Collectors.joining("\n"));
    }

    static String format(Diagnostic<? extends JavaFileObject> d) {
      String file = d.getSource() == null ? "?" : d.getSource().getName();
      return d.getKind() + " " + file + ":" + d.getLineNumber() + ": " + d.getMessage(null);
    }
  }

  static Result compile(List<Source> sources) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, MemoryFile> outputs = new LinkedHashMap<>();
    try (StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      standard.setLocation(javax.tools.StandardLocation.CLASS_PATH, CLASS_PATH);
      ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
        @Override
        public JavaFileObject getJavaFileForOutput(
            Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
          MemoryFile file = new MemoryFile(
              URI.create("mem:///" + location.getName() + "/" + className.replace('.', '/') + kind.extension),
              kind, null);
          outputs.put(location.getName() + ":" + className + ":" + kind, file);
          return file;
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
          return a instanceof MemoryFile || b instanceof MemoryFile ? a.toUri().equals(b.toUri())
              : super.isSameFile(a, b);
        }
      };
      List<JavaFileObject> units = sources.stream().map(Source::toFileObject).collect(Collectors.toList());
      JavaCompiler.CompilationTask task = JAVAC.getTask(null, files, diagnostics, OPTIONS, null, units);
      task.setProcessors(List.of(new StructSeqProcessor()));
      boolean success = task.call();
      Map<String, String> generated = new LinkedHashMap<>();
      Map<String, byte[]> classes = new LinkedHashMap<>();
      for (Map.Entry<String, MemoryFile> e : outputs.entrySet()) {
        String[] key = e.getKey().split(":");
        if (key[2].equals(JavaFileObject.Kind.SOURCE.toString())) {
          generated.put(key[1], e.getValue().text());
        } else if (key[2].equals(JavaFileObject.Kind.CLASS.toString())) {
          classes.put(key[1], e.getValue().bytes());
        }
      }
      return new Result(success, new ArrayList<>(diagnostics.getDiagnostics()), generated, classes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A source given as text, or an output javac writes and (for generated sources) reads back. */
  private static final class MemoryFile extends SimpleJavaFileObject {
    private final String text;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    MemoryFile(URI uri, Kind kind, String text) {
      super(uri, kind);
      this.text = text;
    }

    String text() {
      return text != null ? text : out.toString(StandardCharsets.UTF_8);
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text();
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(text != null ? text.getBytes(StandardCharsets.UTF_8) : out.toByteArray());
    }

    @Override
    public OutputStream openOutputStream() {
      out.reset();
      return out;
    }

    @Override
    public Writer openWriter() {
      return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }
  }
}
