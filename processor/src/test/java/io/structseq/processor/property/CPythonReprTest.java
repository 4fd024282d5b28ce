package io.structseq.processor.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.testing.CPython;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The oracle of the toString property, {@link CPythonRepr}, on values whose repr is checked by hand;
 * skips visibly without CPython (fails in CI), where the property compares only the labels.
 */
class CPythonReprTest {

  @Test
  void handCheckedReprs() {
    CPython.require();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("k", List.of(1e16));
    map.put("\u00e9", null);
    assertEquals("os.t(a=1, b=\"it's\", c=0.1, d=[1, 2], e=None, f={'k': [1e+16], '\u00e9': None})",
        CPythonRepr.structRepr("os.t", List.of("a", "b", "c", "d", "e", "f"),
            Arrays.asList(1, "it's", 0.1f, new int[] {1, 2}, null, map)));
    assertEquals("t(x='\\ud800', y='\u00e9', n_z=nan, w=16777216.0, v=3.4028235e+38, u=-0.0, s=True, r=MONDAY)",
        CPythonRepr.structRepr("t", List.of("x", "y", "n_z", "w", "v", "u", "s", "r"),
            List.of("\ud800", '\u00e9', Double.NaN, 16777216f, Float.MAX_VALUE, -0.0, true, DayOfWeek.MONDAY)));
    assertEquals("t(a=1267650600228229401496703205376, b=-9223372036854775808, c=[[], ['\\n', None]], d=1e-45)",
        CPythonRepr.structRepr("t", List.of("a", "b", "c", "d"), List.of(BigInteger.ONE.shiftLeft(100),
            Long.MIN_VALUE, List.of(new int[0], new String[] {"\n", null}), Float.MIN_VALUE)));
    assertEquals("t()", CPythonRepr.structRepr("t", List.of(), List.of()));
  }

  @Test
  void noOracleWhereTheUnicodeVersionsDisagree() {
    // U+1C89 CYRILLIC CAPITAL LETTER TJE: assigned in Unicode 16 (JDK 24+, CPython 3.14+).
    String tje = "\u1c89";
    boolean printableInCPython = CPython.run("print(chr(0x1c89).isprintable())").equals("True\n");
    boolean printableHere = Character.getType(0x1c89) == Character.UPPERCASE_LETTER;
    String repr = CPythonRepr.structRepr("t", List.of("a", "b"), List.of(List.of("x", tje), 1));
    if (printableInCPython == printableHere) {
      assertEquals(printableHere ? "t(a=['x', '\u1c89'], b=1)" : "t(a=['x', '\\u1c89'], b=1)", repr);
    } else {
      assertEquals(null, repr, "CPython and JDK " + Runtime.version().feature() + " disagree on U+1C89");
    }
  }
}
