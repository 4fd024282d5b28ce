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
 *       {@link io.structseq.runtime.VersionInfo} ({@code sys.version_info}) for the running JVM;
 *   <li>CPython's other struct sequences on Linux: {@link io.structseq.runtime.Os#statvfs Os.statvfs},
 *       {@link io.structseq.runtime.Os#uname Os.uname},
 *       {@link io.structseq.runtime.Os#getTerminalSize() Os.getTerminalSize},
 *       {@link io.structseq.runtime.Os#times Os.times},
 *       {@link io.structseq.runtime.Os#schedGetparam Os.schedGetparam},
 *       {@link io.structseq.runtime.Resource#getrusage Resource.getrusage},
 *       {@link io.structseq.runtime.Sys#floatInfo Sys.floatInfo},
 *       {@link io.structseq.runtime.Sys#threadInfo Sys.threadInfo}, and the user and group databases
 *       through the C library's NSS, {@link io.structseq.runtime.Pwd} and {@link io.structseq.runtime.Grp}.
 * </ul>
 *
 * <p>Values and {@code toString()} equal CPython's on Linux with glibc; each method documents where
 * they cannot.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}. A field is {@code @Nullable}
 * where CPython can show {@code None} or the running JDK cannot read it, such as
 * {@link io.structseq.runtime.StatResult#st_blocks()} or {@link io.structseq.runtime.StructPasswd#pw_gecos()}.
 */
@NullMarked
package io.structseq.runtime;

import org.jspecify.annotations.NullMarked;
