package io.structseq.processor.behaviour;

import static io.structseq.processor.behaviour.Fixtures.five;
import static io.structseq.processor.behaviour.Fixtures.stat;
import static io.structseq.processor.behaviour.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.structseq.StructField;
import io.structseq.StructType;
import io.structseq.processor.samples.FiveRecord;
import io.structseq.processor.samples.Five_InnerRecord;
import io.structseq.processor.samples.PairRecord;
import io.structseq.processor.samples.StatLikeRecord;
import io.structseq.processor.samples.TimeLikeRecord;
import io.structseq.processor.samples.VersionRecord;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code StructType} and {@code StructField}: names, counts (CPython's {@code n_sequence_fields},
 * {@code n_fields}, {@code n_unnamed_fields}), field order, kinds, types and docs.
 */
class MetadataTest {

  @Test
  void countsMatchCPythonsStatResult() {
    // os.stat_result.n_sequence_fields, n_fields, n_unnamed_fields on CPython: 10, 19, 3.
    StructType<StatLikeRecord> type = StatLikeRecord.TYPE;
    assertEquals(10, type.sequenceSize());
    assertEquals(19, type.fieldCount());
    assertEquals(3, type.unnamedCount());
  }

  @Test
  void countsOfTheOtherTypes() {
    // time.struct_time on CPython: 9, 11, 0.
    assertCounts(TimeLikeRecord.TYPE, 9, 11, 0);
    assertCounts(FiveRecord.TYPE, 5, 5, 0);
    assertCounts(Five_InnerRecord.TYPE, 3, 3, 0);
    assertCounts(PairRecord.TYPE, 2, 2, 0);
    assertCounts(VersionRecord.TYPE, 5, 5, 0);
    assertCounts(AllUnnamedRecord.TYPE, 2, 2, 2);
    assertCounts(MixedRecord.TYPE, 3, 4, 1);
    assertCounts(MeasuredRecord.TYPE, 1, 8, 0);
    assertCounts(DerivedRecord.TYPE, 3, 4, 0);
  }

  private static void assertCounts(StructType<?> type, int sequence, int fields, int unnamed) {
    assertEquals(sequence, type.sequenceSize(), type.name() + " sequenceSize");
    assertEquals(fields, type.fieldCount(), type.name() + " fieldCount");
    assertEquals(unnamed, type.unnamedCount(), type.name() + " unnamedCount");
    assertEquals(fields, type.fields().size(), type.name() + " fields().size()");
  }

  @Test
  void names() {
    assertEquals("os.stat_result", StatLikeRecord.TYPE.name());
    assertEquals("time.struct_time", TimeLikeRecord.TYPE.name());
    assertEquals("sys.version_info", VersionRecord.TYPE.name());
    assertEquals("five.inner", Five_InnerRecord.TYPE.name());
    // Without a name in @StructSeq, the interface's simple name.
    assertEquals("Five", FiveRecord.TYPE.name());
    assertEquals("Pair", PairRecord.TYPE.name());
  }

  @Test
  void structTypeOfAnInstanceIsTheTypeConstant() {
    assertSame(StatLikeRecord.TYPE, stat().structType());
    assertSame(TimeLikeRecord.TYPE, time().structType());
    assertSame(FiveRecord.TYPE, five().structType());
    assertSame(PairRecord.TYPE, new PairRecord<>("a", 1).structType());
  }

  @Test
  void fieldsInCanonicalOrderWithTheirIndexes() {
    List<StructField> fields = StatLikeRecord.TYPE.fields();
    assertEquals(
        List.of("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime_sec", "st_mtime_sec", "st_ctime_sec",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
            "st_blksize", "st_blocks", "st_rdev"),
        fields.stream().map(StructField::name).collect(Collectors.toList()));
    for (int i = 0; i < fields.size(); i++) {
      assertEquals(i, fields.get(i).index(), fields.get(i).name());
    }
  }

  @Test
  void hiddenFieldsComeAfterVisibleOnesWhateverTheDeclarationOrder() {
    // Mixed declares its hidden field last anyway; Derived inherits id() from Base first.
    assertEquals(List.of("id", "name", "nickname", "note"),
        DerivedRecord.TYPE.fields().stream().map(StructField::name).collect(Collectors.toList()));
    assertEquals(List.of("a", "secret", "c", "h"),
        MixedRecord.TYPE.fields().stream().map(StructField::name).collect(Collectors.toList()));
  }

  @Test
  void fieldsListIsImmutable() {
    List<StructField> fields = TimeLikeRecord.TYPE.fields();
    assertThrows(UnsupportedOperationException.class, () -> fields.remove(0));
    assertThrows(UnsupportedOperationException.class, fields::clear);
    assertEquals(11, TimeLikeRecord.TYPE.fields().size());
  }

  @Test
  void fieldKinds() {
    StructType<StatLikeRecord> type = StatLikeRecord.TYPE;
    for (StructField f : type.fields()) {
      int i = f.index();
      assertEquals(i >= 10, f.isHidden(), f.name() + " hidden");
      assertEquals(i >= 7 && i <= 9, f.isUnnamed(), f.name() + " unnamed");
      assertEquals(i == 16 || i == 17, f.isNullable(), f.name() + " nullable");
    }
  }

  @Test
  void nullableFromTypeUseAndDeclarationAnnotations() {
    // samples.Nullable is a TYPE_USE annotation, behaviour.Nullable a METHOD annotation.
    assertTrue(FiveRecord.TYPE.field("tags").orElseThrow().isNullable());
    assertFalse(FiveRecord.TYPE.field("label").orElseThrow().isNullable());
    assertTrue(Five_InnerRecord.TYPE.field("payload").orElseThrow().isNullable());
    assertTrue(DerivedRecord.TYPE.field("nickname").orElseThrow().isNullable());
    assertTrue(DerivedRecord.TYPE.field("note").orElseThrow().isNullable());
    assertFalse(DerivedRecord.TYPE.field("name").orElseThrow().isNullable());
    assertTrue(MeasuredRecord.TYPE.field("extra").orElseThrow().isNullable());
  }

  @Test
  void fieldTypesArePrimitivesOrErasures() {
    StructType<StatLikeRecord> stat = StatLikeRecord.TYPE;
    assertEquals(int.class, stat.field("st_mode").orElseThrow().type());
    assertEquals(long.class, stat.field("st_ino").orElseThrow().type());
    assertEquals(double.class, stat.field("st_atime").orElseThrow().type());
    assertEquals(Long.class, stat.field("st_blksize").orElseThrow().type());
    assertEquals(long.class, stat.fields().get(7).type());
    assertEquals(String.class, TimeLikeRecord.TYPE.field("tm_zone").orElseThrow().type());
    assertEquals(List.class, FiveRecord.TYPE.field("tags").orElseThrow().type());
    assertEquals(boolean.class, FiveRecord.TYPE.field("enabled").orElseThrow().type());
    assertEquals(char.class, Five_InnerRecord.TYPE.field("letter").orElseThrow().type());
    assertEquals(float.class, Five_InnerRecord.TYPE.field("weight").orElseThrow().type());
    assertEquals(Object.class, Five_InnerRecord.TYPE.field("payload").orElseThrow().type());
    assertEquals(byte.class, MeasuredRecord.TYPE.field("tiny").orElseThrow().type());
    assertEquals(short.class, MeasuredRecord.TYPE.field("small").orElseThrow().type());
  }

  @Test
  void fieldLookupByName() {
    StructType<StatLikeRecord> type = StatLikeRecord.TYPE;
    StructField atime = type.field("st_atime").orElseThrow();
    assertEquals(10, atime.index());
    assertTrue(atime.isHidden());
    assertEquals(0, type.field("st_mode").orElseThrow().index());
    // Unnamed fields have no name here, as in get(String).
    assertTrue(type.field("st_atime_sec").isEmpty());
    assertTrue(type.field("st_foo").isEmpty());
    assertTrue(AllUnnamedRecord.TYPE.field("left").isEmpty());
    assertTrue(MixedRecord.TYPE.field("secret").isEmpty());
    assertTrue(TimeLikeRecord.TYPE.field("isLeapYear").isEmpty());
  }

  @Test
  void unnamedFieldsKeepTheirAccessorNameAndLabel() {
    StructField atimeSec = StatLikeRecord.TYPE.fields().get(7);
    assertEquals("st_atime_sec", atimeSec.name());
    assertEquals("st_atime", atimeSec.label());
    assertTrue(atimeSec.isUnnamed());
    assertFalse(atimeSec.isHidden());
    StructField secret = MixedRecord.TYPE.fields().get(1);
    assertEquals("secret", secret.name());
    assertEquals("unnamed@1", secret.label());
    assertEquals("a", MixedRecord.TYPE.fields().get(0).label());
  }

  @Test
  void typeDocsComeFromTheInterfaceJavadocTrimmed() {
    assertEquals("stat_result: Result from stat, fstat, or lstat.", StatLikeRecord.TYPE.doc());
    // A multi-line comment: leading stars and surrounding blank lines are gone.
    assertEquals("The time value as returned by gmtime(), localtime(), and strptime().",
        TimeLikeRecord.TYPE.doc());
    assertEquals("Five visible fields of mixed types.", FiveRecord.TYPE.doc());
    assertEquals("Nested in an interface: named Five_InnerRecord.", Five_InnerRecord.TYPE.doc());
    assertEquals("Two values.", PairRecord.TYPE.doc());
  }

  @Test
  void fieldDocsComeFromTheMethodJavadoc() {
    StructType<StatLikeRecord> stat = StatLikeRecord.TYPE;
    assertEquals("protection bits", stat.field("st_mode").orElseThrow().doc());
    assertEquals("integer time of last access", stat.fields().get(7).doc());
    assertEquals("time of last access", stat.field("st_atime").orElseThrow().doc());
    assertEquals("device type (if inode device)", stat.field("st_rdev").orElseThrow().doc());
    assertEquals("1 if summer time is in effect, 0 if not, and -1 if unknown",
        TimeLikeRecord.TYPE.field("tm_isdst").orElseThrow().doc());
    assertEquals("the first value", PairRecord.TYPE.field("first").orElseThrow().doc());
    // Inherited fields keep the doc of the interface that declares them.
    assertEquals("the identifier", DerivedRecord.TYPE.field("id").orElseThrow().doc());
  }

  @Test
  void missingDocsAreEmpty() {
    for (StructField f : FiveRecord.TYPE.fields()) {
      assertEquals("", f.doc(), f.name());
    }
    assertEquals("", VersionRecord.TYPE.field("major").orElseThrow().doc());
  }

  @Test
  void defaultAndStaticMethodsAreKeptAndAreNotFields() {
    assertTrue(time().withTm_year(2000).isLeapYear());
    assertFalse(time().withTm_year(1900).isLeapYear());
    assertFalse(time().withTm_year(2023).isLeapYear());
    assertEquals(11, TimeLikeRecord.TYPE.fieldCount());
    Derived d = Derived.of(3, "three");
    assertEquals("three", d.display());
    assertEquals(Arrays.asList(3, "three", null), d);
    assertEquals("tres", new DerivedRecord(3, "three", "tres", null).display());
  }
}
