package io.structseq.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the code generator needs to know about one {@code @StructSeq} interface, read once from
 * its elements after validation. Holds no {@code TypeMirror}, so generation cannot reach back into
 * javac.
 *
 * @param element the interface, the generated file's single originating element
 * @param interfaceType the interface as the record implements it, with its type variables
 * @param recordName the generated record's name
 * @param typeVariables the interface's type parameters, copied to the record
 * @param displayName {@code StructSeq.name()}, or the interface's simple name
 * @param doc the interface's Javadoc, trimmed, or empty
 * @param fields every field in canonical order
 * @param comparableTo the interface's {@code Comparable<Self>} type argument, or null when the
 *     record gets no {@code compareTo}
 * @param shadowingNames simple names of the interface and its enclosing types that are also names of
 *     {@code java.lang} types, which the generated code must then write fully qualified
 * @param checks the names of the {@code @Check} methods, in the order the canonical constructor
 *     calls them: inherited ones first
 */
record StructModel(
    TypeElement element,
    TypeName interfaceType,
    ClassName recordName,
    List<TypeVariableName> typeVariables,
    String displayName,
    String doc,
    List<FieldModel> fields,
    TypeName comparableTo,
    List<String> shadowingNames,
    List<String> checks) {

  /** Returns the interface's name without type arguments, for Javadoc links. */
  ClassName interfaceName() {
    return interfaceType instanceof com.palantir.javapoet.ParameterizedTypeName parameterizedTypeName
        ? parameterizedTypeName.rawType()
        : (ClassName) interfaceType;
  }

  /** Returns the record type with its type variables, as the record's own code refers to it. */
  TypeName recordType() {
    return typeVariables.isEmpty()
        ? recordName
        : com.palantir.javapoet.ParameterizedTypeName.get(
            recordName, typeVariables.toArray(new TypeName[0]));
  }

  /** Returns the record type with wildcards, as {@code TYPE} refers to it. */
  TypeName wildcardRecordType() {
    if (typeVariables.isEmpty()) {
      return recordName;
    }
    TypeName[] wildcards = new TypeName[typeVariables.size()];
    java.util.Arrays.fill(wildcards, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
    return com.palantir.javapoet.ParameterizedTypeName.get(recordName, wildcards);
  }

  /** Returns the visible fields, in canonical order. */
  List<FieldModel> visibleFields() {
    return fields.stream().filter(f -> !f.hidden()).toList();
  }

  /** Returns the fields {@code get(String)} and {@code asMap()} know: all but the unnamed. */
  List<FieldModel> namedFields() {
    return fields.stream().filter(f -> !f.unnamed()).toList();
  }
}
