package io.structseq.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.jsontesting.Fixtures;
import io.structseq.jsontesting.Fixtures_VersionRecord;
import io.structseq.pickle.usertypes.UserTypes.Plain;
import io.structseq.pickle.usertypes.UserTypes.Taken;
import io.structseq.pickle.usertypes.UserTypes_PlainRecord;
import io.structseq.testing.CPython;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.razorvine.pickle.PickleException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pickles that must not read: each is refused with Pyrolite's {@code PickleException} (a truncated
 * stream with its {@code IOException}), never accepted and never another exception. Where CPython
 * refuses the same pickle, the message is CPython's own words, read from CPython; where CPython
 * accepts what a Java record cannot hold, the message names the type and the field.
 */
class BadInputTest {
  /** What Java says where CPython accepts the pickle: the record's field cannot hold the value. */
  private static final Map<String, String> JAVA_WORDS = Map.of(
      "wrong type", "os.stat_result.st_mode: expected int, got java.lang.String",
      "wrong type hidden", "os.stat_result.st_atime: expected double, got java.lang.String",
      "wrong element type", "grp.struct_group.gr_mem[0]: expected java.lang.String, got java.lang.Integer",
      "int out of range", "os.stat_result.st_mode: expected int, got java.lang.Long 1099511627776, which"
          + " int cannot represent exactly",
      "int out of long", "os.stat_result.st_ino: expected long, got java.math.BigInteger"
          + " 1180591620717411303424, which long cannot represent exactly",
      "float in an int field", "os.stat_result.st_mode: expected int, got java.lang.Double 0.5, which int"
          + " cannot represent exactly",
      "missing primitive", "os.stat_result.st_atime is missing: expected double, got null",
      "null for a non-null field", "posix.uname_result.sysname is null");

  @TestFactory
  List<DynamicTest> refusedInCPythonsWordsOrNamingTheField() {
    CPython.require();
    Map<String, List<String[]>> cases = new LinkedHashMap<>();
    for (String line : CPython.run(Pickles.script("bad_pickles.py")).strip().split("\n")) {
      String[] fields = line.split("\t", -1);
      cases.computeIfAbsent(fields[0], name -> new ArrayList<>()).add(fields);
    }
    assertEquals(21, cases.size(), cases::toString);
    List<DynamicTest> tests = new ArrayList<>();
    cases.forEach((name, protocols) -> tests.add(DynamicTest.dynamicTest(name, () -> {
      assertEquals(6, protocols.size());
      for (String[] pickle : protocols) {
        String words = pickle[3];
        PickleException e = assertThrows(PickleException.class, () -> Pickles.loads(Pickles.unbase64(pickle[2])),
            () -> name + " at protocol " + pickle[1] + " was accepted");
        String what = name + " at protocol " + pickle[1];
        if (name.equals("unknown type name")) {
          // Pyrolite's: an unknown global reads as its ClassDict, which takes no arguments.
          assertTrue(e.getMessage().contains("ClassDict (for os.stat_resulx)"), e.getMessage());
          assertTrue(words.startsWith("Can't get attribute 'stat_resulx'"), words);
        } else if (words.equals("OK")) {
          assertEquals(JAVA_WORDS.get(name), e.getMessage(), what);
          assertInstanceOf(RuntimeException.class, e.getCause(), what);
        } else {
          assertEquals(words, e.getMessage(), what + ": not CPython's words");
        }
      }
    })));
    return tests;
  }

  /**
   * Every cut of CPython's pickles at protocols 0 to 5 fails while Pyrolite reads it, before anything
   * of this module runs: mostly Pyrolite's {@code IOException}. Pyrolite 1.5's reader has two other
   * failures of its own, which stay its behaviour: a number of protocol 0 cut inside its line
   * ({@code NumberFormatException}) and a cut right after an opcode whose length is one byte
   * ({@code NegativeArraySizeException}: its end of stream, -1, read as the length).
   */
  @Test
  void truncatedStreamsFailInPyrolitesReader() throws IOException {
    CPython.require();
    String out = CPython.run(String.join("\n",
        "import base64, os, pickle, time",
        "value = [time.gmtime(1700000000), os.stat_result(tuple(range(10)), {'st_atime': 0.5,",
        "         'st_mtime': 1e300, 'st_ctime': -0.0, 'st_atime_ns': 2 ** 70, 'st_mtime_ns': -1,",
        "         'st_ctime_ns': 0, 'st_blksize': 4096, 'st_blocks': 2 ** 40, 'st_rdev': 2 ** 63 - 1})]",
        "for protocol in range(6):",
        "    print(base64.b64encode(pickle.dumps(value, protocol)).decode())")).strip();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (String line : out.split("\n")) {
      byte[] whole = Pickles.unbase64(line);
      assertEquals(2, ((List<?>) Pickles.loads(whole)).size());
      for (int length = 0; length < whole.length; length++) {
        byte[] cut = Arrays.copyOf(whole, length);
        Exception e = assertThrows(Exception.class, () -> Pickles.loads(cut), () -> "a cut was accepted: " + line);
        String kind = e instanceof IOException ? "IOException" : e.getClass().getSimpleName();
        if (!(e instanceof IOException) && !(e instanceof PickleException)) {
          assertTrue(e instanceof NumberFormatException || e instanceof NegativeArraySizeException, e::toString);
          assertPyrolitesOwn(e);
        }
        outcomes.merge(kind, 1, Integer::sum);
      }
    }
    assertTrue(outcomes.get("IOException") > outcomes.values().stream().mapToInt(n -> n).sum() / 2, outcomes::toString);
  }

  /** Thrown while Pyrolite reads the stream, with no frame of this module. */
  private static void assertPyrolitesOwn(Exception e) {
    StackTraceElement thrower = Arrays.stream(e.getStackTrace())
        .filter(frame -> !frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk."))
        .findFirst().orElseThrow();
    assertTrue(thrower.getClassName().startsWith("net.razorvine.pickle."), () -> e + " from " + thrower);
    assertTrue(Arrays.stream(e.getStackTrace()).noneMatch(f -> f.getClassName().startsWith("io.structseq.pickle.Struct")),
        e::toString);
  }

  /**
   * CPython's constructor takes any iterable (PySequence_Fast): a list, a str and bytes read as in
   * CPython; a dict or set, whose order Pyrolite's HashMap and HashSet do not keep, is refused.
   */
  @Test
  void everySequenceCPythonTakesReadsAsCPythonReadsIt() throws IOException {
    CPython.require();
    String out = CPython.run(String.join("\n",
        "import base64, os, pickle",
        "class Reduce:",
        "    def __init__(self, f, args): self.f, self.args = f, args",
        "    def __reduce__(self): return (self.f, self.args)",
        "for f, seq in ((os.uname_result, ['a', 'b', 'c', 'd', 'e']), (os.uname_result, 'abc\\u00e9\\U0001f600'),",
        "               (os.terminal_size, b'\\x50\\x18'), (os.uname_result, dict.fromkeys('vwxyz'))):",
        "    data = pickle.dumps(Reduce(f, (seq,)), 2)",
        "    print(base64.b64encode(data).decode() + ' ' + repr(pickle.loads(data)))")).strip();
    List<String> lines = new ArrayList<>(List.of(out.split("\n")));
    assertEquals(4, lines.size(), out);
    String dict = lines.remove(3);
    PickleException e = assertThrows(PickleException.class,
        () -> Pickles.loads(Pickles.unbase64(dict.substring(0, dict.indexOf(' ')))));
    assertEquals("posix.uname_result() takes a sequence whose order survives Pyrolite: a dict or set read by"
        + " Pyrolite has lost it", e.getMessage());
    for (String line : lines) {
      int space = line.indexOf(' ');
      assertEquals(line.substring(space + 1), Pickles.loads(Pickles.unbase64(line.substring(0, space))).toString());
    }
  }

  @Test
  void aGlobalNamingAClassThatIsNoStructTypeIsNeverConstructed() {
    for (String global : List.of("java.lang\nProcessBuilder", "io.structseq.runtime\nStatResultRecord",
        "io.structseq.runtime\nStatResult", "os\nstat", "builtins\ntuple")) {
      ByteArrayOutputStream pickle = new ByteArrayOutputStream();
      pickle.writeBytes(new byte[] {(byte) 0x80, 2, 'c'});
      pickle.writeBytes((global + "\n").getBytes(StandardCharsets.US_ASCII));
      pickle.writeBytes(new byte[] {'(', 'X', 2, 0, 0, 0, 'l', 's', 't', 'R', '.'});
      PickleException e = assertThrows(PickleException.class, () -> Pickles.loads(pickle.toByteArray()), global);
      assertTrue(e.getMessage().contains("ClassDict (for " + global.replace('\n', '.') + ")"), e.getMessage());
    }
  }

  @Test
  void registerRefusesWhatIsNoStructTypeOrHasNoGlobal() {
    IllegalArgumentException notStruct = assertThrows(IllegalArgumentException.class,
        () -> StructSeqPickle.register(String.class));
    assertTrue(notStruct.getMessage().startsWith("java.lang.String is not a struct sequence"), notStruct.getMessage());
    IllegalArgumentException noModule = assertThrows(IllegalArgumentException.class,
        () -> StructSeqPickle.register(Plain.class));
    assertTrue(noModule.getMessage().startsWith(Plain.class.getName() + " is named 'Plain', which has no module"),
        noModule.getMessage());
    PickleException pickling = assertThrows(PickleException.class,
        () -> Pickles.dumps(new UserTypes_PlainRecord(1)));
    assertEquals("Can't pickle <class 'Plain'>: attribute lookup Plain on builtins failed (its @StructSeq name"
        + " has no module)", pickling.getMessage());
  }

  /** Two types under one global: the second is refused, the first stays. */
  @Test
  void aGlobalTakenByAnotherTypeIsRefused() throws IOException {
    StructSeqPickle.register(Fixtures.Version.class);
    StructSeqPickle.register(Fixtures_VersionRecord.class); // the same type, by its record: nothing changes
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StructSeqPickle.register(Taken.class));
    assertEquals(Taken.class.getName() + ": the global test.version is already registered for another type"
        + " named test.version", e.getMessage());
    assertEquals(Fixtures.VERSION, Pickles.loads(Pickles.dumps(Fixtures.VERSION)));
  }
}
