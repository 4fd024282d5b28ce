package io.structseq.pickle;

import static io.structseq.pickle.Pickles.assertSameValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.StructSequence;
import io.structseq.StructType;
import io.structseq.jsontesting.LiveCalls;
import io.structseq.runtime.Os;
import io.structseq.runtime.Resource;
import io.structseq.runtime.StatResult;
import io.structseq.runtime.Sys;
import io.structseq.runtime.TerminalSize;
import io.structseq.runtime.ThreadInfo;
import io.structseq.testing.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.PickleException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every runtime type against CPython, both ways. For a call CPython can make too, CPython's pickles of
 * its own value at protocols 0 to 5 read as records equal to the runtime's answer, and CPython's
 * {@code pickle.loads} of Java's pickle is CPython's own type, {@code ==} its own value, with every
 * hidden value equal (floats bit for bit). For a value of this process (times, rusage), CPython loads
 * Java's pickle as its own type with Java's repr, and its pickles of that read back the same.
 */
class RuntimeTypesTest {
  /** Why a call that needs FFM skips on JDK 17 to 21; ci/allowed-skips.txt names it. */
  static final String FFM_ONLY = "a runtime call that needs JDK 22+ (FFM): the pickle tests make it on the JDK 25 leg";

  /** Why a stat on the java.nio backend is not compared with CPython's own value. */
  static final String INCOMPLETE_STAT = "os.stat on the java.nio backend has no st_blksize or st_blocks: the pickle"
      + " tests compare it with CPython's own value on the JDK 25 leg";

  @TempDir Path dir;

  /** Each call with the CPython expression of the same call, or "" for a value of this process. */
  private static Map<String, LiveCalls.Call> calls() {
    Map<String, LiveCalls.Call> calls = new LinkedHashMap<>();
    LiveCalls.comparable().forEach((expression, call) -> {
      if (!expression.startsWith("sys.")) { // CPython cannot pickle these: see sysTypesAreRefused
        calls.put(expression, call);
      }
    });
    // No terminal here: the same value made on both sides.
    calls.put("os.terminal_size((123, 37))",
        () -> StructType.of(TerminalSize.class).fromSequence(List.of(123, 37)));
    calls.put("os.times()", Os::times);
    calls.put("resource.getrusage(resource.RUSAGE_SELF)", () -> Resource.getrusage(Resource.RUSAGE_SELF));
    calls.put("resource.getrusage(resource.RUSAGE_CHILDREN)",
        () -> Resource.getrusage(Resource.RUSAGE_CHILDREN));
    return calls;
  }

  /** The calls whose values belong to this process: CPython's own call answers differently. */
  private static boolean ownProcess(String expression) {
    return expression.startsWith("os.times") || expression.startsWith("resource.");
  }

  @TestFactory
  List<DynamicTest> everyRuntimeTypeBothWays() {
    List<DynamicTest> tests = new ArrayList<>();
    calls().forEach((expression, call) -> tests.add(DynamicTest.dynamicTest(expression, () -> bothWays(expression, call))));
    return tests;
  }

  private void bothWays(String expression, LiveCalls.Call call) throws IOException {
    CPython.require();
    Object value = LiveCalls.callIfSupported(call);
    assumeTrue(value != null, FFM_ONLY);
    List<StructSequence> structs = LiveCalls.values(value);
    assertTrue(!structs.isEmpty(), expression);
    String name = structs.get(0).structType().name();
    boolean compared = !ownProcess(expression) && complete(structs);
    Path input = dir.resolve("input.tsv");
    Files.writeString(input, String.join("\t", compared ? expression : "", name, value.toString(),
        Pickles.base64(Pickles.dumps(value))) + "\n", StandardCharsets.UTF_8);
    Map<String, String> results = new LinkedHashMap<>();
    for (String part : CPython.run(Pickles.script("runtime_types.py"), input.toString()).strip().split("\t")) {
      int space = part.indexOf(' ');
      results.put(space < 0 ? part : part.substring(0, space), space < 0 ? "" : part.substring(space + 1));
    }
    assertEquals("ok", results.get("type"), "pickle.loads of Java's pickle gave another type");
    assertEquals("ok", results.get("repr"), "CPython's repr of what it loaded differs from Java's");
    assertReadsBack(value, results.get("back"), "CPython's pickle of Java's value");
    // Checked last: on the java.nio backend a stat has no st_blksize or st_blocks, which CPython has.
    assumeTrue(compared || ownProcess(expression), INCOMPLETE_STAT);
    if (compared) {
      assertEquals("ok", results.get("value"), "CPython's own value differs from what it loaded");
      assertReadsBack(value, results.get("own"), "CPython's pickle of its own value");
    }
  }

  /** Six pickles, protocols 0 to 5, each read as {@code value}. */
  private static void assertReadsBack(Object value, String pickles, String what) throws IOException {
    assertNotNull(pickles, what);
    String[] each = pickles.split(" ");
    assertEquals(6, each.length, what);
    for (int protocol = 0; protocol < each.length; protocol++) {
      assertSameValue(value, Pickles.loads(Pickles.unbase64(each[protocol])), what + " at protocol " + protocol);
    }
  }

  /** Whether the runtime read every field CPython has: the java.nio backend leaves two of stat's null. */
  private static boolean complete(List<StructSequence> structs) {
    return !(structs.get(0) instanceof StatResult) || ((StatResult) structs.get(0)).st_blocks() != null;
  }

  @Test
  void sysTypesAreRefusedInCPythonsWords() {
    CPython.require();
    String words = CPython.run(String.join("\n",
        "import pickle, sys",
        "for v in (sys.version_info, sys.float_info, sys.thread_info):",
        "    try:",
        "        pickle.dumps(v)",
        "    except pickle.PicklingError as e:",
        "        print(e)")).strip();
    List<String> java = new ArrayList<>();
    // What CPython refuses is the type, whatever its values: sys.thread_info needs FFM on JDK 17 to 21.
    for (StructSequence value : List.of(Sys.versionInfo(), Sys.floatInfo(),
        StructType.of(ThreadInfo.class).fromSequence(Arrays.asList("pthread", "semaphore", null)))) {
      java.add(assertThrows(PickleException.class, () -> Pickles.dumps(value)).getMessage());
      // Inside a list too: nothing pickles it on another path.
      assertEquals(java.get(java.size() - 1),
          assertThrows(PickleException.class, () -> Pickles.dumps(List.of(1, value))).getMessage());
    }
    assertEquals(words, String.join("\n", java));
  }
}
