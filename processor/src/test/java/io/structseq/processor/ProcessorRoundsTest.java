package io.structseq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.structseq.processor.ProcessorErrorsTest.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Interfaces that refer to types another processor generates later are deferred, then generated. */
class ProcessorRoundsTest {

  /** Another processor: writes the given source in its first round, as Dagger or AutoValue would. */
  static final class OneShotGenerator extends AbstractProcessor {
    private final String name;
    private final String source;
    private boolean done;

    OneShotGenerator(String name, String source) {
      this.name = name;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void fieldOfATypeGeneratedLaterIsDeferredThenGenerated() {
    JavaFileObject holder = source("test.Holder",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Holder extends StructSequence {",
        "  Thing thing();",
        "  java.util.List<Thing> things();",
        "}");
    StructSeqProcessor structseq = new StructSeqProcessor();
    Compilation compilation = javac()
        // Our processor runs first, so in round 1 Thing does not exist yet.
        .withProcessors(structseq, new OneShotGenerator("test.Thing", "package test; public class Thing {}"))
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-path", "-Werror")
        .compile(holder);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.HolderRecord").contentsAsUtf8String()
        .contains("public record HolderRecord(Thing thing, List<Thing> things) implements Holder");
    assertTrue(structseq.deferredTypes().isEmpty());
  }

  @Test
  void superinterfaceGeneratedLaterIsDeferredThenGenerated() {
    JavaFileObject point = source("test.Point",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Point extends Base {",
        "  int y();",
        "}");
    Compilation compilation = javac()
        .withProcessors(new StructSeqProcessor(), new OneShotGenerator("test.Base",
            "package test; public interface Base extends io.structseq.StructSequence { int x(); }"))
        .compile(point);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.PointRecord").contentsAsUtf8String()
        .contains("public record PointRecord(int x, int y) implements Point");
  }

  @Test
  void typeThatNeverAppearsFailsTheCompileWithoutACrash() {
    JavaFileObject holder = source("test.Holder",
        "package test;",
        "import io.structseq.*;",
        "@StructSeq",
        "public interface Holder extends StructSequence {",
        "  Missing thing();",
        "}");
    Compilation compilation = javac().withProcessors(new StructSeqProcessor()).compile(holder);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(holder).onLineContaining("Missing thing()");
    assertThat(compilation).hadErrorContaining("[StructSeqMissingType] Holder refers to Missing, which no processor"
        + " generated").inFile(holder).onLineContaining("public interface Holder");
  }
}
