package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * grp.struct_group: Results from getgr*() routines.
 *
 * This object may be accessed either as a tuple of
 *   (gr_name,gr_passwd,gr_gid,gr_mem)
 * or via the object attributes as named in the above tuple.
 */
// The comment above is CPython's docstring, word for word, because it becomes StructType.doc(). For
// Java: an entry of the group database, as Grp.getgrnam, Grp.getgrgid and Grp.getgrall return it;
// gr_mem is an unmodifiable list, shown as Python shows a list: ['a', 'b']. gr_passwd is null where
// the C library's struct group holds a null pointer, as CPython shows None there.
@StructSeq(name = "grp.struct_group")
public interface StructGroup extends StructSequence {
  /** group name */
  String gr_name();

  /** password */
  @Nullable
  String gr_passwd();

  /** group id */
  long gr_gid();

  /** group members */
  List<String> gr_mem();
}
