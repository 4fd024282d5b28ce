package io.structseq.runtime;

import io.structseq.Hidden;
import io.structseq.StructSeq;
import io.structseq.StructSequence;
import io.structseq.Unnamed;

/**
 * stat_result: Result from stat, fstat, or lstat.
 *
 * This object may be accessed either as a tuple of
 *   (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
 * or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.
 *
 * Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,
 * or st_flags, they are available as attributes only.
 *
 * See os.stat for more information.
 */
// The comment above is CPython's docstring, word for word, because it becomes StructType.doc(). For
// Java: the result of Os.stat and Os.lstat; fields the running JDK cannot read are null (see Os).
@StructSeq(name = "os.stat_result")
public interface StatResult extends StructSequence {
  /** protection bits */
  int st_mode();

  /** inode */
  long st_ino();

  /** device */
  long st_dev();

  /** number of hard links */
  long st_nlink();

  /** user ID of owner */
  long st_uid();

  /** group ID of owner */
  long st_gid();

  /** total size, in bytes */
  long st_size();

  /** integer time of last access */
  @Unnamed(label = "st_atime")
  long st_atime_sec();

  /** integer time of last modification */
  @Unnamed(label = "st_mtime")
  long st_mtime_sec();

  /** integer time of last change */
  @Unnamed(label = "st_ctime")
  long st_ctime_sec();

  /** time of last access */
  @Hidden
  double st_atime();

  /** time of last modification */
  @Hidden
  double st_mtime();

  /** time of last change */
  @Hidden
  double st_ctime();

  /** time of last access in nanoseconds */
  @Hidden
  long st_atime_ns();

  /** time of last modification in nanoseconds */
  @Hidden
  long st_mtime_ns();

  /** time of last change in nanoseconds */
  @Hidden
  long st_ctime_ns();

  /** blocksize for filesystem I/O */
  @Hidden
  @Nullable
  Long st_blksize();

  /** number of blocks allocated */
  @Hidden
  @Nullable
  Long st_blocks();

  /** device type (if inode device) */
  @Hidden
  long st_rdev();
}
