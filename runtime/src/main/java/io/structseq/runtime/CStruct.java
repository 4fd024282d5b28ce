package io.structseq.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A C structure as one ABI lays it out: its size, and the offset and size of every member the runtime
 * reads. The tables live in the {@link Abi} classes and are proven against each ABI's C compiler by
 * {@code NativeLayoutsTest}, which runs {@code runtime/src/test/c/layouts.c}; nothing reads a structure
 * at an offset that is not in one of them.
 *
 * @param name the C tag, such as {@code "stat"}
 * @param size {@code sizeof}
 * @param members each member read, by its C name ({@code "st_atim.tv_sec"} for a nested one), in
 *     declaration order
 */
record CStruct(String name, long size, Map<String, Member> members) {
  /** One member: where it starts and how long it is, as C's offsetof and sizeof give them. */
  record Member(long offset, long size) {}

  CStruct {
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** Starts the table of {@code struct name}, {@code size} bytes long. */
  static Builder of(String name, long size) {
    return new Builder(name, size);
  }

  /**
   * @return the member
   * @throws IllegalArgumentException naming the structure and the member when this table lacks it
   */
  Member member(String member) {
    Member m = members.get(member);
    if (m == null) {
      throw new IllegalArgumentException("struct " + name + " has no member " + member + " in this table");
    }
    return m;
  }

  /**
   * The offsets of C {@code long}-sized members ({@code long}, {@code clock_t}, {@code fsblkcnt_t}...),
   * in the order named, as the native backends read them into a {@code long[]}.
   *
   * @throws IllegalStateException if a member is not 8 bytes
   */
  long[] wordOffsets(String... names) {
    long[] offsets = new long[names.length];
    for (int i = 0; i < names.length; i++) {
      Member m = member(names[i]);
      if (m.size() != Long.BYTES) {
        throw new IllegalStateException("struct " + name + "." + names[i] + " has " + m.size() + " bytes");
      }
      offsets[i] = m.offset();
    }
    return offsets;
  }

  /** Returns {@code offsetof(struct name, member)}. */
  long offset(String member) {
    return member(member).offset();
  }

  /** Collects the members of one table. */
  static final class Builder {
    private final String name;
    private final long size;
    private final Map<String, Member> members = new LinkedHashMap<>();

    private Builder(String name, long size) {
      this.name = name;
      this.size = size;
    }

    Builder member(String member, long offset, long size) {
      members.put(member, new Member(offset, size));
      return this;
    }

    /** {@code count} members of {@code size} bytes each, one after the other from {@code offset}. */
    Builder members(long offset, long size, String... names) {
      for (String member : names) {
        member(member, offset, size);
        offset += size;
      }
      return this;
    }

    CStruct build() {
      return new CStruct(name, size, members);
    }
  }
}
