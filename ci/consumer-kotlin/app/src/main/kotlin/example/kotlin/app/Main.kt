package example.kotlin.app

import example.kotlin.records.Reading
import example.kotlin.records.ReadingRecord
import io.structseq.runtime.Os
import io.structseq.runtime.Pwd
import io.structseq.runtime.StatResult
import io.structseq.runtime.Sys
import java.nio.file.Path

/** Prints what the runtime and the user's records give, through Kotlin's view of their types. */
fun main(args: Array<String>) {
    val st: StatResult = Os.lstat(Path.of(args[0]))
    // Typed accessors: Int and Long, no casts.
    val mode: Int = st.st_mode()
    val ino: Long = st.st_ino()
    // Destructuring reads the visible values through List, in order.
    val (m, i, d) = st
    check(m == mode && i == ino && d == st.st_dev()) { "destructuring disagrees with the accessors: $st" }
    // Null where the running JDK cannot read it: Long?, so the caller decides.
    val blocks: Long? = st.st_blocks()
    println("lstat: mode=${Integer.toOctalString(mode)} ino=$ino dev=$d blocks=${blocks ?: "unknown"}")

    // Through the C library: FFM on JDK 22+ with native access, jnr-ffi before.
    val root = Pwd.getpwuid(0)
    val uid: Long = root.pw_uid()
    // Null where the C library left the field NULL: String?.
    val gecos: String? = root.pw_gecos()
    println("getpwuid: uid=$uid name=${root.pw_name()} gecos=${gecos ?: "None"}")

    val version = Sys.versionInfo()
    val major: Int = version.major()
    val (feature) = version
    check(feature == major) { "destructuring disagrees with major(): $version" }
    println("versionInfo: major=$major $version")

    val reading: Reading = ReadingRecord("thermo", 21.5, null, "calibrated")
    val unit: String? = reading.unit()
    val sensor: String = reading.sensor()
    val (name, value, shownUnit) = reading
    check(name == sensor && value == 21.5 && shownUnit == null) { "destructuring disagrees: $reading" }
    println("reading: $reading unit=${unit ?: "none"} note=${reading.note()}")
}
