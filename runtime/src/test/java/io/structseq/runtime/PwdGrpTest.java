package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.structseq.PyRepr;
import io.structseq.StructField;
import io.structseq.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link Pwd} and {@link Grp} against a live CPython on the same machine: every entry of the user and
 * group databases, each looked up by name and by id, the errors for unknown and bad input, lookups from
 * eight threads at once, and the {@link UnsupportedOperationException} where the C library is out of
 * reach. The build runs this class on JDK 17 (no NSS: the exception) and from the multi-release JAR on
 * JDK 25 (the FFM backend: the comparisons).
 */
class PwdGrpTest {
  private static final Map<String, Function<String, Object>> BY_NAME =
      Map.of("pwd.getpwnam", Pwd::getpwnam, "grp.getgrnam", Grp::getgrnam);
  private static final Map<String, LongFunction<Object>> BY_ID =
      Map.of("pwd.getpwuid", Pwd::getpwuid, "grp.getgrgid", Grp::getgrgid);

  /**
   * Skips, visibly and with a fixed reason that ci/allowed-skips.txt names, when this JVM has no NSS
   * backend ({@link #jdkBefore22SaysWhatItNeeds} checks what the backend then says).
   */
  private static final String NEEDS = "needs JDK 22+ with native access, or jnr-ffi on the class path of JDK 17-21";

  private static void requireNss() {
    assumeTrue(!(NssBackend.CURRENT instanceof NssUnavailable),
        "NSS comparison SKIPPED: no NSS backend here (it needs the packaged JAR on JDK 22+ with native"
            + " access); the ffm-jar test run has it");
  }

  private static String unsupportedMessage() {
    try {
      NssBackend.CURRENT.passwdById(0);
      return "(the backend works)";
    } catch (UnsupportedOperationException e) {
      return e.getMessage();
    }
  }

  @Test
  void buildExpectsTheFfmBackend() {
    String expected = System.getProperty("structseq.expected.backend");
    assumeTrue("ffm".equals(expected) || "jnr".equals(expected), "no FFM backend expected by the build in this run");
    assertFalse(NssBackend.CURRENT instanceof NssUnavailable, PwdGrpTest::unsupportedMessage);
  }

  @Test
  void everyPasswdEntryAndItsLookupsEqualCPythons() {
    requireNss();
    List<PythonNss.Entry> python = PythonNss.all(true);
    List<StructPasswd> java = Pwd.getpwall();
    assertEquals(python.stream().map(PythonNss.Entry::repr).toList(), reprs(java));
    assertTrue(java.stream().anyMatch(p -> p.pw_uid() == 0), "root is in getpwall()");
    for (int i = 0; i < java.size(); i++) {
      StructPasswd entry = java.get(i);
      assertEquals(python.get(i).types(), List.of("str", "str", "int", "int", "str", "str", "str"));
      assertEquals(python.get(i).byName(), Pwd.getpwnam(entry.pw_name()).toString(), entry.pw_name());
      assertEquals(python.get(i).byId(), Pwd.getpwuid(entry.pw_uid()).toString(), entry.pw_name());
    }
  }

  @Test
  void everyGroupEntryAndItsLookupsEqualCPythons() {
    requireNss();
    List<PythonNss.Entry> python = PythonNss.all(false);
    List<StructGroup> java = Grp.getgrall();
    assertEquals(python.stream().map(PythonNss.Entry::repr).toList(), reprs(java));
    assertTrue(java.stream().anyMatch(g -> g.gr_gid() == 0), "group 0 is in getgrall()");
    for (int i = 0; i < java.size(); i++) {
      StructGroup entry = java.get(i);
      assertEquals(python.get(i).types(), List.of("str", "str", "int", "list"));
      assertEquals(python.get(i).byName(), Grp.getgrnam(entry.gr_name()).toString(), entry.gr_name());
      assertEquals(python.get(i).byId(), Grp.getgrgid(entry.gr_gid()).toString(), entry.gr_name());
      List<String> members = entry.gr_mem();
      assertThrows(UnsupportedOperationException.class, () -> members.add("intruder"), entry.gr_name());
    }
    assertThrows(UnsupportedOperationException.class, () -> java.remove(0), "getgrall() is unmodifiable");
  }

  @Test
  void namesFieldsAndDocsAreCPythons() {
    assertDocs("pwd.struct_passwd", StructPasswdRecord.TYPE);
    assertDocs("grp.struct_group", StructGroupRecord.TYPE);
    assertEquals(List.of(String.class, String.class, long.class, List.class),
        StructGroupRecord.TYPE.fields().stream().map(StructField::type).toList());
  }

  /**
   * A null pointer from the C library is {@code None} in CPython and {@code null} here; the records
   * take it and print it as CPython does, and a group's member list prints as a Python list.
   */
  @Test
  void nullStringsAndMemberListsPrintAsInCPython() {
    List<String> python = PythonNss.reprs(List.of(
        "pwd.struct_passwd((None, None, 0, 4294967295, None, None, None))",
        "grp.struct_group(('g', None, 5, ['a', 'b', \"o'k\"]))",
        "grp.struct_group(('g', 'x', 5, []))"));
    assertEquals(python, List.of(
        new StructPasswdRecord(null, null, 0, 4294967295L, null, null, null).toString(),
        new StructGroupRecord("g", null, 5, List.of("a", "b", "o'k")).toString(),
        new StructGroupRecord("g", "x", 5, List.of()).toString()));
  }

  private static void assertDocs(String python, StructType<?> type) {
    List<String> docs = PythonNss.docs(python);
    assertEquals(python, type.name());
    assertEquals(docs.get(0), PyRepr.reprString(type.doc()), python + " docstring");
    List<String> fields = new ArrayList<>();
    for (StructField field : type.fields()) {
      assertFalse(field.isHidden() || field.isUnnamed(), field.name());
      fields.add(field.name() + "\t" + PyRepr.reprString(field.doc()));
    }
    assertEquals(docs.subList(1, docs.size()), fields, python + " fields");
  }

  /** Names and ids no one has, and the ids CPython treats specially, with CPython's words. */
  @Test
  void unknownNamesAndIdsFailAsInCPython() {
    requireNss();
    List<String> names = List.of("x", "", "no such user", "é'\"", "\udcff", "ROOT", "root ", "root\n");
    List<Long> ids = List.of(99999L, 2147483648L, 4294967294L, -1L, 4294967295L, 0L);
    assertSameOutcomes(names, ids);
    assertEquals("getpwnam(): name not found: 'no such user'",
        assertThrows(NoSuchElementException.class, () -> Pwd.getpwnam("no such user")).getMessage());
  }

  /**
   * Input that cannot reach the C library is rejected first, in CPython's words, on every JDK: a NUL,
   * an unencodable name, an id outside {@code uid_t}.
   */
  @Test
  void inputTheCLibraryCannotTakeFailsAsInCPythonOnEveryJdk() {
    List<String> names = List.of("a\0b", "\0", "\ud800", "x\udc41", "\ud800\ud801", "\udc80\ud800", "ab\udc80\ud800c\ud801");
    List<Long> ids = List.of(-2L, 4294967296L, Long.MAX_VALUE, Long.MIN_VALUE);
    assertSameOutcomes(names, ids);
    assertEquals("embedded null byte",
        assertThrows(IllegalArgumentException.class, () -> Grp.getgrnam("a\0b")).getMessage());
  }

  private static void assertSameOutcomes(List<String> names, List<Long> ids) {
    for (var call : BY_NAME.entrySet()) {
      List<String> expected = python(call.getKey(), names.stream().map(PyRepr::reprString).toList());
      List<String> actual = names.stream().map(name -> java(() -> call.getValue().apply(name))).toList();
      assertEquals(expected, actual, call.getKey() + " of " + names.stream().map(PyRepr::reprString).toList());
    }
    for (var call : BY_ID.entrySet()) {
      List<String> expected = python(call.getKey(), ids.stream().map(String::valueOf).toList());
      List<String> actual = ids.stream().map(id -> java(() -> call.getValue().apply(id))).toList();
      assertEquals(expected, actual, call.getKey() + " of " + ids);
    }
  }

  /** CPython's outcomes, its argument errors named as the Java exception this API throws for them. */
  private static List<String> python(String function, List<String> arguments) {
    return PythonNss.outcomes(function, arguments).stream()
        .map(line -> line.replaceFirst("^(ValueError|OverflowError|UnicodeEncodeError)\t",
            "IllegalArgumentException\t"))
        .toList();
  }

  private static String java(Callable<Object> call) {
    try {
      return "ok\t" + call.call();
    } catch (NoSuchElementException e) {
      return "KeyError\t" + e.getMessage();
    } catch (IllegalArgumentException e) {
      return "IllegalArgumentException\t" + e.getMessage();
    } catch (Exception e) {
      return e.toString();
    }
  }

  @Test
  void eightThreadsAtOnceEachGetCPythonsAnswers() throws Exception {
    requireNss();
    List<PythonNss.Entry> users = PythonNss.all(true);
    List<PythonNss.Entry> groups = PythonNss.all(false);
    List<String> allUsers = users.stream().map(PythonNss.Entry::repr).toList();
    List<String> allGroups = groups.stream().map(PythonNss.Entry::repr).toList();
    List<StructPasswd> userKeys = Pwd.getpwall();
    List<StructGroup> groupKeys = Grp.getgrall();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < userKeys.size(); i++) {
              int k = (i + offset) % userKeys.size();
              assertEquals(users.get(k).byName(), Pwd.getpwnam(userKeys.get(k).pw_name()).toString());
              assertEquals(users.get(k).byId(), Pwd.getpwuid(userKeys.get(k).pw_uid()).toString());
              checked += 2;
            }
            for (int i = 0; i < groupKeys.size(); i++) {
              int k = (i + offset) % groupKeys.size();
              assertEquals(groups.get(k).byName(), Grp.getgrnam(groupKeys.get(k).gr_name()).toString());
              assertEquals(groups.get(k).byId(), Grp.getgrgid(groupKeys.get(k).gr_gid()).toString());
              checked += 2;
            }
            assertEquals(allUsers, reprs(Pwd.getpwall()));
            assertEquals(allGroups, reprs(Grp.getgrall()));
            checked += 2;
          }
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      assertEquals(threads * 20 * (2 * userKeys.size() + 2 * groupKeys.size() + 2), total);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * With a one-byte initial buffer every lookup meets {@code ERANGE} until the buffer has doubled
   * enough; the answers must not change. The FFM class exists only in the JAR, hence reflection, on
   * the class of whichever native backend runs (FFM or jnr).
   */
  @Test
  void buffersGrowOnErange() throws Exception {
    requireNss();
    NssBackend tiny = (NssBackend) NssBackend.CURRENT.getClass()
        .getDeclaredMethod("withInitialBufferSize", long.class).invoke(null, 1L);
    assertEquals(reprs(Pwd.getpwall()), reprs(tiny.passwdAll()));
    assertEquals(reprs(Grp.getgrall()), reprs(tiny.groupAll()));
    for (StructPasswd p : Pwd.getpwall()) {
      assertEquals(Pwd.getpwnam(p.pw_name()), tiny.passwdByName(FsCodec.encode(p.pw_name())));
      assertEquals(Pwd.getpwuid(p.pw_uid()), tiny.passwdById((int) p.pw_uid()));
    }
    for (StructGroup g : Grp.getgrall()) {
      assertEquals(Grp.getgrnam(g.gr_name()), tiny.groupByName(FsCodec.encode(g.gr_name())));
      assertEquals(Grp.getgrgid(g.gr_gid()), tiny.groupById((int) g.gr_gid()));
    }
  }

  @Test
  void jdkBefore22SaysWhatItNeeds() {
    assumeTrue(Runtime.version().feature() < 22, "JDK " + Runtime.version().feature() + " has FFM");
    if (Backends.whyNotJnr() == null) {
      assertInstanceOf(NssJnrBackend.class, NssBackend.CURRENT);
    } else {
      assertUnsupported("this is JDK " + Runtime.version().feature() + ", and jnr-ffi is not on the class path");
    }
  }

  /** The fallback of JDK 22+ is reachable, and testable, with {@code -Dio.structseq.runtime.backend=nio}. */
  @Test
  void forcedFallbackSaysWhatItNeeds() {
    String old = System.getProperty(Backends.PROPERTY);
    System.setProperty(Backends.PROPERTY, "nio");
    NssBackend fallback;
    try {
      fallback = Backends.nss();
    } finally {
      if (old == null) {
        System.clearProperty(Backends.PROPERTY);
      } else {
        System.setProperty(Backends.PROPERTY, old);
      }
    }
    assertInstanceOf(NssUnavailable.class, fallback);
    boolean fromJar = Backends.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath().endsWith(".jar");
    String forbidsJnr = ", and -Dio.structseq.runtime.backend=nio forbids jnr-ffi";
    String why = Runtime.version().feature() < 22
        ? "this is JDK " + Runtime.version().feature() + forbidsJnr
        : fromJar
            ? "-Dio.structseq.runtime.backend=nio forbids it"
            : "the JDK 22 classes of the multi-release JAR are not in use (run from the structseq-runtime"
                + " JAR, not from its classes folder)" + forbidsJnr;
    assertEquals("pwd.getpwall " + NEEDS + " (NSS is only reachable through the C "
        + "library): " + why, assertThrows(UnsupportedOperationException.class, fallback::passwdAll).getMessage());
  }

  private static void assertUnsupported(String why) {
    Map<String, Executable> calls = Map.of(
        "pwd.getpwnam", () -> Pwd.getpwnam("root"),
        "pwd.getpwuid", () -> Pwd.getpwuid(0),
        "pwd.getpwall", Pwd::getpwall,
        "grp.getgrnam", () -> Grp.getgrnam("root"),
        "grp.getgrgid", () -> Grp.getgrgid(0),
        "grp.getgrall", Grp::getgrall);
    for (var call : calls.entrySet()) {
      assertEquals(call.getKey() + " " + NEEDS + " (NSS is only reachable through the C "
              + "library): " + why,
          assertThrows(UnsupportedOperationException.class, call.getValue()).getMessage());
    }
  }

  private static List<String> reprs(List<?> values) {
    return values.stream().map(Object::toString).toList();
  }
}
