package io.structseq.runtime;

/**
 * Where each member of the platform's {@code struct stat} is, from the {@link Abi} table, and the one
 * reading of a filled {@code struct stat} into a {@link StatResult} ({@link #read}), for both native
 * backends. A record, so that HotSpot trusts its final fields: read through a static final, every
 * offset is a constant on the hot path.
 */
record StatMembers(Field mode, Field ino, Field dev, Field nlink, Field uid, Field gid, Field size,
    Field atimeSec, Field atimeNsec, Field mtimeSec, Field mtimeNsec, Field ctimeSec, Field ctimeNsec,
    Field blksize, Field blocks, Field rdev) {

  static StatMembers of(CStruct stat) {
    return new StatMembers(
        Field.of(stat, "st_mode"),
        Field.of(stat, "st_ino"),
        Field.of(stat, "st_dev"),
        Field.of(stat, "st_nlink"),
        Field.of(stat, "st_uid"),
        Field.of(stat, "st_gid"),
        Field.of(stat, "st_size"),
        Field.of(stat, "st_atim.tv_sec"),
        Field.of(stat, "st_atim.tv_nsec"),
        Field.of(stat, "st_mtim.tv_sec"),
        Field.of(stat, "st_mtim.tv_nsec"),
        Field.of(stat, "st_ctim.tv_sec"),
        Field.of(stat, "st_ctim.tv_nsec"),
        Field.of(stat, "st_blksize"),
        Field.of(stat, "st_blocks"),
        Field.of(stat, "st_rdev"));
  }

  /**
   * Reads a {@code struct stat} the C library filled, every member as CPython reads it: unsigned types
   * ({@code dev_t}, {@code ino_t}, {@code nlink_t}, {@code mode_t}, {@code uid_t}) zero-extended,
   * signed ones ({@code off_t}, {@code blksize_t}, {@code blkcnt_t}, {@code time_t}) sign-extended.
   *
   * @param memory the structure
   * @return the result
   */
  StatResult read(StructMemory memory) {
    return OsBackend.result(
        (int) unsigned(mode, memory),
        unsigned(ino, memory),
        unsigned(dev, memory),
        unsigned(nlink, memory),
        OsBackend.uid((int) unsigned(uid, memory)),
        OsBackend.uid((int) unsigned(gid, memory)),
        signed(size, memory),
        signed(atimeSec, memory), signed(atimeNsec, memory),
        signed(mtimeSec, memory), signed(mtimeNsec, memory),
        signed(ctimeSec, memory), signed(ctimeNsec, memory),
        signed(blksize, memory),
        signed(blocks, memory),
        unsigned(rdev, memory));
  }

  private static long unsigned(Field f, StructMemory memory) {
    return f.wide() ? memory.getLong(f.offset()) : Integer.toUnsignedLong(memory.getInt(f.offset()));
  }

  private static long signed(Field f, StructMemory memory) {
    return f.wide() ? memory.getLong(f.offset()) : memory.getInt(f.offset());
  }

  /** An integer member of {@code struct stat}: where it is and whether it has 32 or 64 bits. */
  record Field(long offset, boolean wide) {
    static Field of(CStruct struct, String member) {
      CStruct.Member m = struct.member(member);
      if (m.size() != Integer.BYTES && m.size() != Long.BYTES) {
        throw new IllegalStateException("struct " + struct.name() + "." + member + " has " + m.size() + " bytes");
      }
      return new Field(m.offset(), m.size() == Long.BYTES);
    }
  }
}
