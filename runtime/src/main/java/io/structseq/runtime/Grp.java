package io.structseq.runtime;

import io.structseq.PyRepr;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * CPython's {@code grp} module for Java: entries of the group database as {@code grp.struct_group},
 * with the values and the {@code toString()} Python shows on the same machine; {@code gr_mem} is an
 * unmodifiable {@code List<String>} shown as {@code ['a', 'b']}.
 *
 * <p>Lookups go through the C library's name service switch with the reentrant functions
 * ({@code getgrnam_r}, {@code getgrgid_r}); requirements, string decoding and errors are as for
 * {@link Pwd}.
 */
public final class Grp {
  private Grp() {}

  /**
   * Like Python's {@code grp.getgrnam(name)}: the group database entry for a group name.
   *
   * @param name a group name, such as {@code "root"}
   * @return its entry
   * @throws NoSuchElementException if no group has this name: {@code getgrnam(): name not found: 'x'}
   * @throws IllegalArgumentException if the name cannot be passed to the C library, as for
   *     {@link Pwd#getpwnam}
   * @throws UnsupportedOperationException if this JVM cannot call the C library (JDK 17-21, or no
   *     native access)
   * @throws NullPointerException if {@code name} is null
   */
  public static StructGroup getgrnam(String name) {
    Objects.requireNonNull(name, "name");
    StructGroup entry = NssBackend.CURRENT.groupByName(FsCodec.encode(name));
    if (entry == null) {
      throw new NoSuchElementException("getgrnam(): name not found: " + PyRepr.reprString(name));
    }
    return entry;
  }

  /**
   * Like Python's {@code grp.getgrgid(gid)}: the group database entry for a group id.
   *
   * <p>A {@code gid_t} has 32 unsigned bits; {@code -1} and {@code 4294967295} are the same id and show
   * as {@code -1}. Unlike {@code pwd.getpwuid}, CPython rejects an id outside {@code -1..4294967295}
   * with {@code OverflowError: gid is less than minimum} (for too large ids too, a quirk of its
   * converter); this method throws {@link IllegalArgumentException} with those words, so that output
   * compared with CPython's stays equal.
   *
   * @param gid a group id, such as {@code 0}
   * @return its entry
   * @throws NoSuchElementException if no group has this id: {@code getgrgid(): gid not found: 99999}
   * @throws IllegalArgumentException if {@code gid} is outside {@code -1..4294967295}
   * @throws UnsupportedOperationException if this JVM cannot call the C library (JDK 17-21, or no
   *     native access)
   */
  public static StructGroup getgrgid(long gid) {
    if (gid < -1 || gid > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("gid is less than minimum");
    }
    StructGroup entry = NssBackend.CURRENT.groupById((int) gid);
    if (entry == null) {
      throw new NoSuchElementException("getgrgid(): gid not found: " + NssBackend.id((int) gid));
    }
    return entry;
  }

  /**
   * Like Python's {@code grp.getgrall()}: every entry of the group database, in the order the C library
   * enumerates them ({@code setgrent}, {@code getgrent} until {@code NULL}, {@code endgrent}, as CPython, under one lock).
   *
   * @return the entries, an unmodifiable list
   * @throws UnsupportedOperationException if this JVM cannot call the C library (JDK 17-21, or no
   *     native access)
   */
  public static List<StructGroup> getgrall() {
    return NssBackend.CURRENT.groupAll();
  }
}
