package example.kapt

import io.structseq.Hidden
import io.structseq.StructSeq
import io.structseq.StructSequence
import io.structseq.Unnamed

/** A point on the plane. */
@StructSeq(name = "kapt.point")
interface Point : StructSequence {
  /** the abscissa */
  fun x(): Int

  /** the ordinate */
  fun y(): Int

  /** what the point marks */
  @Hidden fun label(): String

  /** The distance from the origin, squared: a function with a body, not a field. */
  fun norm2(): Int = x() * x() + y() * y()
}

/** A file, as a Kotlin user declares one: with properties. */
@StructSeq(name = "kapt.file")
interface FileStat : StructSequence {
  /** size in bytes */
  val size_bytes: Long

  /** whether the file is open */
  val isOpen: Boolean

  /** the owner, when known */
  val owner: String?

  /** where the file is */
  val path: String

  /** the modification time in whole seconds */
  @get:Unnamed(label = "st_mtime")
  val mtime_sec: Long

  /** the modification time in nanoseconds */
  @get:Hidden
  val mtime_ns: Long

  /** A derived value: a property with a getter stays the interface's default method. */
  val size_kib: Long get() = size_bytes / 1024
}
