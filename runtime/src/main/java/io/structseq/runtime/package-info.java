/**
 * Results of operating-system and platform queries as CPython reports them, built with the
 * structseq processor: each result type is a {@code @StructSeq} interface whose record the
 * processor generates.
 *
 * <ul>
 *   <li>{@link io.structseq.runtime.Os#stat Os.stat} and {@link io.structseq.runtime.Os#lstat
 *       Os.lstat} return {@link io.structseq.runtime.StatResult} ({@code os.stat_result});
 *   <li>{@link io.structseq.runtime.Time#gmtime Time.gmtime} and
 *       {@link io.structseq.runtime.Time#localtime(long) Time.localtime} return
 *       {@link io.structseq.runtime.StructTime} ({@code time.struct_time}), read from the system's
 *       tz database as glibc reads it;
 *   <li>{@link io.structseq.runtime.Sys#versionInfo() Sys.versionInfo} returns
 *       {@link io.structseq.runtime.VersionInfo} ({@code sys.version_info}) for the running JVM.
 * </ul>
 *
 * <p>Values and {@code toString()} equal CPython's on Linux with glibc; each method documents where
 * they cannot.
 */
package io.structseq.runtime;
