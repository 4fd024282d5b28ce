package io.structseq.jsontesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.runtime.Os;
import io.structseq.runtime.StatResult;
import io.structseq.testing.CPython;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every runtime type from live calls, for any JSON library: lossless in the OBJECT shape (read back
 * as its record class and as its interface, equal with every hidden value equal), and in the ARRAY
 * shape equal to CPython's {@code json.dumps} of the same call after {@code json.loads}. Each JSON
 * module's {@code RuntimeTypesTest} extends it with its library.
 */
public abstract class RuntimeTypesContract {
  /** Compares, in CPython, each Java JSON text with json.dumps of the same expression. */
  private static final String COMPARE = """
      import grp, json, os, pwd, resource, sys, time
      def typed(v):
          if isinstance(v, list): return [typed(x) for x in v]
          return (type(v).__name__, v)
      def shape(v):
          if isinstance(v, list): return [shape(x) for x in v]
          return type(v).__name__
      args = sys.argv[1:]
      for i in range(0, len(args), 3):
          expr, mode, java = args[i], args[i + 1], json.loads(args[i + 2])
          py = json.loads(json.dumps(eval(expr)))
          same = typed(java) == typed(py) if mode == 'exact' else shape(java) == shape(py)
          print(expr, 'ok' if same else 'DIFFERS: java %r, python %r' % (java, py))""";

  /** Returns the library set up for the OBJECT shape. */
  protected abstract JsonCodec objects();

  /** Returns the library set up for the ARRAY shape. */
  protected abstract JsonCodec arrays();

  /**
   * The members the OBJECT shape writes for a value, in order: every field by default.
   *
   * @param value a struct sequence
   * @return the member names
   */
  protected List<String> expectedMembers(StructSequence value) {
    List<String> names = new ArrayList<>();
    for (StructField field : value.structType().fields()) {
      names.add(field.name());
    }
    return names;
  }

  @TestFactory
  List<DynamicTest> objectShapeRoundTripsEveryLiveValue() {
    Map<String, LiveCalls.Call> calls = new LinkedHashMap<>(LiveCalls.comparable());
    calls.putAll(LiveCalls.ownProcess());
    List<DynamicTest> tests = new ArrayList<>();
    calls.forEach((expression, call) -> tests.add(DynamicTest.dynamicTest(expression, () -> {
      for (StructSequence value : LiveCalls.values(LiveCalls.call(call))) {
        assertRoundTrips(value);
      }
    })));
    return tests;
  }

  @Test
  void farFutureNanosecondsExceedALong() throws Exception {
    StatResult stat = (StatResult) LiveCalls.call(() -> Os.stat(LiveCalls.FAR_FUTURE));
    assertTrue(stat.st_mtime_ns().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0, stat.st_mtime_ns()::toString);
    String json = objects().write(stat);
    assertTrue(json.contains("\"st_mtime_ns\":" + stat.st_mtime_ns()), json);
    assertEquals(stat.asMap(), objects().read(json, StatResult.class).asMap());
  }

  @Test
  void arrayShapeEqualsCPythonsJsonDumps() throws Exception {
    CPython.require();
    List<String> args = new ArrayList<>();
    addArrays(args, LiveCalls.comparable(), "exact");
    addArrays(args, LiveCalls.ownProcess(), "shape");
    assertTrue(args.size() >= 3 * 10, () -> "too few calls ran: " + args);
    String out = CPython.run(COMPARE, args.toArray(new String[0]));
    assertEquals(args.size() / 3, out.lines().count(), out);
    out.lines().forEach(line -> assertTrue(line.endsWith(" ok"), line));
  }

  private void addArrays(List<String> args, Map<String, LiveCalls.Call> calls, String mode) throws Exception {
    for (Map.Entry<String, LiveCalls.Call> call : calls.entrySet()) {
      Object value = LiveCalls.callIfSupported(call.getValue());
      if (value == null) {
        continue; // JDK 17 to 21: this call needs FFM, and the JDK 25 leg compares it
      }
      args.add(call.getKey());
      args.add(mode);
      args.add(arrays().write(value));
    }
  }

  /**
   * Writes {@code value} as an object of every field and reads it back as record and interface.
   *
   * @param value a struct sequence
   * @throws Exception when the library fails
   */
  protected void assertRoundTrips(StructSequence value) throws Exception {
    String json = objects().write(value);
    Map<?, ?> members = objects().read(json, Map.class);
    assertEquals(expectedMembers(value), new ArrayList<>(members.keySet()), json);
    Class<?> record = value.getClass();
    Class<?> iface = record.getInterfaces()[0];
    assertEquals(StructType.of(iface), value.structType());
    for (Class<?> target : List.of(record, iface)) {
      Object back = objects().read(json, target);
      assertInstanceOf(record, back);
      assertEquals(value, back);
      assertEquals(value.asMap(), ((StructSequence) back).asMap());
      assertEquals(value.toString(), back.toString());
      assertEquals(json, objects().write(back));
    }
  }
}
