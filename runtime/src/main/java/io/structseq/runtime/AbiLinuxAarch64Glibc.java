package io.structseq.runtime;

import java.util.Optional;

/**
 * Linux aarch64 with glibc: the generic {@code struct stat} of
 * {@code sysdeps/unix/sysv/linux/generic/bits/struct_stat.h}, with a 32-bit {@code st_nlink} after
 * {@code st_mode} and a 32-bit {@code st_blksize} (the layouts jnr-posix once read wrongly on
 * Graviton). Everything else is as on x86_64.
 */
final class AbiLinuxAarch64Glibc implements Abi {
  static final Abi INSTANCE = new AbiLinuxAarch64Glibc();

  static final CStruct STAT = CStruct.of("stat", 128)
      .member("st_dev", 0, 8)
      .member("st_ino", 8, 8)
      .member("st_mode", 16, 4)
      .member("st_nlink", 20, 4)
      .member("st_uid", 24, 4)
      .member("st_gid", 28, 4)
      .member("st_rdev", 32, 8)
      .member("st_size", 48, 8)
      .member("st_blksize", 56, 4)
      .member("st_blocks", 64, 8)
      .members(72, 8, "st_atim.tv_sec", "st_atim.tv_nsec", "st_mtim.tv_sec", "st_mtim.tv_nsec",
          "st_ctim.tv_sec", "st_ctim.tv_nsec")
      .build();

  private AbiLinuxAarch64Glibc() {}

  @Override
  public String name() {
    return "Linux aarch64 glibc";
  }

  @Override
  public CStruct stat() {
    return STAT;
  }

  @Override
  public CStruct rusage() {
    return AbiLinuxX86_64Glibc.RUSAGE;
  }

  @Override
  public CStruct schedParam() {
    return AbiLinuxX86_64Glibc.SCHED_PARAM;
  }

  /** {@code _STAT_VER} of glibc's generic {@code bits/stat.h} before 2.33. */
  @Override
  public Optional<Integer> statVersion() {
    return Optional.of(0);
  }
}
