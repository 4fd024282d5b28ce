package io.structseq.processor;

import com.palantir.javapoet.ClassName;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Recognises a record source that an earlier build generated and that a build tool passes back to
 * javac as an input of its own: Maven without incremental compilation does so for every generated
 * source whose class file is missing, as after a build that failed. javac's {@code Filer} cannot
 * replace an input, so an identical one is simply compiled, and an out-of-date one is reported (and
 * deleted, so that the next build generates it afresh) instead of passing for a user's type that
 * takes the record's name.
 */
final class StaleRecordSources {
  private final Filer filer;
  private final ErrorReporter reporter;
  /** javac's source trees; null outside javac, where nothing is recognised. */
  private final Trees trees;
  /** Our records from earlier builds among the inputs, by qualified name. */
  private final Map<String, TypeElement> inputs = new HashMap<>();

  StaleRecordSources(ProcessingEnvironment env, ErrorReporter reporter) {
    this.filer = env.getFiler();
    this.reporter = reporter;
    this.trees = Compilers.javacTrees(env);
  }

  /**
   * Remembers {@code type}, a type declared by a source of this compilation, if it is a record that we
   * generated in an earlier build.
   *
   * @param generatedNow qualified names of the records generated in this compilation so far
   * @return whether it is one
   */
  boolean collect(TypeElement type, Set<String> generatedNow) {
    String name = type.getQualifiedName().toString();
    if (trees == null || generatedNow.contains(name) || !generatedByUs(type)) {
      return false;
    }
    inputs.put(name, type);
    return true;
  }

  /**
   * Returns whether the record must still be written: not if an input is that record already, or if an
   * out-of-date one is (reported on {@code type}).
   *
   * @param record the name of the record generated for {@code type}
   * @param source its source
   */
  boolean prepare(TypeElement type, ClassName record, String source) {
    TypeElement input = inputs.get(record.canonicalName());
    if (input == null) {
      return true;
    }
    TreePath path = trees.getPath(input);
    JavaFileObject inputFile = path.getCompilationUnit().getSourceFile();
    try {
      if (inputFile.getCharContent(true).toString().equals(source)) {
        return false;
      }
    } catch (IOException e) {
      // Unreadable now: out of date as far as we can tell.
    }
    boolean deleted = deleteIfOurs(inputFile.toUri(), record);
    reporter.error(type, "[StructSeqStaleRecord] %s was not generated: the build passed javac the"
        + " out-of-date %s from an earlier build (%s) as an input, and javac cannot replace an input"
        + " (Maven without incremental compilation does this when the record's class file is missing)."
        + " %s", record.simpleName(), record.simpleName() + ".java", inputFile.toUri().getPath(),
        deleted ? "It is deleted now, so compiling again works."
            : "Delete it, or build cleanly (`mvn clean compile`).");
    return false;
  }

  private boolean generatedByUs(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(ClassNames.GENERATED.canonicalName())) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
            : annotation.getElementValues().entrySet()) {
          // value() is a String[]: @Generated("...") holds a list of one.
          if (e.getKey().getSimpleName().contentEquals("value")
              && e.getValue().getValue() instanceof List<?> values
              && values.stream().anyMatch(v -> ClassNames.PROCESSOR.equals(((AnnotationValue) v).getValue()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Deletes the input if it is the file we would have written in {@code SOURCE_OUTPUT}. */
  private boolean deleteIfOurs(URI input, ClassName record) {
    try {
      URI ours = filer.getResource(StandardLocation.SOURCE_OUTPUT, record.packageName(),
          record.simpleName() + ".java").toUri();
      if (!"file".equals(input.getScheme()) || !"file".equals(ours.getScheme())
          || !Path.of(input).equals(Path.of(ours))) {
        return false;
      }
      return Files.deleteIfExists(Path.of(input));
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
