package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.five;
import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.processor.samples.FiveRecord;
import io.structseq.processor.samples.Five_InnerRecord;
import io.structseq.processor.samples.PairRecord;
import io.structseq.processor.samples.VersionRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code toString()} is CPython's repr of the struct sequence; the expected strings were printed by
 * CPython ({@code repr(time.gmtime(...))}, {@code repr(x)} for each value).
 */
class ReprTest {

  @Test
  void structTimeAsCPythonPrintsIt() {
    assertEquals("time.struct_time(tm_year=2024, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=30,"
        + " tm_sec=45, tm_wday=0, tm_yday=1, tm_isdst=0)", time().toString());
  }

  @Test
  void hiddenFieldsAreNotShown() {
    String repr = time().withTm_zone("CEST").withTm_gmtoff(7200).toString();
    assertEquals(time().toString(), repr);
  }

  @Test
  void statResultShowsUnnamedFieldsByTheirLabels() {
    assertEquals("os.stat_result(st_mode=33188, st_ino=1234567, st_dev=2049, st_nlink=1,"
        + " st_uid=1000, st_gid=1000, st_size=4096, st_atime=1700000000, st_mtime=1700000001,"
        + " st_ctime=1700000002)", stat().toString());
  }

  @Test
  void negativeAndExtremeIntegers() {
    assertEquals("time.struct_time(tm_year=-2147483648, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=30,"
        + " tm_sec=45, tm_wday=0, tm_yday=1, tm_isdst=-1)",
        time().withTm_year(Integer.MIN_VALUE).withTm_isdst(-1).toString());
    assertEquals("os.stat_result(st_mode=33188, st_ino=9223372036854775807, st_dev=-1,"
        + " st_nlink=1, st_uid=1000, st_gid=1000, st_size=4096, st_atime=1700000000,"
        + " st_mtime=1700000001, st_ctime=1700000002)",
        stat().withSt_ino(Long.MAX_VALUE).withSt_dev(-1L).toString());
  }

  @Test
  void unnamedFieldWithoutLabelShowsItsIndex() {
    assertEquals("test.mixed(a=1, unnamed@1=2, c='x')", new MixedRecord(1, 2L, "x", 0.5).toString());
    assertEquals("test.all_unnamed(unnamed@0=3, unnamed@1=4)", new AllUnnamedRecord(3, 4).toString());
  }

  @Test
  void pythonValueReprs() {
    assertEquals("Five(count=3, ratio=0.5, label='three', enabled=True, tags=['a', 'b'])",
        five().toString());
    assertEquals("Five(count=-1, ratio=0.1, label='', enabled=False, tags=None)",
        new FiveRecord(-1, 0.1, "", false, null).toString());
    assertEquals("Five(count=0, ratio=1e+16, label='x', enabled=True, tags=[])",
        new FiveRecord(0, 1e16, "x", true, List.of()).toString());
    assertEquals("Five(count=0, ratio=1e-05, label='x', enabled=True, tags=['a', None])",
        new FiveRecord(0, 1e-5, "x", true, Arrays.asList("a", null)).toString());
  }

  @Test
  void floatsAsPythonsShortestRepr() {
    // repr() of each float in CPython.
    Object[][] cases = {
        {0.5, "0.5"}, {0.1, "0.1"}, {1e16, "1e+16"}, {1e-5, "1e-05"},
        {Double.POSITIVE_INFINITY, "inf"}, {Double.NEGATIVE_INFINITY, "-inf"},
        {Double.NaN, "nan"}, {-0.0, "-0.0"}, {0.0, "0.0"}, {1.0 / 3, "0.3333333333333333"},
        {123456789012345678.0, "1.2345678901234568e+17"}, {2.5e-7, "2.5e-07"},
        {1e15, "1000000000000000.0"}, {100.0, "100.0"},
    };
    for (Object[] c : cases) {
      FiveRecord f = new FiveRecord(0, (Double) c[0], "x", true, null);
      assertEquals("Five(count=0, ratio=" + c[1] + ", label='x', enabled=True, tags=None)",
          f.toString(), String.valueOf(c[0]));
    }
  }

  @Test
  void stringsWithPythonsQuotingAndEscapes() {
    // repr() of each str in CPython.
    String[][] cases = {
        {"it's", "\"it's\""},
        {"say \"hi\"", "'say \"hi\"'"},
        {"both ' and \"", "'both \\' and \"'"},
        {"tab\tnl\nnul\0", "'tab\\tnl\\nnul\\x00'"},
        {"caf\u00e9", "'caf\u00e9'"},
        {"zw\u200bsp", "'zw\\u200bsp'"},
        {"back\\slash", "'back\\\\slash'"},
        {"\u007f", "'\\x7f'"},
        {"\u00a0", "'\\xa0'"},
        {"emoji \ud83d\ude00", "'emoji \ud83d\ude00'"},
    };
    for (String[] c : cases) {
      assertEquals("Five(count=0, ratio=0.0, label=" + c[1] + ", enabled=False, tags=None)",
          new FiveRecord(0, 0.0, c[0], false, null).toString(), c[1]);
    }
  }

  @Test
  void charFloatAndObjectFields() {
    assertEquals("five.inner(letter='x', weight=0.5, payload=None)",
        new Five_InnerRecord('x', 0.5f, null).toString());
    assertEquals("five.inner(letter=\"'\", weight=-0.0, payload=1e+16)",
        new Five_InnerRecord('\'', -0.0f, 1e16).toString());
    assertEquals("five.inner(letter='\\n', weight=inf, payload={'k': [1, 2.5, True]})",
        new Five_InnerRecord('\n', Float.POSITIVE_INFINITY, Map.of("k", List.of(1, 2.5, true)))
            .toString());
    assertEquals("five.inner(letter='\\x00', weight=nan, payload=-3)",
        new Five_InnerRecord('\0', Float.NaN, -3L).toString());
  }

  @Test
  void nestedStructSequencesPrintTheirOwnRepr() {
    PairRecord<PairRecord<String, Integer>, Double> nested =
        new PairRecord<>(new PairRecord<>("a", 1), 2.5);
    assertEquals("Pair(first=Pair(first='a', second=1), second=2.5)", nested.toString());
    assertEquals("five.inner(letter='v', weight=1.5,"
        + " payload=sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0))",
        new Five_InnerRecord('v', 1.5f, new VersionRecord(3, 13, 0, "final", 0)).toString());
    // A struct sequence inside a plain list field is still its own repr, not a bracketed list.
    assertEquals("Pair(first=[Pair(first='a', second=1)], second='z')",
        new PairRecord<>(List.of(new PairRecord<>("a", 1)), "z").toString());
  }

  @Test
  void versionInfoAsCPythonPrintsIt() {
    assertEquals(
        "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
        new VersionRecord(3, 11, 7, "final", 0).toString());
  }

  @Test
  void inheritedAndNullableFields() {
    assertEquals("test.derived(id=1, name='one', nickname=None)",
        new DerivedRecord(1, "one", null, "hidden note").toString());
  }
}
