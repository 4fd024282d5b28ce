package io.structseq.runtime;

import java.util.Optional;

/**
 * Linux x86_64 with musl (Alpine): the same {@code struct stat} as glibc, but musl reserves room at the
 * end of {@code struct rusage} (272 bytes) and {@code struct sched_param} (48), and has no
 * {@code __xstat}.
 */
final class AbiLinuxX86_64Musl implements Abi {
  static final Abi INSTANCE = new AbiLinuxX86_64Musl();

  static final CStruct RUSAGE = Lp64Linux.rusage(272).build();
  static final CStruct SCHED_PARAM = CStruct.of("sched_param", 48).member("sched_priority", 0, 4).build();

  private AbiLinuxX86_64Musl() {}

  @Override
  public String name() {
    return "Linux x86_64 musl";
  }

  @Override
  public CStruct stat() {
    return AbiLinuxX86_64Glibc.STAT;
  }

  @Override
  public CStruct rusage() {
    return RUSAGE;
  }

  @Override
  public CStruct schedParam() {
    return SCHED_PARAM;
  }

  @Override
  public Optional<Integer> statVersion() {
    return Optional.empty();
  }
}
