package io.structseq.runtime;

/**
 * Where each member of the platform's {@code struct stat} is, from the {@link Abi} table, for the
 * native backends. A record, so that HotSpot trusts its final fields: read through a static final,
 * every offset is a constant on the hot path.
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
