package io.structseq.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @StructSeq} element against the contract and, when it is clean, reads it into a
 * {@link StructModel}. Every problem is reported on the element at fault; checking goes on after an
 * error so that one compile shows them all.
 */
final class StructValidator {

  /** What validating one element gave: a model, a request to try again next round, or nothing. */
  static final class Outcome {
    private final StructModel model;
    private final List<String> missingTypes;

    private Outcome(StructModel model, List<String> missingTypes) {
      this.model = model;
      this.missingTypes = missingTypes;
    }

    static Outcome invalid() {
      return new Outcome(null, List.of());
    }

    static Outcome deferred(List<String> missingTypes) {
      return new Outcome(null, missingTypes);
    }

    static Outcome valid(StructModel model) {
      return new Outcome(model, List.of());
    }

    Optional<StructModel> model() {
      return Optional.ofNullable(model);
    }

    boolean isDeferred() {
      return !missingTypes.isEmpty();
    }

    List<String> missingTypes() {
      return missingTypes;
    }
  }

  private final Elements elements;
  private final Types types;
  private final ErrorReporter reporter;
  private final TypeElement structSequence;
  private final TypeElement comparable;
  private Map<String, String> reservedNames;
  private Set<String> javaLangNames;

  StructValidator(Elements elements, Types types, ErrorReporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.structSequence = elements.getTypeElement(ClassNames.STRUCT_SEQUENCE);
    this.comparable = elements.getTypeElement(ClassNames.COMPARABLE);
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
      return Outcome.invalid();
    }
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(element, "[StructSeqNotInterface] @StructSeq applies only to interfaces, and %s is %s;"
          + " declare it as an interface that extends StructSequence",
          element.getSimpleName(), article(element.getKind()));
      return Outcome.invalid();
    }
    TypeElement type = (TypeElement) element;
    List<String> missing = missingTypes(type);
    if (!missing.isEmpty()) {
      return Outcome.deferred(missing);
    }
    int errorsBefore = reporter.errorCount();
    checkAccessible(type);
    if (!types.isAssignable(types.erasure(type.asType()), structSequence.asType())) {
      reporter.error(type, "[StructSeqNotStructSequence] @StructSeq interface %s must extend %s;"
          + " add 'extends StructSequence'", type.getSimpleName(), ClassNames.STRUCT_SEQUENCE);
      return Outcome.invalid();
    }

    List<TypeElement> hierarchy = new ArrayList<>();
    walk(type, new LinkedHashSet<>(), hierarchy);
    Map<String, Integer> firstSeen = new HashMap<>();
    Map<ExecutableElement, Integer> position = new HashMap<>();
    // Checks in the order the record calls them: inherited ones first (the hierarchy's order), each
    // name once, since a call by name runs the most specific override.
    Set<String> checks = new LinkedHashSet<>();
    Set<ExecutableElement> checkMethods = new HashSet<>();
    for (TypeElement t : hierarchy) {
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        firstSeen.putIfAbsent(m.getSimpleName().toString(), firstSeen.size());
        position.put(m, position.size());
        if (annotation(m, ClassNames.CHECK) != null) {
          checkMethods.add(m);
          if (checkCheck(type, m)) {
            checks.add(m.getSimpleName().toString());
          }
        }
        if (!isAbstract(m)) {
          checkNotFieldAnnotations(type, m);
        }
      }
    }
    // When only the interface itself declares fields (no superinterface of its own) and it declares no
    // compareTo, nothing in its hierarchy overrides anything: javac's getAllMembers, which lists every
    // member of List, Collection and Object and checks each pair for overriding (the costliest part of
    // validation), would give back exactly the interface's own abstract methods and Comparable's
    // compareTo. null stands for that.
    List<ExecutableElement> members = hierarchy.size() == 1 && !declaresCompareTo(type)
        ? null : ElementFilter.methodsIn(elements.getAllMembers(type));
    List<ExecutableElement> candidates = (members == null ? position.keySet() : members).stream()
        .filter(m -> isAbstract(m) && position.containsKey(m) && !checkMethods.contains(m))
        .sorted(Comparator.<ExecutableElement>comparingInt(
                m -> firstSeen.get(m.getSimpleName().toString()))
            .thenComparingInt(position::get))
        .collect(Collectors.toList());

    DeclaredType self = (DeclaredType) type.asType();
    List<FieldModel> visible = new ArrayList<>();
    List<FieldModel> hidden = new ArrayList<>();
    List<ExecutableElement> visibleMethods = new ArrayList<>();
    Map<String, ExecutableElement> withers = new HashMap<>();
    for (ExecutableElement m : candidates) {
      FieldModel field = readField(type, self, m);
      if (field == null) {
        continue;
      }
      ExecutableElement clash = withers.putIfAbsent(field.witherName(), m);
      if (clash != null) {
        reporter.error(where(type, m), "[StructSeqNameTaken] field %s would get the wither %s(), which"
            + " field %s already gets; rename one of them%s",
            field.name(), field.witherName(), clash.getSimpleName(), inherited(type, m));
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
    TypeName comparableTo = comparableTo(type, members, visible, visibleMethods);
    ClassName recordName = recordName(type);
    checkRecordName(type, recordName, recordNamesTaken, sourceTypeNames);
    if (reporter.errorCount() != errorsBefore) {
      return Outcome.invalid();
    }

    List<FieldModel> fields = new ArrayList<>(visible.size() + hidden.size());
    fields.addAll(visible);
    fields.addAll(hidden);
    for (int i = 0; i < fields.size(); i++) {
      FieldModel f = fields.get(i);
      fields.set(i, new FieldModel(f.name(), f.type(), f.kind(), f.erasure(), f.hidden(), f.unnamed(),
          f.label(), f.nullable(), f.doc(), i));
    }
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeParameterElement p : type.getTypeParameters()) {
      typeVariables.add(TypeVariableName.get(p));
    }
    ClassName interfaceName = ClassName.get(type);
    TypeName interfaceType = typeVariables.isEmpty()
        ? interfaceName
        : ParameterizedTypeName.get(interfaceName, typeVariables.toArray(new TypeName[0]));
    return Outcome.valid(new StructModel(type, interfaceType, recordName, List.copyOf(typeVariables),
        displayName(type), DocComments.of(elements, type), List.copyOf(fields), comparableTo,
        shadowingNames(type), List.copyOf(checks)));
  }

  /**
   * Reports what makes {@code m} unfit to be a {@code @Check}: the record calls it as
   * {@code name();} from its canonical constructor.
   *
   * @return whether {@code m} is a valid check
   */
  private boolean checkCheck(TypeElement type, ExecutableElement m) {
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

  /** Reads one abstract method as a field, reporting what is wrong with it; null if anything is. */
  private FieldModel readField(TypeElement type, DeclaredType self, ExecutableElement m) {
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
    String clash = reservedNames().get(name);
    if (clash != null) {
      reporter.error(where, "[StructSeqNameClash] field name '%s' clashes with %s.%s%s; rename the field",
          name, clash, name, inherited);
    }
    AnnotationMirror hiddenMirror = annotation(m, ClassNames.HIDDEN);
    AnnotationMirror unnamedMirror = annotation(m, ClassNames.UNNAMED);
    if (hiddenMirror != null && unnamedMirror != null) {
      reporter.error(where, where == m ? unnamedMirror : null, "[StructSeqHiddenUnnamed] field %s() is both"
          + " @Hidden and @Unnamed%s; a hidden field is reachable only by name, so it needs its name",
          name, inherited);
    }
    AnnotationMirror nullableMirror = nullable(m);
    boolean primitive = m.getReturnType().getKind().isPrimitive();
    if (nullableMirror != null && primitive) {
      reporter.error(where, where == m && m.getAnnotationMirrors().contains(nullableMirror) ? nullableMirror : null,
          "[StructSeqNullablePrimitive] field %s() returns the primitive %s, which cannot be null%s;"
          + " remove @Nullable or return the boxed type", name,
          m.getReturnType().getKind().toString().toLowerCase(java.util.Locale.ROOT), inherited);
    }
    if (reporter.errorCount() != errorsBefore) {
      return null;
    }
    TypeMirror returnType = ((ExecutableType) types.asMemberOf(self, m)).getReturnType();
    String label = unnamedMirror == null ? "" : stringValue(unnamedMirror, "label");
    return new FieldModel(
        name,
        TypeName.get(returnType),
        returnType.getKind(),
        TypeName.get(types.erasure(returnType)).withoutAnnotations(),
        hiddenMirror != null,
        unnamedMirror != null,
        label,
        nullableMirror != null,
        DocComments.of(elements, m),
        -1);
  }

  /** Interfaces whose fields count, depth first in {@code extends} order, each once, the type last. */
  private void walk(TypeElement t, Set<TypeElement> visited, List<TypeElement> order) {
    if (!visited.add(t)) {
      return;
    }
    for (TypeMirror superinterface : t.getInterfaces()) {
      TypeElement s = (TypeElement) types.asElement(superinterface);
      if (!isContractType(s)) {
        walk(s, visited, order);
      }
    }
    order.add(t);
  }

  /** StructSequence, its supertypes ({@code List}, ...) and {@code Comparable} hold no fields. */
  private boolean isContractType(TypeElement t) {
    return t.equals(structSequence)
        || t.equals(comparable)
        || types.isAssignable(types.erasure(structSequence.asType()), types.erasure(t.asType()));
  }

  private void checkNotFieldAnnotations(TypeElement type, ExecutableElement m) {
    for (String annotationName : List.of(ClassNames.HIDDEN, ClassNames.UNNAMED)) {
      AnnotationMirror mirror = annotation(m, annotationName);
      if (mirror != null) {
        String simple = annotationName.substring(annotationName.lastIndexOf('.') + 1);
        String what = m.getModifiers().contains(Modifier.STATIC) ? "static"
            : m.getModifiers().contains(Modifier.DEFAULT) ? "default" : "private";
        reporter.error(where(type, m), where(type, m) == m ? mirror : null, "[StructSeqNotAField] @%s applies"
            + " only to fields (abstract accessors), but %s() is a %s method%s",
            simple, m.getSimpleName(), what, inherited(type, m));
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
   * The {@code Comparable<Self>} argument when the record must generate compareTo, else null.
   *
   * @param members the interface's methods, inherited ones included, or null when its own are all
   *     (see {@link #validate})
   */
  private TypeName comparableTo(TypeElement type, List<ExecutableElement> members,
      List<FieldModel> visible, List<ExecutableElement> visibleMethods) {
    DeclaredType comparableType = findSupertype(type.asType(), comparable);
    if (comparableType == null) {
      return null;
    }
    boolean compareToAbstract = members == null || members.stream()
        .anyMatch(m -> m.getSimpleName().contentEquals("compareTo") && isAbstract(m)
            && m.getParameters().size() == 1 && m.getEnclosingElement().equals(comparable));
    if (!compareToAbstract) {
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
    DeclaredType self = (DeclaredType) type.asType();
    for (int i = 0; i < visible.size(); i++) {
      ExecutableElement m = visibleMethods.get(i);
      TypeMirror fieldType = ((ExecutableType) types.asMemberOf(self, m)).getReturnType();
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

  private DeclaredType findSupertype(TypeMirror t, TypeElement wanted) {
    for (TypeMirror s : types.directSupertypes(t)) {
      if (s.getKind() == TypeKind.DECLARED && types.asElement(s).equals(wanted)) {
        return (DeclaredType) s;
      }
      DeclaredType found = findSupertype(s, wanted);
      if (found != null) {
        return found;
      }
    }
    return null;
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

  static ClassName recordName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return ClassName.get(packageOf(type), name.append("Record").toString());
  }

  private static String packageOf(Element e) {
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  /** An interface named Integer makes java.lang.Integer ambiguous in its package, and so on. */
  private List<String> shadowingNames(TypeElement type) {
    if (javaLangNames == null) {
      // One listing of java.lang, not a failed lookup per interface (javac searches every module).
      javaLangNames = new HashSet<>();
      PackageElement javaLang = elements.getPackageElement("java.lang");
      if (javaLang != null) {
        for (Element member : javaLang.getEnclosedElements()) {
          javaLangNames.add(member.getSimpleName().toString());
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      String simple = e.getSimpleName().toString();
      if (javaLangNames.contains(simple)) {
        names.add(simple);
      }
    }
    return List.copyOf(names);
  }

  private String displayName(TypeElement type) {
    AnnotationMirror mirror = annotation(type, ClassNames.STRUCT_SEQ);
    String name = mirror == null ? "" : stringValue(mirror, "name");
    return name.isEmpty() ? type.getSimpleName().toString() : name;
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
      for (String generated : List.of(ClassNames.TYPE_FIELD, ClassNames.REPLACE, ClassNames.BUILDER,
          ClassNames.TO_BUILDER)) {
        names.putIfAbsent(generated, "the generated record's");
      }
      reservedNames = names;
    }
    return reservedNames;
  }

  /** Fully qualified names of the types this interface refers to that do not exist (yet). */
  private List<String> missingTypes(TypeElement type) {
    Set<String> missing = new LinkedHashSet<>();
    collectMissing(type, missing, new LinkedHashSet<>());
    return List.copyOf(missing);
  }

  private void collectMissing(TypeElement t, Set<String> missing, Set<TypeElement> visited) {
    // StructSequence (with List, Collection, ...) and Comparable come compiled from the class path:
    // nothing there waits for a type generated in this compilation.
    if (!visited.add(t) || t.equals(structSequence) || t.equals(comparable)) {
      return;
    }
    for (TypeParameterElement p : t.getTypeParameters()) {
      for (TypeMirror bound : p.getBounds()) {
        addErrors(bound, missing, 0);
      }
    }
    for (TypeMirror superinterface : t.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.ERROR) {
        missing.add(superinterface.toString());
      } else {
        addErrors(superinterface, missing, 0);
        collectMissing((TypeElement) types.asElement(superinterface), missing, visited);
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
      if (isAbstract(m)) {
        addErrors(m.getReturnType(), missing, 0);
      }
    }
  }

  private static void addErrors(TypeMirror t, Set<String> missing, int depth) {
    if (depth > 16) {
      return;
    }
    switch (t.getKind()) {
      case ERROR:
        missing.add(t.toString());
        break;
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) t).getTypeArguments()) {
          addErrors(argument, missing, depth + 1);
        }
        break;
      case ARRAY:
        addErrors(((ArrayType) t).getComponentType(), missing, depth + 1);
        break;
      case WILDCARD:
        WildcardType w = (WildcardType) t;
        if (w.getExtendsBound() != null) {
          addErrors(w.getExtendsBound(), missing, depth + 1);
        }
        if (w.getSuperBound() != null) {
          addErrors(w.getSuperBound(), missing, depth + 1);
        }
        break;
      default:
        break;
    }
  }

  private static boolean declaresCompareTo(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals("compareTo")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAbstract(ExecutableElement m) {
    return m.getModifiers().contains(Modifier.ABSTRACT);
  }

  /** Errors go on the method when the interface declares it, else on the interface. */
  private static Element where(TypeElement type, ExecutableElement m) {
    return m.getEnclosingElement().equals(type) ? m : type;
  }

  private static String inherited(TypeElement type, ExecutableElement m) {
    return m.getEnclosingElement().equals(type)
        ? "" : " (inherited from " + ((TypeElement) m.getEnclosingElement()).getQualifiedName() + ")";
  }

  private static AnnotationMirror annotation(Element e, String qualifiedName) {
    for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** Any annotation named Nullable, on the method or on its return type. */
  private static AnnotationMirror nullable(ExecutableElement m) {
    for (List<? extends AnnotationMirror> mirrors :
        List.of(m.getAnnotationMirrors(), m.getReturnType().getAnnotationMirrors())) {
      for (AnnotationMirror mirror : mirrors) {
        if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(ClassNames.NULLABLE_SIMPLE_NAME)) {
          return mirror;
        }
      }
    }
    return null;
  }

  private String stringValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        Object value = e.getValue().getValue();
        return value instanceof String ? (String) value : "";
      }
    }
    return "";
  }

  private static String article(ElementKind kind) {
    switch (kind) {
      case CLASS:
        return "a class";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
