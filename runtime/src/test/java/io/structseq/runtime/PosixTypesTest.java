package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.StructField;
import io.structseq.StructType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight result types of the C library calls ({@link PosixBackend}) against the live CPython: display name, field names and order, the
 * visible/hidden split and every docstring, read from an instance CPython makes.
 */
class PosixTypesTest {

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(StatvfsResultRecord.TYPE, "os.statvfs('/')"),
        Arguments.of(UnameResultRecord.TYPE, "os.uname()"),
        Arguments.of(TerminalSizeRecord.TYPE, "os.terminal_size((80, 24))"),
        Arguments.of(TimesResultRecord.TYPE, "os.times()"),
        Arguments.of(SchedParamRecord.TYPE, "os.sched_param(0)"),
        Arguments.of(StructRusageRecord.TYPE, "resource.getrusage(resource.RUSAGE_SELF)"),
        Arguments.of(FloatInfoRecord.TYPE, "sys.float_info"),
        Arguments.of(ThreadInfoRecord.TYPE, "sys.thread_info"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("types")
  void sameShapeAndDocsAsCPython(StructType<?> type, String expression) {
    PythonPosix.Result python = PythonPosix.eval(expression);
    assertEquals(python.typeName(), type.name());
    assertEquals(linesStripped(python.doc()), type.doc(), "docstring of " + type.name());
    assertEquals(python.sequenceSize(), type.sequenceSize(), "n_sequence_fields");
    assertEquals(python.fieldCount(), type.fieldCount(), "n_fields");
    assertEquals(0, type.unnamedCount());
    List<String> names = type.fields().stream().map(StructField::name).toList();
    assertEquals(List.copyOf(python.members().keySet()), names, "fields in canonical order");
    for (StructField field : type.fields()) {
      PythonPosix.Member member = python.members().get(field.name());
      assertEquals(member.hidden(), field.isHidden(), field.name() + " hidden");
      assertEquals(member.doc(), field.doc(), "docstring of " + field.name());
    }
  }

  /**
   * A docstring as a Javadoc comment can carry it: the processor strips every line (the contract's
   * "trimmed"), so CPython's indented lines such as {@code "  (sysname, ...)"} lose their indent.
   */
  private static String linesStripped(String doc) {
    return doc.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
  }
}
