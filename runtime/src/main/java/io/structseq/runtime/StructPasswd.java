package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * pwd.struct_passwd: Results from getpw*() routines.
 *
 * This object may be accessed either as a tuple of
 *   (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
 * or via the object attributes as named in the above tuple.
 */
// The comment above is CPython's docstring, word for word, because it becomes StructType.doc(). For
// Java: an entry of the user database, as Pwd.getpwnam, Pwd.getpwuid and Pwd.getpwall return it.
@StructSeq(name = "pwd.struct_passwd")
public interface StructPasswd extends StructSequence {
  /** user name */
  String pw_name();

  /** password */
  String pw_passwd();

  /** user id */
  long pw_uid();

  /** group id */
  long pw_gid();

  /** real name */
  String pw_gecos();

  /** home directory */
  String pw_dir();

  /** shell program */
  String pw_shell();
}
