package io.structseq.runtime;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import java.math.BigInteger;

/**
 * statvfs_result: Result from statvfs or fstatvfs.
 *
 * This object may be accessed either as a tuple of
 *   (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),
 * or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.
 *
 * See os.statvfs for more information.
 */
// The comment above is CPython's docstring, word for word, because it becomes StructType.doc(); its
// fields have no docstrings in CPython, so they have no Javadoc here. For Java: the result of
// Os.statvfs. The visible fields are C unsigned integers that CPython casts to a signed C long, so a
// Java long holds each exactly as CPython shows it; f_fsid is an unsigned long that CPython keeps
// unsigned, and values above Long.MAX_VALUE occur (a hash of the file system's UUID), hence BigInteger.
@StructSeq(name = "os.statvfs_result")
public interface StatvfsResult extends StructSequence {
  long f_bsize();

  long f_frsize();

  long f_blocks();

  long f_bfree();

  long f_bavail();

  long f_files();

  long f_ffree();

  long f_favail();

  long f_flag();

  long f_namemax();

  @Hidden
  BigInteger f_fsid();
}
