package io.structseq.runtime;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Type;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The jnr backend of {@link Os#stat} and {@link Os#lstat} (JDK 17 to 21 with jnr-ffi on the class
 * path): one {@code stat(2)} or {@code lstat(2)} call through jffi ({@link JnrLibc}), {@code errno}
 * saved by jffi, every field of {@code struct stat} read at the offsets of this process's {@link Abi},
 * {@code st_blksize}, {@code st_blocks} and the nanosecond times included, as the FFM backend reads
 * them.
 *
 * <p>On glibc before 2.33, which has no {@code stat} symbol, it calls {@code __xstat} and
 * {@code __lxstat} with the ABI's {@code _STAT_VER}; the system property
 * {@code structseq.stat.symbol=xstat} forces that path where both exist.
 */
final class OsJnrBackend implements OsBackend {
  private static final StatMembers MEMBERS = StatMembers.of(Backends.abi().stat());
  /** Whether the {@code __xstat} pair is called, forced or for want of {@code stat}. */
  private static final boolean XSTAT = System.getProperty("structseq.stat.symbol", "stat").equals("xstat")
      || JnrLibc.find("stat") == 0;
  private static final long STAT = JnrLibc.find(XSTAT ? "__xstat" : "stat");
  private static final long LSTAT = JnrLibc.find(XSTAT ? "__lxstat" : "lstat");
  /** {@code int __xstat(int version, const char *, struct stat *)}. */
  private static final CallContext XSTAT_SHAPE = JnrLibc.withErrno(Type.SINT, Type.SINT, Type.POINTER, Type.POINTER);
  /** The ABI's {@code _STAT_VER}, or -1 where it has none. */
  private static final int STAT_VERSION = Backends.abi().statVersion().orElse(-1);

  private OsJnrBackend() {}

  /** Returns the backend, or {@code null} where the C library lacks the functions. */
  static @Nullable OsBackend createIfSupported() {
    return STAT == 0 || LSTAT == 0 || (XSTAT && STAT_VERSION < 0) ? null : new OsJnrBackend();
  }

  /** Returns {@code "stat"} or {@code "__xstat"}: the functions this backend calls. */
  static String symbol() {
    return XSTAT ? "__xstat" : "stat";
  }

  @Override
  public String name() {
    return "jnr";
  }

  @Override
  public StatResult stat(Path path, boolean followLinks) throws IOException {
    JnrScratch scratch = JnrScratch.get();
    long buffer = scratch.struct;
    long name = scratch.cString(path);
    long function = followLinks ? STAT : LSTAT;
    int rc = XSTAT
        ? (int) JnrLibc.INVOKER.invokeN3(XSTAT_SHAPE, function, STAT_VERSION, name, buffer)
        : (int) JnrLibc.INVOKER.invokeN2(JnrLibc.INT_POINTER_POINTER, function, name, buffer);
    if (rc != 0) {
      throw Errno.onPath(path.toString(), JnrLibc.errno(), JnrLibc::strerror);
    }
    return MEMBERS.read(scratch.structMemory);
  }
}
