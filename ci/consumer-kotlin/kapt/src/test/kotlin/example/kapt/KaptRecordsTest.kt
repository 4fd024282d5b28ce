package example.kapt

import io.structseq.StructField
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The records kapt generated from the Kotlin interfaces of Shapes.kt, used from Kotlin. */
class KaptRecordsTest {
  private fun file(owner: String? = "ann") =
    FileStatRecord(2048L, true, owner, "/tmp/f", 1_700_000_000L, 1_700_000_000_123_456_789L)

  @Test
  fun functionsAreFields() {
    val p = PointRecord(3, 4, "home")
    assertEquals("kapt.point(x=3, y=4)", p.toString())
    assertEquals(listOf("x", "y", "label"), PointRecord.TYPE.fields().map(StructField::name))
    assertEquals(listOf("the abscissa", "the ordinate", "what the point marks"),
      PointRecord.TYPE.fields().map(StructField::doc))
    assertEquals("A point on the plane.", PointRecord.TYPE.doc())
    assertEquals(25, p.norm2())
    val (x, y) = p
    assertEquals(3, x)
    assertEquals(4, y)
    assertEquals(PointRecord(3, 4, "away"), p)
    val q = PointRecord.TYPE.fromSequence(listOf(1, 2), mapOf("label" to "there"))
    assertEquals("there", q.label())
  }

  @Test
  fun propertiesAreFieldsNamedAfterThem() {
    val f = file()
    assertEquals("kapt.file(size_bytes=2048, isOpen=True, owner='ann', path='/tmp/f', st_mtime=1700000000)",
      f.toString())
    assertEquals(listOf("size_bytes", "isOpen", "owner", "path", "mtime_sec", "mtime_ns"),
      FileStatRecord.TYPE.fields().map(StructField::name))
    assertEquals(listOf("size in bytes", "whether the file is open", "the owner, when known", "where the file is",
      "the modification time in whole seconds", "the modification time in nanoseconds"),
      FileStatRecord.TYPE.fields().map(StructField::doc))
    assertEquals("A file, as a Kotlin user declares one: with properties.", FileStatRecord.TYPE.doc())
    assertEquals(2048L, f.get("size_bytes"))
    assertEquals(1_700_000_000_123_456_789L, f.get("mtime_ns"))
    assertEquals(listOf("size_bytes", "isOpen", "owner", "path", "mtime_ns"), f.asMap().keys.toList())
    assertEquals(5, f.size)
    // The interface's properties, read through the interface: the record implements their getters.
    val stat: FileStat = f
    assertEquals(2048L, stat.size_bytes)
    assertTrue(stat.isOpen)
    assertEquals("ann", stat.owner)
    assertEquals(1_700_000_000_123_456_789L, stat.mtime_ns)
    assertEquals(2L, stat.size_kib)
    assertFalse(FileStatRecord.TYPE.field("size_kib").isPresent)
    assertEquals(4096L, f.withSize_bytes(4096L).size_bytes)
  }

  @Test
  fun fromSequenceTakesHiddenFieldsByPropertyName() {
    val f = FileStatRecord.TYPE.fromSequence(listOf(2048L, true, "ann", "/tmp/f", 1_700_000_000L),
      mapOf("mtime_ns" to 5L))
    assertEquals(5L, f.mtime_ns)
    val e = assertThrows(IllegalArgumentException::class.java) {
      FileStatRecord.TYPE.fromSequence(listOf(2048L, true, "ann", "/tmp/f", 1_700_000_000L),
        mapOf("getMtime_ns" to 5L))
    }
    assertEquals("kapt.file() got duplicate or unexpected field name(s)", e.message)
  }

  @Test
  fun nullability() {
    assertEquals(listOf(false, false, true, false, false, false),
      FileStatRecord.TYPE.fields().map(StructField::isNullable))
    val ownerless = file(owner = null)
    assertNull(ownerless.owner)
    assertEquals("kapt.file(size_bytes=2048, isOpen=True, owner=None, path='/tmp/f', st_mtime=1700000000)",
      ownerless.toString())
    val values = mutableListOf<Any?>(2048L, true, "ann", null, 1L)
    val e = assertThrows(NullPointerException::class.java) {
      FileStatRecord.TYPE.fromSequence(values, mapOf("mtime_ns" to 5L))
    }
    assertEquals("kapt.file.path is null", e.message)
  }

  @Test
  fun runsOnTheExpectedJdk() {
    val expected = System.getProperty("consumer.expected.jdk").orEmpty()
    if (expected.isNotEmpty()) {
      assertEquals(expected.toInt(), Runtime.version().feature())
    }
  }

  @Test
  fun destructuring() {
    val (size, open, owner, path, mtime) = file()
    assertEquals(2048L, size)
    assertEquals(true, open)
    assertEquals("ann", owner)
    assertEquals("/tmp/f", path)
    assertEquals(1_700_000_000L, mtime)
  }
}
