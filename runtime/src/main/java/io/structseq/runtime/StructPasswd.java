package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;
import org.jspecify.annotations.Nullable;

/**
 * pwd.struct_passwd: Results from getpw*() routines.
 *
 * This object may be accessed either as a tuple of
 *   (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
 * or via the object attributes as named in the above tuple.
 */
// The comment above is CPython's docstring, word for word, because it becomes StructType.doc(). For
// Java: an entry of the user database, as Pwd.getpwnam, Pwd.getpwuid and Pwd.getpwall return it. A
// string is null where the C library's struct passwd holds a null pointer, as CPython shows None there;
// glibc's files and systemd sources never leave one, other NSS modules may.
@StructSeq(name = "pwd.struct_passwd")
public interface StructPasswd extends StructSequence {
  /** user name */
  @Nullable
  String pw_name();

  /** password */
  @Nullable
  String pw_passwd();

  /** user id */
  long pw_uid();

  /** group id */
  long pw_gid();

  /** real name */
  @Nullable
  String pw_gecos();

  /** home directory */
  @Nullable
  String pw_dir();

  /** shell program */
  @Nullable
  String pw_shell();
}
