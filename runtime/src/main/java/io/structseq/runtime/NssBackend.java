package io.structseq.runtime;

import java.util.List;
import java.util.function.IntToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One way of reaching the C library's name service switch (NSS) for {@link Pwd} and {@link Grp}: the
 * FFM backend on JDK 22 and later, or {@link NssUnavailable}. {@link Backends} picks one when
 * the first lookup runs.
 *
 * <p>Names arrive already encoded as the C library sees them ({@link FsCodec#encode}) and ids as the
 * raw 32 bits of a {@code uid_t}/{@code gid_t}; a lookup that finds nothing answers {@code null}, and
 * the caller words the error as CPython does.
 */
interface NssBackend {
  /**
   * Returns the size a native backend's lookup buffer starts at: what {@code sysconf(name)} gives, or
   * CPython's {@code DEFAULT_BUFFER_SIZE} (1024) when it gives no limit; {@code forced} instead when
   * it is positive (tests whose buffers must meet {@code ERANGE}).
   *
   * @param forced a size, or 0
   * @param name {@code _SC_GETPW_R_SIZE_MAX} or {@code _SC_GETGR_R_SIZE_MAX}
   * @param sysconf the backend's {@code sysconf}
   */
  static long initialBufferSize(long forced, int name, IntToLongFunction sysconf) {
    if (forced > 0) {
      return forced;
    }
    long size = sysconf.applyAsLong(name);
    return size > 0 ? size : 1024;
  }

  /** The backend of this JVM, chosen when the first lookup runs. */
  NssBackend CURRENT = Backends.nss();

  /**
   * A {@code uid_t} or {@code gid_t} as CPython's {@code _PyLong_FromUid} shows it: {@code (uid_t) -1}
   * stays {@code -1}, every other value is unsigned.
   */
  static long id(int raw) {
    return raw == -1 ? -1 : Integer.toUnsignedLong(raw);
  }

  /** {@code getpwnam_r}: the entry, or {@code null} when no user has this name. */
  @Nullable StructPasswd passwdByName(byte[] name);

  /** {@code getpwuid_r}: the entry, or {@code null} when no user has this id. */
  @Nullable StructPasswd passwdById(int uid);

  /** {@code setpwent}, {@code getpwent_r} until the end, {@code endpwent}: every entry in the C library's order. */
  List<StructPasswd> passwdAll();

  /** {@code getgrnam_r}: the entry, or {@code null} when no group has this name. */
  @Nullable StructGroup groupByName(byte[] name);

  /** {@code getgrgid_r}: the entry, or {@code null} when no group has this id. */
  @Nullable StructGroup groupById(int gid);

  /** {@code setgrent}, {@code getgrent_r} until the end, {@code endgrent}: every entry in the C library's order. */
  List<StructGroup> groupAll();
}
