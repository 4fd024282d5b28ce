package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * uname_result: Result from os.uname().
 *
 * This object may be accessed either as a tuple of
 *   (sysname, nodename, release, version, machine),
 * or via the attributes sysname, nodename, release, version, and machine.
 *
 * See os.uname for more information.
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Os.uname.
@StructSeq(name = "posix.uname_result")
public interface UnameResult extends StructSequence {
  /** operating system name */
  String sysname();

  /** name of machine on network (implementation-defined) */
  String nodename();

  /** operating system release */
  String release();

  /** operating system version */
  String version();

  /** hardware identifier */
  String machine();
}
