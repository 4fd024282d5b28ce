package io.structseq.runtime;

import java.util.Optional;

/**
 * Linux x86_64 with glibc: the kernel's own {@code struct stat} ({@code st_nlink} before
 * {@code st_mode}, a 64-bit {@code st_nlink} and {@code st_blksize}), as
 * {@code sysdeps/unix/sysv/linux/x86/bits/struct_stat.h} declares it.
 */
final class AbiLinuxX86_64Glibc implements Abi {
  static final Abi INSTANCE = new AbiLinuxX86_64Glibc();

  /** {@code struct stat} of x86_64, the same in glibc and musl. */
  static final CStruct STAT = CStruct.of("stat", 144)
      .member("st_dev", 0, 8)
      .member("st_ino", 8, 8)
      .member("st_mode", 24, 4)
      .member("st_nlink", 16, 8)
      .member("st_uid", 28, 4)
      .member("st_gid", 32, 4)
      .member("st_rdev", 40, 8)
      .member("st_size", 48, 8)
      .member("st_blksize", 56, 8)
      .member("st_blocks", 64, 8)
      .members(72, 8, "st_atim.tv_sec", "st_atim.tv_nsec", "st_mtim.tv_sec", "st_mtim.tv_nsec",
          "st_ctim.tv_sec", "st_ctim.tv_nsec")
      .build();

  static final CStruct RUSAGE = Lp64Linux.rusage(144).build();
  static final CStruct SCHED_PARAM = CStruct.of("sched_param", 4).member("sched_priority", 0, 4).build();

  private AbiLinuxX86_64Glibc() {}

  @Override
  public String name() {
    return "Linux x86_64 glibc";
  }

  @Override
  public CStruct stat() {
    return STAT;
  }

  @Override
  public CStruct rusage() {
    return RUSAGE;
  }

  @Override
  public CStruct schedParam() {
    return SCHED_PARAM;
  }

  /** {@code _STAT_VER_LINUX} of glibc's x86_64 {@code bits/stat.h} before 2.33. */
  @Override
  public Optional<Integer> statVersion() {
    return Optional.of(1);
  }
}
