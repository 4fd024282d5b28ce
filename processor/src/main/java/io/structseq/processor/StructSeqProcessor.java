package io.structseq.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The structseq annotation processor: for every interface annotated with {@code @io.structseq.StructSeq}
 * it writes {@code public record XRecord(...) implements X}, a struct sequence with named and index
 * access (see the README's "User guide").
 *
 * <p>Each round it validates the annotated interfaces ({@link StructValidator}), which has
 * {@link ModelReader} read each clean one into a {@link StructModel}, and writes each model with
 * JavaPoet ({@link RecordWriter}, with {@link BuilderWriter} for the nested builder). An interface
 * that refers to a type not generated yet ({@link MissingTypes}) is looked up again in the next
 * round, and reported only if that type never appears.
 */
@AutoService(Processor.class)
public final class StructSeqProcessor extends AbstractProcessor {
  /** The record's nested classes, whose stale class files {@link StaleRecordClasses} deletes. */
  private static final List<String> NESTED_TYPES = List.of(RecordMembers.BUILDER_CLASS);
  private final Consumer<TypeElement> beforeEachType;
  private ErrorReporter reporter;
  private StructValidator validator;
  private StaleRecordClasses staleRecords;
  private StaleRecordSources staleSources;
  /** Qualified names of interfaces waiting for a missing type, with the types they wait for. */
  private final Map<String, List<String>> deferred = new LinkedHashMap<>();
  private final Set<String> generated = new HashSet<>();
  /** JSpecify's {@code Nullable}, looked up once; empty when it is not on the class path. */
  private Optional<TypeElement> jspecifyNullable;
  /** Every type declared in the sources of this compilation so far, generated ones included. */
  private final Set<String> sourceTypes = new HashSet<>();

  /** The constructor javac's service loader calls. */
  public StructSeqProcessor() {
    this(type -> {});
  }

  /** For tests: runs {@code beforeEachType} before each interface is processed. */
  StructSeqProcessor(Consumer<TypeElement> beforeEachType) {
    this.beforeEachType = beforeEachType;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new ErrorReporter(processingEnv.getMessager());
    staleRecords = new StaleRecordClasses(processingEnv, reporter);
    staleSources = new StaleRecordSources(processingEnv, reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ClassNames.STRUCT_SEQ);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // A new validator each round: under Eclipse's compiler an element looked up in an earlier round
    // (StructSequence, Comparable) no longer equals the current round's, so an interface deferred to a
    // later round would fail "extends StructSequence" (EclipseCompilerTest).
    validator = new StructValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
    for (Element root : round.getRootElements()) {
      // An earlier build's record that a build tool passed back as an input is not a user's type.
      if (!(root instanceof TypeElement type && staleSources.collect(type, generated))) {
        collectTypeNames(root);
      }
    }
    Set<Element> elements = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement again = processingEnv.getElementUtils().getTypeElement(name);
      if (again != null) {
        elements.add(again);
      }
    }
    deferred.clear();
    // javac has listed the annotations present on this round's elements: in the rounds that parse our
    // records, none, and asking again would walk every member of every record once more.
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ClassNames.STRUCT_SEQ)) {
        elements.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    for (Element element : elements) {
      process(element);
    }
    if (round.processingOver()) {
      reportStillMissing(round);
    }
    return false;
  }

  private void process(Element element) {
    try {
      if (element instanceof TypeElement type) {
        beforeEachType.accept(type);
      }
      StructValidator.Outcome outcome = validator.validate(element, generated, sourceTypes);
      if (outcome instanceof StructValidator.Outcome.Deferred deferral) {
        deferred.put(((TypeElement) element).getQualifiedName().toString(), deferral.missingTypes());
      } else if (outcome instanceof StructValidator.Outcome.Valid valid) {
        write(element, valid.model());
      }
    } catch (IOException e) {
      reporter.error(element, "[StructSeqWrite] could not write the record generated for %s: %s%s",
          element.getSimpleName(), e, FilerHints.hint(processingEnv, e));
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(element, "[StructSeqInternal] internal error in the structseq processor while processing"
          + " %s; please report it with this trace:%n%s", element.getSimpleName(), trace);
    }
  }

  /** The record's source, rendered into memory so that the filer's writer gets it in one call. */
  private String source(StructModel model, boolean generatedAnnotation) {
    TypeElement nullable = jspecifyNullable();
    boolean visible = nullable != null
        && GeneratedAnnotation.visibleFrom(processingEnv.getElementUtils(), model.element(), nullable);
    return new RecordWriter(model, generatedAnnotation, visible ? ClassName.get(nullable) : null).source();
  }

  /** @return JSpecify's {@code Nullable} when it is on the class or module path, else null */
  private TypeElement jspecifyNullable() {
    if (jspecifyNullable == null) {
      jspecifyNullable = Optional.ofNullable(
          processingEnv.getElementUtils().getTypeElement(ClassNames.JSPECIFY_NULLABLE));
    }
    return jspecifyNullable.orElse(null);
  }

  private void write(Element element, StructModel model) throws IOException {
    ClassName recordName = model.recordName();
    generated.add(recordName.canonicalName());
    boolean generatedAnnotation = GeneratedAnnotation.visibleFrom(processingEnv.getElementUtils(), element);
    String source = source(model, generatedAnnotation);
    if (staleSources.prepare(model.element(), recordName, source)
        && staleRecords.prepare(model.element(), recordName, NESTED_TYPES, sourceTypes)) {
      // The file's single originating element is the interface (Gradle's isolating mode).
      JavaFileObject file = processingEnv.getFiler().createSourceFile(recordName.canonicalName(), model.element());
      try (Writer writer = file.openWriter()) {
        writer.write(source);
      }
    }
  }

  private void collectTypeNames(Element element) {
    if (element instanceof TypeElement type) {
      sourceTypes.add(type.getQualifiedName().toString());
      for (Element member : element.getEnclosedElements()) {
        collectTypeNames(member);
      }
    }
  }

  private void reportStillMissing(RoundEnvironment round) {
    if (deferred.isEmpty()) {
      return;
    }
    // javac itself reports each missing type; a second error would only be noise.
    if (!round.errorRaised() && reporter.errorCount() == 0) {
      for (Map.Entry<String, List<String>> e : deferred.entrySet()) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(e.getKey());
        if (type != null) {
          reporter.error(type, "[StructSeqMissingType] %s refers to %s, which no processor generated;"
              + " the record could not be generated", type.getSimpleName(), String.join(", ", e.getValue()));
        }
      }
    }
    deferred.clear();
  }

  /** Returns qualified names waiting for a later round; for tests. */
  List<String> deferredTypes() {
    return new ArrayList<>(deferred.keySet());
  }
}
