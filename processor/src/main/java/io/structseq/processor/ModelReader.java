package io.structseq.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @StructSeq} interface's elements in the terms of the model: its hierarchy in field
 * order, its names, its fields and its {@code Comparable} argument. It reports nothing; what it reads
 * has been, or is being, checked by {@link StructValidator}.
 */
final class ModelReader {
  private final Elements elements;
  private final Types types;
  private final TypeElement structSequence;
  private final TypeElement comparable;
  private Set<String> javaLangNames;

  ModelReader(Elements elements, Types types, TypeElement structSequence, TypeElement comparable) {
    this.elements = elements;
    this.types = types;
    this.structSequence = structSequence;
    this.comparable = comparable;
  }

  /** Interfaces whose fields count, depth first in {@code extends} order, each once, the type last. */
  List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> order = new ArrayList<>();
    walk(type, new LinkedHashSet<>(), order);
    return order;
  }

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

  /**
   * The interface's methods, inherited ones included, as javac's {@code getAllMembers} lists them; or
   * null when that list would be nothing but the methods {@code hierarchy} declares and Comparable's
   * {@code compareTo}.
   *
   * <p>When only the interface itself declares fields (no superinterface of its own) and it declares
   * no compareTo, nothing in its hierarchy overrides anything. getAllMembers lists every member of
   * List, Collection and Object and checks each pair for overriding, the costliest part of
   * validation, so it is skipped then.
   */
  List<ExecutableElement> members(TypeElement type, List<TypeElement> hierarchy) {
    return hierarchy.size() == 1 && !declaresCompareTo(type)
        ? null : ElementFilter.methodsIn(elements.getAllMembers(type));
  }

  /**
   * The abstract methods that may be fields, in field order: by the position where their name first
   * appears in {@code hierarchy}, so an inherited field keeps its place when a subinterface
   * redeclares it.
   *
   * @param members see {@link #members}
   */
  static List<ExecutableElement> fieldMethods(List<TypeElement> hierarchy, List<ExecutableElement> members) {
    Map<String, Integer> firstSeen = new HashMap<>();
    Map<ExecutableElement, Integer> position = new HashMap<>();
    for (TypeElement t : hierarchy) {
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        firstSeen.putIfAbsent(m.getSimpleName().toString(), firstSeen.size());
        position.put(m, position.size());
      }
    }
    return (members == null ? position.keySet() : members).stream()
        .filter(m -> isAbstract(m) && position.containsKey(m))
        .sorted(Comparator.<ExecutableElement>comparingInt(m -> firstSeen.get(m.getSimpleName().toString()))
            .thenComparingInt(position::get))
        .collect(Collectors.toList());
  }

  private static boolean declaresCompareTo(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals("compareTo")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads one abstract method, already checked, as a field; its index is set by {@link #model}.
   *
   * @param name the field's name: the method's, or the Kotlin property's whose getter it is
   */
  FieldModel field(DeclaredType self, ExecutableElement m, String name, boolean hidden,
      AnnotationMirror unnamed, AnnotationMirror nullable) {
    TypeMirror returnType = ((ExecutableType) types.asMemberOf(self, m)).getReturnType();
    return new FieldModel(
        name,
        TypeName.get(returnType),
        returnType.getKind(),
        TypeName.get(types.erasure(returnType)).withoutAnnotations(),
        hidden,
        unnamed != null,
        unnamed == null ? "" : stringValue(unnamed, "label"),
        nullable != null,
        nullable == null ? null : NullableAnnotation.of(nullable),
        DocComments.of(elements, m),
        -1,
        m.getSimpleName().toString());
  }

  /** The field's type as the interface sees it, with its type variables bound. */
  TypeMirror fieldType(TypeElement type, ExecutableElement m) {
    return ((ExecutableType) types.asMemberOf((DeclaredType) type.asType(), m)).getReturnType();
  }

  /** Returns the {@code Comparable<...>} supertype of {@code type}, or null when it has none. */
  DeclaredType comparableSupertype(TypeElement type) {
    return findSupertype(type.asType(), comparable);
  }

  /**
   * @return whether Comparable's compareTo is still abstract in {@code type}, so the record must
   *     generate it
   * @param members see {@link #members}
   */
  boolean compareToAbstract(List<ExecutableElement> members) {
    return members == null || members.stream()
        .anyMatch(m -> m.getSimpleName().contentEquals("compareTo") && isAbstract(m)
            && m.getParameters().size() == 1 && m.getEnclosingElement().equals(comparable));
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
   * The model of a checked interface.
   *
   * @param visible the visible fields in declaration order
   * @param hidden the hidden fields in declaration order
   * @param comparableTo the {@code Comparable<Self>} argument, or null
   * @param checks the {@code @Check} methods' names in call order
   */
  StructModel model(TypeElement type, List<FieldModel> visible, List<FieldModel> hidden,
      TypeName comparableTo, List<String> checks) {
    List<FieldModel> fields = new ArrayList<>(visible.size() + hidden.size());
    fields.addAll(visible);
    fields.addAll(hidden);
    for (int i = 0; i < fields.size(); i++) {
      FieldModel f = fields.get(i);
      fields.set(i, new FieldModel(f.name(), f.type(), f.kind(), f.erasure(), f.hidden(), f.unnamed(),
          f.label(), f.nullable(), f.nullableAnnotation(), f.doc(), i, f.accessor()));
    }
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeParameterElement p : type.getTypeParameters()) {
      typeVariables.add(TypeVariableName.get(p));
    }
    ClassName interfaceName = ClassName.get(type);
    TypeName interfaceType = typeVariables.isEmpty()
        ? interfaceName
        : ParameterizedTypeName.get(interfaceName, typeVariables.toArray(new TypeName[0]));
    return new StructModel(type, interfaceType, recordName(type), List.copyOf(typeVariables),
        displayName(type), DocComments.of(elements, type), List.copyOf(fields), comparableTo,
        shadowingNames(type), List.copyOf(checks));
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

  private String stringValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        Object value = e.getValue().getValue();
        return value instanceof String string ? string : "";
      }
    }
    return "";
  }

  static boolean isAbstract(ExecutableElement m) {
    return m.getModifiers().contains(Modifier.ABSTRACT);
  }

  /** Returns the annotation of that qualified name on {@code e}, or null. */
  static AnnotationMirror annotation(Element e, String qualifiedName) {
    for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** Any annotation named Nullable, on the method or on its return type. */
  static AnnotationMirror nullable(ExecutableElement m) {
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
}
