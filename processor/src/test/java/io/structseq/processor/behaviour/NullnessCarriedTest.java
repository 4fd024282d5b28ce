package io.structseq.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field's {@code Nullable} reaches the record as the interface wrote it: a type-use annotation on
 * the type of the component, the accessor, the constructor's, wither's and setter's parameters and
 * the builder's field; a declaration annotation on each of those declarations its targets allow.
 * Read back by reflection from the classes javac (or ECJ) compiled.
 */
class NullnessCarriedTest {
  private static final Class<? extends Annotation> TYPE_USE =
      io.structseq.processor.behaviour.typeuse.Nullable.class;
  private static final Class<? extends Annotation> DECLARED =
      io.structseq.processor.behaviour.decl.Nullable.class;

  @Test
  void aTypeUseNullableIsOnEveryTypeThatHoldsTheField() throws ReflectiveOperationException {
    Class<?> record = TypeUseNullableRecord.class;
    List<AnnotatedType> types = List.of(
        record.getRecordComponents()[1].getAnnotatedType(),
        record.getMethod("bytes").getAnnotatedReturnType(),
        record.getDeclaredConstructor(String.class, Long.class).getAnnotatedParameterTypes()[1],
        record.getMethod("withBytes", Long.class).getAnnotatedParameterTypes()[0],
        TypeUseNullableRecord.Builder.class.getMethod("bytes", Long.class).getAnnotatedParameterTypes()[0],
        TypeUseNullableRecord.Builder.class.getDeclaredField("bytes").getAnnotatedType());
    for (AnnotatedType type : types) {
      assertTrue(type.isAnnotationPresent(TYPE_USE), type::toString);
    }
    assertFalse(record.getMethod("name").getAnnotatedReturnType().isAnnotationPresent(TYPE_USE));
    assertFalse(record.getMethod("withName", String.class).getAnnotatedParameterTypes()[0]
        .isAnnotationPresent(TYPE_USE));
  }

  @Test
  void aDeclarationNullableIsOnEveryDeclarationThatHoldsTheField() throws ReflectiveOperationException {
    Class<?> record = DeclaredNullableRecord.class;
    List<AnnotatedElement> declarations = List.of(
        record.getMethod("note"),
        record.getDeclaredField("note"),
        record.getDeclaredConstructor(String.class, String.class).getParameters()[1],
        record.getMethod("withNote", String.class).getParameters()[0],
        DeclaredNullableRecord.Builder.class.getMethod("note", String.class).getParameters()[0],
        DeclaredNullableRecord.Builder.class.getDeclaredField("note"));
    for (AnnotatedElement declaration : declarations) {
      assertTrue(declaration.isAnnotationPresent(DECLARED), declaration::toString);
    }
    assertFalse(record.getMethod("name").isAnnotationPresent(DECLARED));
    assertFalse(record.getMethod("withName", String.class).getParameters()[0].isAnnotationPresent(DECLARED));
  }

  @Test
  void equalsTakesJSpecifysNullableObjectWhenJSpecifyIsOnTheClassPath() throws ReflectiveOperationException {
    AnnotatedType other = TypeUseNullableRecord.class.getMethod("equals", Object.class)
        .getAnnotatedParameterTypes()[0];
    assertEquals(List.of("org.jspecify.annotations.Nullable"), Arrays.stream(other.getAnnotations())
        .map(a -> a.annotationType().getName()).toList());
  }

  @Test
  void theNullableFieldsTakeNullAndTheOthersStillRefuseIt() {
    TypeUseNullableRecord typeUse = new TypeUseNullableRecord("a", null);
    assertNull(typeUse.withBytes(1L).withBytes(null).bytes());
    assertEquals(typeUse, TypeUseNullableRecord.builder().name("a").build());
    assertEquals(new DeclaredNullableRecord("b", null),
        DeclaredNullableRecord.builder().name("b").note("x").note(null).build());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new DeclaredNullableRecord(null, "x"));
    assertEquals("test.declared.name is null", e.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> TypeUseNullableRecord.builder().bytes(2L).build());
    assertEquals("test.typeuse is missing required field(s): [name]", missing.getMessage());
  }
}
