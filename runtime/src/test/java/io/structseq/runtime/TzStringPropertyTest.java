package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random POSIX {@code TZ} strings, well-formed and broken, against CPython under the same {@code TZ}:
 * {@link Time#localtime(long)} of the zone that {@link TzDatabase#forTzVariable} makes of the string
 * must equal {@code time.localtime} (repr, {@code tm_zone}, {@code tm_gmtoff}) at every change that
 * CPython finds in 1969, 2024, 2038 and 2100 (the second before, at and after) and every three days of
 * those years: CPython picks the instants ({@link PythonTime.Session#askAtChanges}), so a change the
 * runtime misses is still asked about. All tries, and the shrinking of a failure, ask one CPython
 * process.
 *
 * <p>The months of {@code Mm.n.d} rules stay within 1 to 12, and a broken string that still leaves a
 * month rule outside them is not tried: glibc indexes its month table with the month of a rule that
 * failed to parse, and one of 0 or above 12 reads memory outside the table (undefined behaviour, see
 * {@link TzString#monthOutOfRange()}).
 */
class TzStringPropertyTest {
  private static PythonTime.Session python;

  @BeforeContainer
  static void startPython() {
    python = new PythonTime.Session();
  }

  @AfterContainer
  static void stopPython() throws Exception {
    if (python != null) {
      python.close();
    }
  }

  @Property(tries = 500, seed = "4242021")
  void localtimeUnderAnyTzStringEqualsCPythons(@ForAll("tzStrings") String tz) {
    TzZone zone = TzDatabase.forTzVariable(tz);
    // A broken string can still leave a month rule outside 1 to 12 ('AAA0M14'): undefined in glibc.
    Assume.that(!(zone instanceof TzString s && s.monthOutOfRange()));
    List<PythonTime.Result> theirs = python.askAtChanges(tz);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (PythonTime.Result r : theirs) {
      StructTime t = Time.localtimeIn(r.epochSecond(), zone);
      String want = r.repr() + " " + r.zone() + " " + r.gmtoff();
      String got = t + " " + t.tm_zone() + " " + t.tm_gmtoff();
      if (!want.equals(got)) {
        expected.add(r.epochSecond() + ": " + want);
        actual.add(r.epochSecond() + ": " + got);
      }
    }
    assertEquals(String.join("\n", expected.subList(0, Math.min(5, expected.size()))),
        String.join("\n", actual.subList(0, Math.min(5, actual.size()))),
        "TZ=" + tz + ": " + expected.size() + " of " + theirs.size() + " instants differ");
  }

  @Provide
  Arbitrary<String> tzStrings() {
    Arbitrary<String> wellFormed = Combinators.combine(name(), offset(), daylight())
        .as((std, offset, dst) -> std + offset + dst);
    Arbitrary<String> broken = Combinators.combine(wellFormed, Arbitraries.integers().between(0, 40),
        Arbitraries.of("", ",", ".", "/", ":", "<", ">", "-", "+", " ", "9", "M", "J", "x"))
        .as((s, at, insert) -> {
          int cut = Math.min(at, s.length());
          return s.substring(0, cut) + insert + (insert.isEmpty() ? "" : s.substring(cut));
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, wellFormed), net.jqwik.api.Tuple.of(2, broken));
  }

  private static Arbitrary<String> name() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
        .ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> quoted = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars('+', '-').ofMinLength(1).ofMaxLength(6).map(s -> "<" + s + ">");
    return Arbitraries.oneOf(letters, quoted);
  }

  /** {@code [+-]hh[:mm[:ss]]}, values past their ranges included (glibc clamps them). */
  private static Arbitrary<String> offset() {
    Arbitrary<String> sign = Arbitraries.of("", "", "+", "-");
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 30);
    Arbitrary<String> rest = Arbitraries.of("", "", ":30", ":45", ":5", ":59:59", ":60", ":0:61", ":15:20");
    return Combinators.combine(sign, hours, rest).as((s, h, r) -> s + h + r);
  }

  /** Nothing, or a daylight-saving name, maybe its offset, maybe rules. */
  private static Arbitrary<String> daylight() {
    Arbitrary<String> rules = Combinators.combine(rule(), rule()).as((a, b) -> "," + a + "," + b);
    Arbitrary<String> dst = Combinators.combine(name(), Arbitraries.oneOf(Arbitraries.just(""), offset()),
        Arbitraries.oneOf(Arbitraries.just(""), rules, rules, rules))
        .as((n, o, r) -> n + o + r);
    return Arbitraries.oneOf(Arbitraries.just(""), dst, dst);
  }

  /** {@code Jn}, {@code n} or {@code Mm.w.d}, and maybe {@code /time}; days and weeks past range too. */
  private static Arbitrary<String> rule() {
    Arbitrary<String> julian = Arbitraries.integers().between(0, 370).map(n -> "J" + n);
    Arbitrary<String> zeroBased = Arbitraries.integers().between(0, 370).map(String::valueOf);
    Arbitrary<String> month = Combinators.combine(Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 8))
        .as((m, w, d) -> "M" + m + "." + w + "." + d);
    Arbitrary<String> time = Combinators.combine(Arbitraries.of("", "-"),
        Arbitraries.integers().between(0, 170), Arbitraries.of("", ":30", ":59:59", ":0:1"))
        .as((s, h, r) -> "/" + s + h + r);
    return Combinators.combine(Arbitraries.oneOf(julian, zeroBased, month, month),
        Arbitraries.oneOf(Arbitraries.just(""), time)).as((day, t) -> day + t);
  }
}
