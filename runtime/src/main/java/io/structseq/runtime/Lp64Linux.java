package io.structseq.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables that every supported ABI shares (64-bit Linux: C {@code long}, {@code clock_t},
 * {@code fsblkcnt_t} and pointers are 8 bytes), and the request numbers, which are Linux's and not the C
 * library's. Each {@link Abi} returns these only where {@code layouts.c} gave the same answer for it.
 */
final class Lp64Linux {
  static final CStruct STATVFS = CStruct.of("statvfs", 112)
      .members(0, 8, "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
          "f_favail", "f_fsid", "f_flag", "f_namemax")
      .build();

  /** Six {@code char[65]}: the runtime reads the first five. */
  static final CStruct UTSNAME = CStruct.of("utsname", 390)
      .members(0, 65, "sysname", "nodename", "release", "version", "machine")
      .build();

  static final CStruct TMS = CStruct.of("tms", 32)
      .members(0, 8, "tms_utime", "tms_stime", "tms_cutime", "tms_cstime")
      .build();

  /** The members of {@code struct rusage}: two {@code struct timeval}, then 14 {@code long}. */
  static CStruct.Builder rusage(long size) {
    return CStruct.of("rusage", size)
        .members(0, 8, "ru_utime.tv_sec", "ru_utime.tv_usec", "ru_stime.tv_sec", "ru_stime.tv_usec",
            "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
            "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");
  }

  static final CStruct PASSWD = CStruct.of("passwd", 48)
      .member("pw_name", 0, 8)
      .member("pw_passwd", 8, 8)
      .member("pw_uid", 16, 4)
      .member("pw_gid", 20, 4)
      .member("pw_gecos", 24, 8)
      .member("pw_dir", 32, 8)
      .member("pw_shell", 40, 8)
      .build();

  static final CStruct GROUP = CStruct.of("group", 32)
      .member("gr_name", 0, 8)
      .member("gr_passwd", 8, 8)
      .member("gr_gid", 16, 4)
      .member("gr_mem", 24, 8)
      .build();

  static final CStruct WINSIZE = CStruct.of("winsize", 8)
      .members(0, 2, "ws_row", "ws_col", "ws_xpixel", "ws_ypixel")
      .build();

  /** Request and {@code sysconf}/{@code confstr} numbers: Linux's, or equal in glibc and musl. */
  static final long TIOCGWINSZ = 0x5413;
  static final int SC_CLK_TCK = 2;
  static final int SC_GETGR_R_SIZE_MAX = 69;
  static final int SC_GETPW_R_SIZE_MAX = 70;
  static final int CS_GNU_LIBPTHREAD_VERSION = 3;

  static final Map<String, Long> CONSTANTS = constants();

  private Lp64Linux() {}

  private static Map<String, Long> constants() {
    Map<String, Long> all = new LinkedHashMap<>();
    all.put("TIOCGWINSZ", TIOCGWINSZ);
    all.put("_SC_CLK_TCK", (long) SC_CLK_TCK);
    all.put("_SC_GETPW_R_SIZE_MAX", (long) SC_GETPW_R_SIZE_MAX);
    all.put("_SC_GETGR_R_SIZE_MAX", (long) SC_GETGR_R_SIZE_MAX);
    all.put("_CS_GNU_LIBPTHREAD_VERSION", (long) CS_GNU_LIBPTHREAD_VERSION);
    return Collections.unmodifiableMap(all);
  }
}
