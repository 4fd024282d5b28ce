package io.structseq.processor;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors to javac, placing each on the element (and annotation) at fault, and remembers
 * whether any was reported so a type with errors is never generated.
 */
final class ErrorReporter {
  private final Messager messager;
  private int errorCount;

  ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  @FormatMethod
  void error(Element element, @FormatString String format, Object... args) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }

  /** Reports on the annotation of the element when there is one, so the caret lands on it. */
  @FormatMethod
  void error(Element element, AnnotationMirror annotation, @FormatString String format, Object... args) {
    if (annotation == null) {
      error(element, format, args);
      return;
    }
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element, annotation);
  }

  /** Returns the number of errors reported so far; compare before and after validating a type. */
  int errorCount() {
    return errorCount;
  }
}
