package example.kotlin.app

import example.kotlin.records.Reading
import io.structseq.runtime.Os
import io.structseq.runtime.Pwd
import java.nio.file.Path

// Each function assigns a nullable field to a non-null type: Kotlin must refuse every one.

fun gecos(): String = Pwd.getpwuid(0).pw_gecos()

fun blocks(path: Path): Long = Os.lstat(path).st_blocks()

fun unit(reading: Reading): String = reading.unit()
