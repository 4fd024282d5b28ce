package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Kotlin and NullAway read from the runtime's types: JSpecify's TYPE_USE {@code @Nullable} on
 * the return type of exactly the accessors whose field is nullable, in null-marked packages.
 */
class NullnessAnnotationsTest {

  static Stream<Class<? extends StructSequence>> runtimeTypes() {
    return Stream.of(StatResult.class, StatvfsResult.class, UnameResult.class, TerminalSize.class,
        TimesResult.class, SchedParam.class, StructRusage.class, StructPasswd.class, StructGroup.class,
        StructTime.class, VersionInfo.class, FloatInfo.class, ThreadInfo.class);
  }

  @ParameterizedTest
  @MethodSource("runtimeTypes")
  void accessorCarriesJSpecifyNullableExactlyWhereTheFieldIsNullable(Class<?> type) throws Exception {
    StructType<?> structType = StructType.of(type);
    for (StructField field : structType.fields()) {
      Method accessor = type.getMethod(field.name());
      boolean annotated = accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class);
      assertEquals(field.isNullable(), annotated,
          type.getSimpleName() + "." + field.name() + "(): isNullable() " + field.isNullable()
              + ", JSpecify @Nullable on the return type " + annotated);
    }
  }

  @Test
  void theFieldsThatHoldNullAreNullable() throws Exception {
    List<String> nullable = new ArrayList<>();
    runtimeTypes().forEach(type -> {
      for (StructField field : StructType.of(type).fields()) {
        if (field.isNullable()) {
          nullable.add(type.getSimpleName() + "." + field.name());
        }
      }
    });
    // The JDK may not read st_blksize/st_blocks; the C library may leave passwd and group strings
    // NULL; CPython's sys.thread_info.version is None where the thread library has no version.
    assertEquals(List.of("StatResult.st_blksize", "StatResult.st_blocks", "StructPasswd.pw_name",
        "StructPasswd.pw_passwd", "StructPasswd.pw_gecos", "StructPasswd.pw_dir",
        "StructPasswd.pw_shell", "StructGroup.gr_passwd", "ThreadInfo.version"), nullable);
  }

  @Test
  void theExportedPackagesAreNullMarked() {
    assertTrue(StatResult.class.getPackage().isAnnotationPresent(NullMarked.class), "io.structseq.runtime");
    assertTrue(StructSequence.class.getPackage().isAnnotationPresent(NullMarked.class), "io.structseq");
  }

  @Test
  void theListViewAndNamedAccessReturnNullable() throws Exception {
    Method get = StructSequence.class.getMethod("get", String.class);
    assertTrue(get.getAnnotatedReturnType().isAnnotationPresent(Nullable.class), "get(String)");
    // StructSequence is a List<@Nullable Object>: an element may be null.
    java.lang.reflect.AnnotatedParameterizedType list = (java.lang.reflect.AnnotatedParameterizedType)
        StructSequence.class.getAnnotatedInterfaces()[0];
    assertTrue(list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Nullable.class), "List<@Nullable Object>");
    assertFalse(StructType.class.getMethod("name").getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
  }
}
