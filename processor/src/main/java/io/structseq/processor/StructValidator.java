package io.structseq.processor;

import static io.structseq.processor.ModelReader.annotation;
import static io.structseq.processor.ModelReader.isAbstract;
import static io.structseq.processor.ModelReader.nullable;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @StructSeq} element against the rules of README "Declaring a type" and, when it is
 * clean, has {@link ModelReader} read it into a {@link StructModel}; an interface that refers to a
 * type not generated yet is deferred ({@link MissingTypes}). Every problem is reported on the element
 * at fault; checking goes on after an error so that one compile shows them all.
 */
final class StructValidator {

  /** What validating one element gave: a model, a request to try again next round, or nothing. */
  sealed interface Outcome {
    /** The element is clean: generate its record. */
    record Valid(StructModel model) implements Outcome {}

    /** The element refers to types that do not exist yet: look at it again next round. */
    record Deferred(List<String> missingTypes) implements Outcome {}

    /** The element had errors, all reported: generate nothing. */
    record Invalid() implements Outcome {}
  }

  private static final Outcome INVALID = new Outcome.Invalid();

  private final Elements elements;
  private final Types types;
  private final ErrorReporter reporter;
  private final TypeElement structSequence;
  private final TypeElement comparable;
  private final ModelReader reader;
  private final MissingTypes missingTypes;
  private Map<String, String> reservedNames;

  StructValidator(Elements elements, Types types, ErrorReporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.structSequence = elements.getTypeElement(ClassNames.STRUCT_SEQUENCE);
    this.comparable = elements.getTypeElement(ClassNames.COMPARABLE);
    this.reader = new ModelReader(elements, types, structSequence, comparable);
    this.missingTypes = new MissingTypes(types, structSequence, comparable);
  }

  /**
   * Validates one annotated element.
   *
   * @param element an element annotated with {@code @StructSeq}
   * @param recordNamesTaken qualified names of records already generated in this compilation
   * @param sourceTypeNames qualified names of every type declared in this compilation's sources
   * @return the outcome
   */
  Outcome validate(Element element, Set<String> recordNamesTaken, Set<String> sourceTypeNames) {
    if (structSequence == null) {
      reporter.error(element, "[StructSeqClasspath] io.structseq.StructSequence is not on the class path;"
          + " add the structseq-annotations artifact to the compile class path");
      return INVALID;
    }
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(element, "[StructSeqNotInterface] @StructSeq applies only to interfaces, and %s is %s;"
          + " declare it as an interface that extends StructSequence",
          element.getSimpleName(), article(element.getKind()));
      return INVALID;
    }
    TypeElement type = (TypeElement) element;
    List<String> missing = missingTypes.of(type);
    if (!missing.isEmpty()) {
      return new Outcome.Deferred(missing);
    }
    int errorsBefore = reporter.errorCount();
    checkAccessible(type);
    if (!types.isAssignable(types.erasure(type.asType()), structSequence.asType())) {
      reporter.error(type, "[StructSeqNotStructSequence] @StructSeq interface %s must extend %s;"
          + " add 'extends StructSequence'", type.getSimpleName(), ClassNames.STRUCT_SEQUENCE);
      return INVALID;
    }

    List<TypeElement> hierarchy = reader.hierarchy(type);
    Map<TypeElement, KotlinMetadata> kotlin = kotlinMetadata(hierarchy);
    // Checks in the order the record calls them: inherited ones first (the hierarchy's order), each
    // name once, since a call by name runs the most specific override.
    Set<String> checks = new LinkedHashSet<>();
    Set<ExecutableElement> checkMethods = new java.util.HashSet<>();
    for (TypeElement t : hierarchy) {
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        if (annotation(m, ClassNames.CHECK) != null) {
          checkMethods.add(m);
          if (isValidCheck(type, m)) {
            checks.add(m.getSimpleName().toString());
          }
        }
        if (!isAbstract(m)) {
          checkNotFieldAnnotations(type, m, kotlin.get(t));
        }
      }
      if (kotlin.containsKey(t)) {
        checkPropertyAnnotations(type, t, kotlin.get(t));
      }
    }
    List<ExecutableElement> members = reader.members(type, hierarchy);
    DeclaredType self = (DeclaredType) type.asType();
    List<FieldModel> visible = new ArrayList<>();
    List<FieldModel> hidden = new ArrayList<>();
    List<ExecutableElement> visibleMethods = new ArrayList<>();
    Map<String, String> withers = new HashMap<>();
    for (ExecutableElement m : ModelReader.fieldMethods(hierarchy, members)) {
      String name = kotlinFieldName(type, m, kotlin.get((TypeElement) m.getEnclosingElement()));
      FieldModel field = checkMethods.contains(m) || name == null ? null : readField(type, self, m, name);
      if (field == null) {
        continue;
      }
      String clash = withers.putIfAbsent(field.witherName(), field.name());
      if (clash != null) {
        reporter.error(where(type, m), "[StructSeqNameTaken] field %s would get the wither %s(), which"
            + " field %s already gets; rename one of them%s",
            field.name(), field.witherName(), clash, inherited(type, m));
        continue;
      }
      if (field.hidden()) {
        hidden.add(field);
      } else {
        visible.add(field);
        visibleMethods.add(m);
      }
    }
    if (visible.isEmpty() && reporter.errorCount() == errorsBefore) {
      reporter.error(type, "[StructSeqNoVisibleField] %s has no visible field; a struct sequence needs at"
          + " least one abstract accessor that is not @Hidden", type.getSimpleName());
    }
    TypeName comparableTo = comparableTo(type, members, visibleMethods);
    checkRecordName(type, ModelReader.recordName(type), recordNamesTaken, sourceTypeNames);
    if (reporter.errorCount() != errorsBefore) {
      return INVALID;
    }
    return new Outcome.Valid(reader.model(type, visible, hidden, comparableTo, List.copyOf(checks)));
  }

  /**
   * Reads one abstract method as a field, reporting what is wrong with it; null if anything is.
   *
   * @param fieldName the method's name, or the Kotlin property's whose getter it is
   */
  private FieldModel readField(TypeElement type, DeclaredType self, ExecutableElement m, String fieldName) {
    int errorsBefore = reporter.errorCount();
    Element where = where(type, m);
    String name = m.getSimpleName().toString();
    String inherited = inherited(type, m);
    if (!m.getParameters().isEmpty()) {
      reporter.error(where, "[StructSeqFieldParameters] field method %s() must take no parameters%s;"
          + " make it a default method or remove the parameters", name, inherited);
    }
    if (!m.getTypeParameters().isEmpty()) {
      reporter.error(where, "[StructSeqFieldTypeParameters] field method %s() must not declare type"
          + " parameters%s; declare them on the interface instead", name, inherited);
    }
    if (m.getReturnType().getKind() == TypeKind.VOID) {
      reporter.error(where, "[StructSeqFieldVoid] field method %s() must return a value%s", name, inherited);
    }
    if (!m.getThrownTypes().isEmpty()) {
      reporter.error(where, "[StructSeqFieldThrows] field method %s() must not declare thrown exceptions%s;"
          + " a field accessor cannot fail", name, inherited);
    }
    String clash = reservedNames().get(fieldName);
    if (clash != null) {
      reporter.error(where, "[StructSeqNameClash] field name '%s' clashes with %s.%s%s; rename the field",
          fieldName, clash, fieldName, inherited);
    }
    if (!SourceVersion.isName(fieldName)) {
      reporter.error(where, "[StructSeqKotlinName] property %s cannot name a record component, being a Java"
          + " keyword%s; rename the property", fieldName, inherited);
    }
    AnnotationMirror hiddenMirror = annotation(m, ClassNames.HIDDEN);
    AnnotationMirror unnamedMirror = annotation(m, ClassNames.UNNAMED);
    if (hiddenMirror != null && unnamedMirror != null) {
      reporter.error(where, where.equals(m) ? unnamedMirror : null, "[StructSeqHiddenUnnamed] field %s() is both"
          + " @Hidden and @Unnamed%s; a hidden field is reachable only by name, so it needs its name",
          name, inherited);
    }
    AnnotationMirror nullableMirror = nullable(m);
    boolean primitive = m.getReturnType().getKind().isPrimitive();
    if (nullableMirror != null && primitive) {
      reporter.error(where, where.equals(m) && m.getAnnotationMirrors().contains(nullableMirror) ? nullableMirror : null,
          "[StructSeqNullablePrimitive] field %s() returns the primitive %s, which cannot be null%s;"
          + " remove @Nullable or return the boxed type", name,
          m.getReturnType().getKind().toString().toLowerCase(java.util.Locale.ROOT), inherited);
    }
    if (reporter.errorCount() != errorsBefore) {
      return null;
    }
    return reader.field(self, m, fieldName, hiddenMirror != null, unnamedMirror, nullableMirror);
  }

  /**
   * Reports what makes {@code m} unfit to be a {@code @Check}: the record calls it as
   * {@code name();} from its canonical constructor.
   *
   * @return whether {@code m} is a valid check
   */
  private boolean isValidCheck(TypeElement type, ExecutableElement m) {
    int errorsBefore = reporter.errorCount();
    Element where = where(type, m);
    String name = m.getSimpleName().toString();
    String inherited = inherited(type, m);
    Set<Modifier> modifiers = m.getModifiers();
    if (modifiers.contains(Modifier.STATIC)) {
      reporter.error(where, "[StructSeqCheckStatic] @Check method %s() is static%s; a check validates one"
          + " instance, so make it a default method", name, inherited);
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      reporter.error(where, "[StructSeqCheckPrivate] @Check method %s() is private%s; the generated record"
          + " cannot call it, so make it a default method", name, inherited);
    }
    if (isAbstract(m)) {
      reporter.error(where, "[StructSeqCheckNotDefault] @Check method %s() is abstract%s; a check is a"
          + " default method with a body that throws when the values are invalid", name, inherited);
    }
    if (!m.getParameters().isEmpty()) {
      reporter.error(where, "[StructSeqCheckParameters] @Check method %s() must take no parameters%s; it"
          + " reads the fields through their accessors", name, inherited);
    }
    if (!m.getTypeParameters().isEmpty()) {
      reporter.error(where, "[StructSeqCheckTypeParameters] @Check method %s() must not declare type"
          + " parameters%s", name, inherited);
    }
    if (m.getReturnType().getKind() != TypeKind.VOID) {
      reporter.error(where, "[StructSeqCheckReturns] @Check method %s() returns %s%s; a check returns void"
          + " and throws when the values are invalid", name, m.getReturnType(), inherited);
    }
    return reporter.errorCount() == errorsBefore;
  }

  /**
   * Reports {@code @Hidden}/{@code @Unnamed} on a method that is not a field.
   *
   * @param kotlin the Kotlin metadata of the method's interface, or null
   */
  private void checkNotFieldAnnotations(TypeElement type, ExecutableElement m, KotlinMetadata kotlin) {
    KotlinMetadata.Property computed = kotlin == null ? null : kotlin.propertyOfGetter(m);
    if (kotlin != null && kotlin.properties().stream()
        .anyMatch(p -> m.getSimpleName().contentEquals(String.valueOf(p.annotations())))) {
      return; // a property's own annotations: checkPropertyAnnotations
    }
    for (String annotationName : List.of(ClassNames.HIDDEN, ClassNames.UNNAMED)) {
      AnnotationMirror mirror = annotation(m, annotationName);
      if (mirror != null) {
        String simple = annotationName.substring(annotationName.lastIndexOf('.') + 1);
        if (computed != null) {
          reporter.error(where(type, m), where(type, m).equals(m) ? mirror : null, "[StructSeqComputedProperty]"
              + " @get:%s applies only to fields, but property %s has a getter with a body, so it is a"
              + " derived value and not a field%s; remove @get:%s, or remove the getter's body to make it"
              + " a field", simple, computed.name(), inherited(type, m), simple);
          continue;
        }
        String what = m.getModifiers().contains(Modifier.STATIC) ? "static"
            : m.getModifiers().contains(Modifier.DEFAULT) ? "default" : "private";
        reporter.error(where(type, m), where(type, m).equals(m) ? mirror : null, "[StructSeqNotAField] @%s applies"
            + " only to fields (abstract accessors), but %s() is a %s method%s",
            simple, m.getSimpleName(), what, inherited(type, m));
      }
    }
  }

  /**
   * The Kotlin metadata of each interface in the hierarchy that has it (kapt's stubs, Kotlin's class
   * files); an interface whose metadata cannot be read is reported and treated as Java.
   */
  private Map<TypeElement, KotlinMetadata> kotlinMetadata(List<TypeElement> hierarchy) {
    Map<TypeElement, KotlinMetadata> kotlin = new HashMap<>();
    for (TypeElement t : hierarchy) {
      try {
        KotlinMetadata metadata = KotlinMetadata.of(t);
        if (metadata != null) {
          kotlin.put(t, metadata);
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        reporter.error(t, "[StructSeqKotlinMetadata] cannot read the @kotlin.Metadata of %s (%s), so its"
            + " properties cannot be told from its functions; please report it with the Kotlin version",
            t.getSimpleName(), e.getMessage());
      }
    }
    return kotlin;
  }

  /**
   * The name of the field that the abstract method {@code m} gives: a Kotlin property's name for its
   * getter, else the method's; null, after reporting it, when {@code m} cannot be a field because of
   * how Kotlin declared it: the setter of a {@code var} (and its getter, reported once), or a member
   * whose body Kotlin compiled into {@code DefaultImpls} only ({@code -jvm-default=disable}).
   *
   * @param kotlin the Kotlin metadata of the interface declaring {@code m}, or null for Java
   */
  private String kotlinFieldName(TypeElement type, ExecutableElement m, KotlinMetadata kotlin) {
    if (kotlin == null) {
      return m.getSimpleName().toString();
    }
    KotlinMetadata.Property setterOf = kotlin.propertyOfSetter(m);
    if (setterOf != null) {
      reporter.error(where(type, m), "[StructSeqKotlinVar] property %s is a var, whose setter %s() a struct"
          + " sequence cannot implement: its fields are final%s; declare it with val",
          setterOf.name(), m.getSimpleName(), inherited(type, m));
      return null;
    }
    KotlinMetadata.Property property = kotlin.propertyOfGetter(m);
    if (property != null && property.setter() != null) {
      return null;
    }
    if (kotlin.hasBody(m)) {
      reporter.error(where(type, m), "[StructSeqKotlinDefaultImpls] %s has a body in Kotlin, but its JVM"
          + " method %s() is abstract (the body is in DefaultImpls, as -jvm-default=disable compiles it)%s;"
          + " compile with -jvm-default=enable, Kotlin's default since 2.2, so that it is a default method",
          property != null ? "property " + property.name() : "function " + m.getSimpleName() + "()",
          m.getSimpleName(), inherited(type, m));
      return null;
    }
    return property != null ? property.name() : m.getSimpleName().toString();
  }

  /**
   * A Kotlin property annotated without a use-site target ({@code @Hidden val a: Long}) has the
   * annotation on the property, which kapt's stubs keep on a synthetic {@code getA$annotations()}
   * (on the interface or in its {@code DefaultImpls}): the getter, which is the field, has none.
   */
  private void checkPropertyAnnotations(TypeElement type, TypeElement t, KotlinMetadata kotlin) {
    List<ExecutableElement> candidates = new ArrayList<>(ElementFilter.methodsIn(t.getEnclosedElements()));
    for (TypeElement nested : ElementFilter.typesIn(t.getEnclosedElements())) {
      if (nested.getSimpleName().contentEquals(KotlinMetadata.DEFAULT_IMPLS)) {
        candidates.addAll(ElementFilter.methodsIn(nested.getEnclosedElements()));
      }
    }
    for (KotlinMetadata.Property p : kotlin.properties()) {
      if (p.annotations() == null) {
        continue;
      }
      for (ExecutableElement synthetic : candidates) {
        if (!synthetic.getSimpleName().contentEquals(p.annotations())) {
          continue;
        }
        for (String annotationName : List.of(ClassNames.HIDDEN, ClassNames.UNNAMED)) {
          if (annotation(synthetic, annotationName) != null) {
            String simple = annotationName.substring(annotationName.lastIndexOf('.') + 1);
            ExecutableElement getter = candidates.stream()
                .filter(g -> g.getSimpleName().contentEquals(p.getter()) && g.getParameters().isEmpty()
                    && g.getEnclosingElement().equals(t))
                .findFirst().orElse(null);
            reporter.error(getter == null ? t : where(type, getter), "[StructSeqKotlinUseSite] @%s on property"
                + " %s applies to the property, which Java does not see, and not to its getter%s; write"
                + " @get:%s", simple, p.name(), getter == null ? "" : inherited(type, getter), simple);
          }
        }
      }
    }
  }

  private void checkAccessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement t = (TypeElement) e;
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.error(type, "[StructSeqNotAccessible] %s is private%s; the generated record must implement it"
            + " from its package, so make it at least package-private",
            type.getSimpleName(), t.equals(type) ? "" : " (it is nested in the private " + t.getSimpleName() + ")");
        return;
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        reporter.error(type, "[StructSeqNotAccessible] %s is local to a method; the generated record must"
            + " implement it from its package, so declare it at the top level or as a member type",
            type.getSimpleName());
        return;
      }
    }
  }

  /**
   * The {@code Comparable<Self>} argument when the record must generate compareTo, else null;
   * reports a {@code Comparable} the record cannot implement.
   *
   * @param members see {@link ModelReader#members}
   * @param visibleMethods the visible fields' methods
   */
  private TypeName comparableTo(TypeElement type, List<ExecutableElement> members,
      List<ExecutableElement> visibleMethods) {
    DeclaredType comparableType = reader.comparableSupertype(type);
    if (comparableType == null || !reader.compareToAbstract(members)) {
      return null;
    }
    TypeMirror argument = comparableType.getTypeArguments().isEmpty()
        ? null : comparableType.getTypeArguments().get(0);
    if (argument == null || argument.getKind() != TypeKind.DECLARED
        || !types.isSameType(types.erasure(argument), types.erasure(type.asType()))) {
      reporter.error(type, "[StructSeqComparable] %s extends Comparable<%s>, but only Comparable<%s> gets a"
          + " generated compareTo; compare with its own type, or implement compareTo as a default method",
          type.getSimpleName(), argument == null ? "" : argument, type.getSimpleName());
      return null;
    }
    for (ExecutableElement m : visibleMethods) {
      TypeMirror fieldType = reader.fieldType(type, m);
      if (!isComparable(fieldType)) {
        reporter.error(where(type, m), "[StructSeqNotComparable] %s is Comparable, but its visible field %s()"
            + " has type %s, which is not Comparable%s; make the field @Hidden or change its type",
            type.getSimpleName(), m.getSimpleName(), fieldType, inherited(type, m));
      }
    }
    return TypeName.get(argument);
  }

  private boolean isComparable(TypeMirror t) {
    if (t.getKind().isPrimitive()) {
      return true;
    }
    if (t.getKind() != TypeKind.DECLARED && t.getKind() != TypeKind.TYPEVAR) {
      return false;
    }
    WildcardType superOfT = types.getWildcardType(null, t);
    return types.isAssignable(t, types.getDeclaredType(comparable, superOfT));
  }

  /**
   * The record's name must be free among the types declared in this compilation's sources. Types on
   * the class path are not looked up: completing a class file of the very name we are about to
   * generate (our output of an earlier build) crashes JDK 17's javac in Lower, and a source type
   * shadows a class file anyway.
   */
  private void checkRecordName(TypeElement type, ClassName recordName, Set<String> recordNamesTaken,
      Set<String> sourceTypeNames) {
    String qualified = recordName.canonicalName();
    if (recordNamesTaken.contains(qualified)) {
      reporter.error(type, "[StructSeqNameTaken] the record %s generated for %s is already generated for"
          + " another @StructSeq interface in this compilation; rename one of them",
          recordName.simpleName(), type.getSimpleName());
    } else if (sourceTypeNames.contains(qualified)) {
      reporter.error(type, "[StructSeqNameTaken] the record %s generated for %s would replace the existing"
          + " type %s; rename the existing type or the interface", recordName.simpleName(),
          type.getSimpleName(), qualified);
    }
  }

  /** Names a field may not take: members of StructSequence (with List and Object), Record, and ours. */
  private Map<String, String> reservedNames() {
    if (reservedNames == null) {
      Map<String, String> names = new LinkedHashMap<>();
      List<TypeElement> owners = new ArrayList<>();
      owners.add(structSequence);
      TypeElement record = elements.getTypeElement(ClassNames.RECORD);
      if (record != null) {
        owners.add(record);
      }
      for (TypeElement owner : owners) {
        for (Element member : elements.getAllMembers(owner)) {
          if (member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.FIELD) {
            names.putIfAbsent(member.getSimpleName().toString(),
                ((TypeElement) member.getEnclosingElement()).getQualifiedName().toString());
          }
        }
      }
      for (String generated : List.of(RecordMembers.TYPE_FIELD, RecordMembers.REPLACE, RecordMembers.BUILDER,
          RecordMembers.TO_BUILDER)) {
        names.putIfAbsent(generated, "the generated record's");
      }
      reservedNames = names;
    }
    return reservedNames;
  }

  /** Errors go on the method when the interface declares it, else on the interface. */
  private static Element where(TypeElement type, ExecutableElement m) {
    return m.getEnclosingElement().equals(type) ? m : type;
  }

  private static String inherited(TypeElement type, ExecutableElement m) {
    return m.getEnclosingElement().equals(type)
        ? "" : " (inherited from " + ((TypeElement) m.getEnclosingElement()).getQualifiedName() + ")";
  }

  private static String article(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      case RECORD -> "a record";
      default -> "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
