package io.structseq.runtime;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The jnr {@link NssBackend} (JDK 17 to 21 with jnr-ffi on the class path): the C library's NSS
 * functions through jffi, called as CPython's {@code pwd} and {@code grp} call them and as the FFM
 * backend calls them. Lookups call {@code getpwnam_r}, {@code getpwuid_r}, {@code getgrnam_r} and
 * {@code getgrgid_r} with a per-thread buffer ({@link JnrScratch#strings}) that starts at
 * {@code sysconf(_SC_GETPW_R_SIZE_MAX)} (or {@code _SC_GETGR_R_SIZE_MAX}; 1024 bytes when unlimited, as
 * in CPython) and doubles on {@code ERANGE}; any other failure means "not found", as in CPython.
 * Enumerations run {@code setpwent}, {@code getpwent} until it answers {@code NULL}, {@code endpwent}
 * (and the {@code grp} ones) while holding one lock per database, because the enumeration position is
 * global to the process. Structures are read at the offsets of this process's {@link Abi}; the
 * symbols are found in the process's global scope, so nss_wrapper in {@code LD_PRELOAD} interposes.
 */
final class NssJnrBackend implements NssBackend {
  private static final Invoker INVOKER = JnrLibc.INVOKER;
  private static final MemoryIO MEMORY = JnrLibc.MEMORY;


  /** Serializes {@link #passwdAll()}: setpwent/getpwent/endpwent share one process-wide position. */
  private static final Object PASSWD_ENUMERATION = new Object();
  /** Serializes {@link #groupAll()}, likewise. */
  private static final Object GROUP_ENUMERATION = new Object();

  /**
   * {@code int f(key, struct *, char *buf, size_t buflen, struct **result)}, errno saved: nss_wrapper
   * answers a short buffer with -1 and errno ERANGE instead of returning ERANGE.
   */
  private static final CallContext BY_NAME =
      JnrLibc.withErrno(Type.SINT, Type.POINTER, Type.POINTER, Type.POINTER, Type.ULONG, Type.POINTER);
  private static final CallContext BY_ID =
      JnrLibc.withErrno(Type.SINT, Type.UINT, Type.POINTER, Type.POINTER, Type.ULONG, Type.POINTER);
  /** {@code struct *getpwent(void)}, as CPython enumerates: the C library keeps the entry and its strings. */
  private static final CallContext ENTRY = JnrLibc.plain(Type.POINTER);
  private static final CallContext REWIND = JnrLibc.plain(Type.VOID);

  /** The four lookups, found on first use. */
  private static final class Lookups {
    static final long GETPWNAM = JnrLibc.find("getpwnam_r");
    static final long GETPWUID = JnrLibc.find("getpwuid_r");
    static final long GETGRNAM = JnrLibc.find("getgrnam_r");
    static final long GETGRGID = JnrLibc.find("getgrgid_r");
  }

  /**
   * The string buffer size each database needed last, shared by the threads: it starts at
   * {@code sysconf}'s answer and doubles on {@code ERANGE}, so that a large group costs its doublings
   * once, not on every lookup.
   */
  private volatile long passwdBufferSize;
  private volatile long groupBufferSize;

  private NssJnrBackend(long passwdBufferSize, long groupBufferSize) {
    this.passwdBufferSize = passwdBufferSize;
    this.groupBufferSize = groupBufferSize;
  }

  /** Returns the backend; each function is found on its first call. */
  static NssBackend createIfSupported() {
    return withInitialBufferSize(0);
  }

  /** For the tests: a backend whose buffers start at {@code size} bytes (as sysconf says when 0). */
  static NssBackend withInitialBufferSize(long size) {
    return new NssJnrBackend(
        NssBackend.initialBufferSize(size, Lp64Linux.SC_GETPW_R_SIZE_MAX, JnrLibc::sysconf),
        NssBackend.initialBufferSize(size, Lp64Linux.SC_GETGR_R_SIZE_MAX, JnrLibc::sysconf));
  }

  @Override
  public @Nullable StructPasswd passwdByName(byte[] name) {
    JnrScratch s = JnrScratch.get();
    long key = s.cString(name);
    return lookup(JnrLibc.require(Lookups.GETPWNAM, "getpwnam_r"), BY_NAME, key, s, true)
        ? passwd(s.struct) : null;
  }

  @Override
  public @Nullable StructPasswd passwdById(int uid) {
    JnrScratch s = JnrScratch.get();
    return lookup(JnrLibc.require(Lookups.GETPWUID, "getpwuid_r"), BY_ID, Integer.toUnsignedLong(uid), s, true)
        ? passwd(s.struct) : null;
  }

  @Override
  public @Nullable StructGroup groupByName(byte[] name) {
    JnrScratch s = JnrScratch.get();
    long key = s.cString(name);
    return lookup(JnrLibc.require(Lookups.GETGRNAM, "getgrnam_r"), BY_NAME, key, s, false)
        ? group(s.struct) : null;
  }

  @Override
  public @Nullable StructGroup groupById(int gid) {
    JnrScratch s = JnrScratch.get();
    return lookup(JnrLibc.require(Lookups.GETGRGID, "getgrgid_r"), BY_ID, Integer.toUnsignedLong(gid), s, false)
        ? group(s.struct) : null;
  }

  @Override
  public List<StructPasswd> passwdAll() {
    return enumerate("pw", PASSWD_ENUMERATION, NssJnrBackend::passwd);
  }

  @Override
  public List<StructGroup> groupAll() {
    return enumerate("gr", GROUP_ENUMERATION, NssJnrBackend::group);
  }

  /**
   * Every entry of one database as CPython's {@code getpwall} reads it: {@code set*ent}, the
   * non-reentrant {@code get*ent} until it answers {@code NULL} (the end, or any error), {@code end*ent},
   * holding the database's lock throughout so that no other enumeration moves the shared position or
   * overwrites the C library's entry while it is read.
   */
  private static <T> List<T> enumerate(String db, Object lock, LongFunction<T> read) {
    long set = JnrLibc.require(JnrLibc.find("set" + db + "ent"), "set" + db + "ent");
    long next = JnrLibc.require(JnrLibc.find("get" + db + "ent"), "get" + db + "ent");
    long end = JnrLibc.require(JnrLibc.find("end" + db + "ent"), "end" + db + "ent");
    List<T> all = new ArrayList<>();
    synchronized (lock) {
      INVOKER.invokeN0(REWIND, set);
      try {
        for (long entry; (entry = INVOKER.invokeN0(ENTRY, next)) != 0; ) {
          all.add(read.apply(entry));
        }
      } finally {
        INVOKER.invokeN0(REWIND, end);
      }
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Calls a {@code get*_r} function until its buffer is large enough: on {@code ERANGE}, returned as
   * POSIX says or as {@code -1} with {@code errno} {@code ERANGE} (nss_wrapper), the buffer doubles.
   * Any other failure is "not found", as CPython's {@code pwd} and {@code grp} take it.
   *
   * @return whether {@code s.struct} now holds the entry
   */
  private boolean lookup(long function, CallContext shape, long key, JnrScratch s, boolean passwd) {
    long size = passwd ? passwdBufferSize : groupBufferSize;
    while (true) {
      long buffer = s.strings(size);
      MEMORY.putAddress(s.result, 0);
      int rc = (int) INVOKER.invokeN5(shape, function, key, s.struct, buffer, size, s.result);
      if (rc == Errno.ERANGE || (rc == -1 && JnrLibc.errno() == Errno.ERANGE)) {
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
      return rc == 0 && MEMORY.getAddress(s.result) != 0;
    }
  }

  private static StructPasswd passwd(long entry) {
    return new StructPasswdRecord(
        string(entry, NssLayout.PW_NAME),
        string(entry, NssLayout.PW_PASSWD),
        NssBackend.id(MEMORY.getInt(entry + NssLayout.PW_UID)),
        NssBackend.id(MEMORY.getInt(entry + NssLayout.PW_GID)),
        string(entry, NssLayout.PW_GECOS),
        string(entry, NssLayout.PW_DIR),
        string(entry, NssLayout.PW_SHELL));
  }

  private static StructGroup group(long entry) {
    List<String> members = new ArrayList<>();
    long mem = MEMORY.getAddress(entry + NssLayout.GR_MEM);
    if (mem != 0) {
      for (long member; (member = MEMORY.getAddress(mem)) != 0; mem += Long.BYTES) {
        members.add(FsCodec.decode(JnrLibc.string(member)));
      }
    }
    return new StructGroupRecord(
        // CPython does not expect a null gr_name (glibc never gives one); "" keeps the record valid.
        Objects.requireNonNullElse(string(entry, NssLayout.GR_NAME), ""),
        string(entry, NssLayout.GR_PASSWD),
        NssBackend.id(MEMORY.getInt(entry + NssLayout.GR_GID)),
        List.copyOf(members));
  }

  /**
   * The C string a member points at, as CPython decodes it ({@link FsCodec}); a null pointer, which
   * some NSS modules leave in optional fields, is {@code null}, where CPython shows {@code None}.
   */
  private static @Nullable String string(long entry, long offset) {
    long pointer = MEMORY.getAddress(entry + offset);
    return pointer == 0 ? null : FsCodec.decode(JnrLibc.string(pointer));
  }
}
