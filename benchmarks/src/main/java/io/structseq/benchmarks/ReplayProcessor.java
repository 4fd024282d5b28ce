package io.structseq.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The cheapest processor that produces what structseq's does, for {@link CompileTime}'s {@code replay}
 * variant: for each {@code @StructSeq} interface it copies the record the real processor wrote earlier
 * (from the folder in option {@code replay.dir}) through the filer, with no validation and no
 * rendering. What it costs over the floor is what javac's processing rounds cost for these sources
 * whatever the processor does: parsing the records with comments and end positions kept, entering
 * every tree again in each round, the filer's checks.
 */
public final class ReplayProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.structseq.StructSeq");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("replay.dir");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Path dir = Path.of(processingEnv.getOptions().get("replay.dir"));
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        String name = ((TypeElement) e).getQualifiedName() + "Record";
        try {
          String source = Files.readString(dir.resolve(name.replace('.', '/') + ".java"), StandardCharsets.UTF_8);
          JavaFileObject file = processingEnv.getFiler().createSourceFile(name, e);
          try (Writer writer = file.openWriter()) {
            writer.write(source);
          }
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      }
    }
    return false;
  }
}
