package io.structseq.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The JDK 22 {@link NssBackend}: the C library's NSS functions through the Foreign Function &amp;
 * Memory API, as CPython's {@code pwd} and {@code grp} call them. Lookups call {@code getpwnam_r},
 * {@code getpwuid_r}, {@code getgrnam_r} and {@code getgrgid_r} with a per-thread buffer
 * ({@link Scratch#strings}) that starts at {@code sysconf(_SC_GETPW_R_SIZE_MAX)} (or
 * {@code _SC_GETGR_R_SIZE_MAX}; 1024 bytes when unlimited, as in CPython) and doubles on
 * {@code ERANGE}; any other failure means "not found", as in CPython. Enumerations run
 * {@code setpwent}, {@code getpwent} until it answers {@code NULL}, {@code endpwent} (and the
 * {@code grp} ones) while holding one lock per database, because the enumeration position is global to
 * the process.
 *
 * <p>It reads {@code struct passwd} and {@code struct group} at the offsets of this process's
 * {@link Abi}.
 */
final class NssFfmBackend implements NssBackend {


  /** Serializes {@link #passwdAll()}: setpwent/getpwent/endpwent share one process-wide position. */
  private static final Object PASSWD_ENUMERATION = new Object();
  /** Serializes {@link #groupAll()}, likewise. */
  private static final Object GROUP_ENUMERATION = new Object();

  /** Whether CPython's file-system encoding is UTF-8, the case {@link #string} reads fast. */
  private static final boolean UTF8 = FsCodec.CHARSET.equals(StandardCharsets.UTF_8);

  /**
   * The string buffer size each database needed last, shared by the threads: it starts at
   * {@code sysconf}'s answer and doubles on {@code ERANGE}, so that a large group costs its doublings
   * once, not on every lookup.
   */
  private volatile long passwdBufferSize;
  private volatile long groupBufferSize;

  private NssFfmBackend(long passwdBufferSize, long groupBufferSize) {
    this.passwdBufferSize = passwdBufferSize;
    this.groupBufferSize = groupBufferSize;
  }

  // int f(key, struct *, char *buf, size_t buflen, struct **result), errno captured: nss_wrapper
  // answers a short buffer with -1 and errno ERANGE instead of returning ERANGE.
  private static final FunctionDescriptor BY_NAME =
      FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
  private static final FunctionDescriptor BY_ID =
      FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
  // struct *getpwent(void), as CPython enumerates: the C library keeps the entry and its strings.
  private static final FunctionDescriptor ENTRY = FunctionDescriptor.of(ADDRESS);
  private static final FunctionDescriptor REWIND = FunctionDescriptor.ofVoid();

  /*
   * Each function, or each enumeration's three, is linked when first called, in a holder class of its
   * own (as in PosixFfmBackend): getpwnam alone links one handle, not ten. A function the C library
   * lacks leaves its handle null, and the call throws UnsupportedOperationException naming it.
   */
  private static final class Getpwnam {
    static final MethodHandle HANDLE = Libc.withErrno("getpwnam_r", BY_NAME).orElse(null);
  }

  private static final class Getpwuid {
    static final MethodHandle HANDLE = Libc.withErrno("getpwuid_r", BY_ID).orElse(null);
  }

  private static final class Getgrnam {
    static final MethodHandle HANDLE = Libc.withErrno("getgrnam_r", BY_NAME).orElse(null);
  }

  private static final class Getgrgid {
    static final MethodHandle HANDLE = Libc.withErrno("getgrgid_r", BY_ID).orElse(null);
  }

  private static final class PasswdEnumeration {
    static final MethodHandle SET = Libc.plain("setpwent", REWIND).orElse(null);
    static final MethodHandle NEXT = Libc.plain("getpwent", ENTRY).orElse(null);
    static final MethodHandle END = Libc.plain("endpwent", REWIND).orElse(null);
  }

  private static final class GroupEnumeration {
    static final MethodHandle SET = Libc.plain("setgrent", REWIND).orElse(null);
    static final MethodHandle NEXT = Libc.plain("getgrent", ENTRY).orElse(null);
    static final MethodHandle END = Libc.plain("endgrent", REWIND).orElse(null);
  }

  /** @return the handle, which the C library had */
  private static MethodHandle linked(MethodHandle handle, String function) {
    if (handle == null) {
      throw new UnsupportedOperationException("the C library of " + Backends.abi().name() + " has no " + function);
    }
    return handle;
  }

  /** @return the backend; each function is linked on its first call */
  static NssBackend createIfSupported() {
    return create(0);
  }

  /** For the tests: a backend whose buffers start at {@code size} bytes, so that they meet {@code ERANGE}. */
  static NssBackend withInitialBufferSize(long size) {
    return create(size);
  }

  /** Buffers start at {@code size} bytes, or as sysconf says when it is 0. */
  private static NssBackend create(long size) {
    return new NssFfmBackend(
        NssBackend.initialBufferSize(size, Lp64Linux.SC_GETPW_R_SIZE_MAX, Libc::sysconf),
        NssBackend.initialBufferSize(size, Lp64Linux.SC_GETGR_R_SIZE_MAX, Libc::sysconf));
  }

  @Override
  public @Nullable StructPasswd passwdByName(byte[] name) {
    Scratch s = Scratch.get();
    MemorySegment key = s.cString(name);
    MemorySegment strings = lookup("getpwnam", s, true,
        (state, entry, buf, len, result) -> (int) linked(Getpwnam.HANDLE, "getpwnam_r").invokeExact(state, key, entry, buf, len, result));
    return strings == null ? null : passwd(s.struct, strings);
  }

  @Override
  public @Nullable StructPasswd passwdById(int uid) {
    Scratch s = Scratch.get();
    MemorySegment strings = lookup("getpwuid", s, true,
        (state, entry, buf, len, result) -> (int) linked(Getpwuid.HANDLE, "getpwuid_r").invokeExact(state, uid, entry, buf, len, result));
    return strings == null ? null : passwd(s.struct, strings);
  }

  @Override
  public @Nullable StructGroup groupByName(byte[] name) {
    Scratch s = Scratch.get();
    MemorySegment key = s.cString(name);
    MemorySegment strings = lookup("getgrnam", s, false,
        (state, entry, buf, len, result) -> (int) linked(Getgrnam.HANDLE, "getgrnam_r").invokeExact(state, key, entry, buf, len, result));
    return strings == null ? null : group(s.struct, strings);
  }

  @Override
  public @Nullable StructGroup groupById(int gid) {
    Scratch s = Scratch.get();
    MemorySegment strings = lookup("getgrgid", s, false,
        (state, entry, buf, len, result) -> (int) linked(Getgrgid.HANDLE, "getgrgid_r").invokeExact(state, gid, entry, buf, len, result));
    return strings == null ? null : group(s.struct, strings);
  }

  @Override
  public List<StructPasswd> passwdAll() {
    return enumerate("pw", PASSWD_ENUMERATION, linked(PasswdEnumeration.SET, "setpwent"),
        linked(PasswdEnumeration.NEXT, "getpwent"), linked(PasswdEnumeration.END, "endpwent"),
        NssLayout.PASSWD, NssFfmBackend::passwd);
  }

  @Override
  public List<StructGroup> groupAll() {
    return enumerate("gr", GROUP_ENUMERATION, linked(GroupEnumeration.SET, "setgrent"),
        linked(GroupEnumeration.NEXT, "getgrent"), linked(GroupEnumeration.END, "endgrent"),
        NssLayout.GROUP, NssFfmBackend::group);
  }

  /**
   * Every entry of one database as CPython's {@code getpwall} reads it: {@code set*ent}, the
   * non-reentrant {@code get*ent} until it answers {@code NULL} (the end, or any error), {@code end*ent},
   * holding the database's lock throughout so that no other enumeration moves the shared position or
   * overwrites the C library's entry while it is read.
   */
  @SuppressWarnings("restricted")
  private static <T> List<T> enumerate(String db, Object lock, MethodHandle set, MethodHandle next,
      MethodHandle end, CStruct table, BiFunction<MemorySegment, MemorySegment, T> read) {
    List<T> all = new ArrayList<>();
    synchronized (lock) {
      call("set" + db + "ent", set);
      try {
        while (true) {
          MemorySegment entry;
          try {
            entry = (MemorySegment) next.invokeExact();
          } catch (Throwable t) {
            throw new IllegalStateException("calling get" + db + "ent failed", t);
          }
          if (entry.equals(MemorySegment.NULL)) {
            break;
          }
          all.add(read.apply(entry.reinterpret(table.size()), MemorySegment.NULL));
        }
      } finally {
        call("end" + db + "ent", end);
      }
    }
    return Collections.unmodifiableList(all);
  }

  /** One call of a {@code get*_r} function, with the key already bound. */
  @FunctionalInterface
  private interface Call {
    int invoke(MemorySegment callState, MemorySegment entry, MemorySegment buffer, long length,
        MemorySegment result) throws Throwable;
  }

  /**
   * Calls a {@code get*_r} function until its buffer is large enough: on {@code ERANGE}, returned as
   * POSIX says or as {@code -1} with {@code errno} {@code ERANGE} (nss_wrapper), the buffer doubles.
   * Any other failure is "not found", as CPython's {@code pwd} and {@code grp} take it.
   *
   * @return the string buffer of the entry now in {@code s.struct}, or {@code null} if there is none
   */
  private MemorySegment lookup(String function, Scratch s, boolean passwd, Call call) {
    long size = passwd ? passwdBufferSize : groupBufferSize;
    while (true) {
      MemorySegment buffer = s.strings(size);
      s.result.set(ADDRESS, 0, MemorySegment.NULL);
      int rc;
      try {
        rc = call.invoke(s.callState, s.struct, buffer, size, s.result);
      } catch (Throwable t) {
        throw new IllegalStateException("calling " + function + "_r failed", t);
      }
      if (rc == Errno.ERANGE || (rc == -1 && Libc.errno(s.callState) == Errno.ERANGE)) {
        if (size > Long.MAX_VALUE / 4) {
          throw new OutOfMemoryError("the C library asks for a buffer larger than " + size + " bytes");
        }
        size *= 2;
        if (passwd) {
          passwdBufferSize = Math.max(passwdBufferSize, size);
        } else {
          groupBufferSize = Math.max(groupBufferSize, size);
        }
        continue;
      }
      return rc != 0 || s.result.get(ADDRESS, 0).equals(MemorySegment.NULL) ? null : buffer;
    }
  }

  private static void call(String function, MethodHandle handle) {
    try {
      handle.invokeExact();
    } catch (Throwable t) {
      throw new IllegalStateException("calling " + function + " failed", t);
    }
  }

  /** The entry, its strings read in place when they lie in {@code buffer} (else byte by byte). */
  private static StructPasswd passwd(MemorySegment entry, MemorySegment buffer) {
    return new StructPasswdRecord(
        string(entry, NssLayout.PW_NAME, buffer),
        string(entry, NssLayout.PW_PASSWD, buffer),
        NssBackend.id(entry.get(JAVA_INT, NssLayout.PW_UID)),
        NssBackend.id(entry.get(JAVA_INT, NssLayout.PW_GID)),
        string(entry, NssLayout.PW_GECOS, buffer),
        string(entry, NssLayout.PW_DIR, buffer),
        string(entry, NssLayout.PW_SHELL, buffer));
  }

  @SuppressWarnings("restricted")
  private static StructGroup group(MemorySegment entry, MemorySegment buffer) {
    List<String> members = new ArrayList<>();
    MemorySegment mem = entry.get(ADDRESS, NssLayout.GR_MEM);
    if (!mem.equals(MemorySegment.NULL)) {
      MemorySegment array = mem.reinterpret(Long.MAX_VALUE);
      for (long i = 0; ; i += ADDRESS.byteSize()) {
        MemorySegment member = array.get(ADDRESS, i);
        if (member.equals(MemorySegment.NULL)) {
          break;
        }
        members.add(string(member, buffer)); // never null: a null pointer ends the array
      }
    }
    return new StructGroupRecord(
        // CPython does not expect a null gr_name (glibc never gives one); "" keeps the record valid.
        Objects.requireNonNullElse(string(entry, NssLayout.GR_NAME, buffer), ""),
        string(entry, NssLayout.GR_PASSWD, buffer),
        NssBackend.id(entry.get(JAVA_INT, NssLayout.GR_GID)),
        List.copyOf(members));
  }

  private static String string(MemorySegment entry, long offset, MemorySegment buffer) {
    return string(entry.get(ADDRESS, offset), buffer);
  }

  /**
   * A C string as CPython decodes it ({@link FsCodec}); a null pointer, which some NSS modules leave
   * in optional fields, is {@code null}, where CPython shows {@code None}.
   *
   * <p>The {@code get*_r} functions put every string in the caller's buffer, so a string is read there
   * first, bounded by the buffer: the JDK finds its end eight bytes at a time and decodes it in one
   * step. When the file-system encoding is UTF-8 and the bytes are valid UTF-8 (no U+FFFD in the
   * result), that is exactly what CPython decodes; anything else takes the byte-exact path.
   */
  @SuppressWarnings("restricted")
  private static String string(MemorySegment pointer, MemorySegment buffer) {
    if (pointer.equals(MemorySegment.NULL)) {
      return null;
    }
    long offset = pointer.address() - buffer.address();
    if (UTF8 && offset >= 0 && offset < buffer.byteSize()) {
      String text = buffer.getString(offset, StandardCharsets.UTF_8);
      if (text.indexOf(FileNames.REPLACEMENT) < 0) {
        return text;
      }
    }
    MemorySegment text = pointer.reinterpret(Long.MAX_VALUE);
    long length = 0;
    while (text.get(JAVA_BYTE, length) != 0) {
      length++;
    }
    return FsCodec.decode(text.asSlice(0, length).toArray(JAVA_BYTE));
  }
}
