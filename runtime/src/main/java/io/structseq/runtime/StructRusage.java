package io.structseq.runtime;

import io.structseq.StructSeq;
import io.structseq.StructSequence;

/**
 * struct_rusage: Result from getrusage.
 *
 * This object may be accessed either as a tuple of
 *     (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
 *     nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
 * or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.
 */
// CPython's docstrings, word for word (they become StructType.doc() and StructField.doc()). For Java:
// the result of Resource.getrusage; the two times in seconds, ru_maxrss in kilobytes (Linux).
@StructSeq(name = "resource.struct_rusage")
public interface StructRusage extends StructSequence {
  /** user time used */
  double ru_utime();

  /** system time used */
  double ru_stime();

  /** max. resident set size */
  long ru_maxrss();

  /** shared memory size */
  long ru_ixrss();

  /** unshared data size */
  long ru_idrss();

  /** unshared stack size */
  long ru_isrss();

  /** page faults not requiring I/O */
  long ru_minflt();

  /** page faults requiring I/O */
  long ru_majflt();

  /** number of swap outs */
  long ru_nswap();

  /** block input operations */
  long ru_inblock();

  /** block output operations */
  long ru_oublock();

  /** IPC messages sent */
  long ru_msgsnd();

  /** IPC messages received */
  long ru_msgrcv();

  /** signals received */
  long ru_nsignals();

  /** voluntary context switches */
  long ru_nvcsw();

  /** involuntary context switches */
  long ru_nivcsw();
}
