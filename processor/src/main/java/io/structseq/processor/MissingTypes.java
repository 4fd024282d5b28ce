package io.structseq.processor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the types an interface refers to that do not exist yet, as AutoValue's {@code MissingTypes}
 * does: another processor may generate them in a later round, so the processor defers the interface
 * rather than report them (see README "Compile-time errors": {@code StructSeqMissingType}).
 */
final class MissingTypes {
  private final Types types;
  private final TypeElement structSequence;
  private final TypeElement comparable;

  MissingTypes(Types types, TypeElement structSequence, TypeElement comparable) {
    this.types = types;
    this.structSequence = structSequence;
    this.comparable = comparable;
  }

  /**
   * Returns the names of the types that {@code type}'s type parameters, superinterfaces and field
   * types refer to and that do not exist, in the order met; empty when none is missing.
   */
  List<String> of(TypeElement type) {
    Set<String> missing = new LinkedHashSet<>();
    collect(type, missing, new LinkedHashSet<>());
    return List.copyOf(missing);
  }

  private void collect(TypeElement t, Set<String> missing, Set<TypeElement> visited) {
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
        collect((TypeElement) types.asElement(superinterface), missing, visited);
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.ABSTRACT)) {
        addErrors(m.getReturnType(), missing, 0);
      }
    }
  }

  private static void addErrors(TypeMirror t, Set<String> missing, int depth) {
    if (depth > 16) {
      return;
    }
    switch (t.getKind()) {
      case ERROR -> missing.add(t.toString());
      case DECLARED -> {
        for (TypeMirror argument : ((DeclaredType) t).getTypeArguments()) {
          addErrors(argument, missing, depth + 1);
        }
      }
      case ARRAY -> addErrors(((ArrayType) t).getComponentType(), missing, depth + 1);
      case WILDCARD -> {
        WildcardType w = (WildcardType) t;
        if (w.getExtendsBound() != null) {
          addErrors(w.getExtendsBound(), missing, depth + 1);
        }
        if (w.getSuperBound() != null) {
          addErrors(w.getSuperBound(), missing, depth + 1);
        }
      }
      default -> {}
    }
  }
}
