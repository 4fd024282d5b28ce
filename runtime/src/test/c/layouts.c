/*
 * The layout of every C structure the runtime reads, and the numbers it passes, as this compiler and
 * C library see them. NativeLayoutsTest compiles this file for each ABI the runtime supports (gcc for
 * x86_64 glibc, aarch64-linux-gnu-gcc for aarch64 glibc, musl-gcc for x86_64 musl), runs it, and
 * compares every line with the runtime's tables (io.structseq.runtime.Abi).
 *
 * Output, one fact a line:
 *   struct NAME SIZE
 *   field NAME.MEMBER OFFSET SIZE
 *   const NAME VALUE
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <unistd.h>

#define STRUCT(tag, type) printf("struct %s %zu\n", tag, sizeof(type))
#define FIELD(tag, type, member) \
  printf("field %s.%s %zu %zu\n", tag, #member, offsetof(type, member), sizeof(((type *) 0)->member))
#define CONST(name) printf("const %s %ld\n", #name, (long) (name))

int main(void) {
  STRUCT("stat", struct stat);
  FIELD("stat", struct stat, st_dev);
  FIELD("stat", struct stat, st_ino);
  FIELD("stat", struct stat, st_mode);
  FIELD("stat", struct stat, st_nlink);
  FIELD("stat", struct stat, st_uid);
  FIELD("stat", struct stat, st_gid);
  FIELD("stat", struct stat, st_rdev);
  FIELD("stat", struct stat, st_size);
  FIELD("stat", struct stat, st_blksize);
  FIELD("stat", struct stat, st_blocks);
  FIELD("stat", struct stat, st_atim.tv_sec);
  FIELD("stat", struct stat, st_atim.tv_nsec);
  FIELD("stat", struct stat, st_mtim.tv_sec);
  FIELD("stat", struct stat, st_mtim.tv_nsec);
  FIELD("stat", struct stat, st_ctim.tv_sec);
  FIELD("stat", struct stat, st_ctim.tv_nsec);

  STRUCT("statvfs", struct statvfs);
  FIELD("statvfs", struct statvfs, f_bsize);
  FIELD("statvfs", struct statvfs, f_frsize);
  FIELD("statvfs", struct statvfs, f_blocks);
  FIELD("statvfs", struct statvfs, f_bfree);
  FIELD("statvfs", struct statvfs, f_bavail);
  FIELD("statvfs", struct statvfs, f_files);
  FIELD("statvfs", struct statvfs, f_ffree);
  FIELD("statvfs", struct statvfs, f_favail);
  FIELD("statvfs", struct statvfs, f_fsid);
  FIELD("statvfs", struct statvfs, f_flag);
  FIELD("statvfs", struct statvfs, f_namemax);

  STRUCT("utsname", struct utsname);
  FIELD("utsname", struct utsname, sysname);
  FIELD("utsname", struct utsname, nodename);
  FIELD("utsname", struct utsname, release);
  FIELD("utsname", struct utsname, version);
  FIELD("utsname", struct utsname, machine);

  STRUCT("tms", struct tms);
  FIELD("tms", struct tms, tms_utime);
  FIELD("tms", struct tms, tms_stime);
  FIELD("tms", struct tms, tms_cutime);
  FIELD("tms", struct tms, tms_cstime);

  STRUCT("rusage", struct rusage);
  FIELD("rusage", struct rusage, ru_utime.tv_sec);
  FIELD("rusage", struct rusage, ru_utime.tv_usec);
  FIELD("rusage", struct rusage, ru_stime.tv_sec);
  FIELD("rusage", struct rusage, ru_stime.tv_usec);
  FIELD("rusage", struct rusage, ru_maxrss);
  FIELD("rusage", struct rusage, ru_ixrss);
  FIELD("rusage", struct rusage, ru_idrss);
  FIELD("rusage", struct rusage, ru_isrss);
  FIELD("rusage", struct rusage, ru_minflt);
  FIELD("rusage", struct rusage, ru_majflt);
  FIELD("rusage", struct rusage, ru_nswap);
  FIELD("rusage", struct rusage, ru_inblock);
  FIELD("rusage", struct rusage, ru_oublock);
  FIELD("rusage", struct rusage, ru_msgsnd);
  FIELD("rusage", struct rusage, ru_msgrcv);
  FIELD("rusage", struct rusage, ru_nsignals);
  FIELD("rusage", struct rusage, ru_nvcsw);
  FIELD("rusage", struct rusage, ru_nivcsw);

  STRUCT("passwd", struct passwd);
  FIELD("passwd", struct passwd, pw_name);
  FIELD("passwd", struct passwd, pw_passwd);
  FIELD("passwd", struct passwd, pw_uid);
  FIELD("passwd", struct passwd, pw_gid);
  FIELD("passwd", struct passwd, pw_gecos);
  FIELD("passwd", struct passwd, pw_dir);
  FIELD("passwd", struct passwd, pw_shell);

  STRUCT("group", struct group);
  FIELD("group", struct group, gr_name);
  FIELD("group", struct group, gr_passwd);
  FIELD("group", struct group, gr_gid);
  FIELD("group", struct group, gr_mem);

  STRUCT("winsize", struct winsize);
  FIELD("winsize", struct winsize, ws_row);
  FIELD("winsize", struct winsize, ws_col);
  FIELD("winsize", struct winsize, ws_xpixel);
  FIELD("winsize", struct winsize, ws_ypixel);

  STRUCT("sched_param", struct sched_param);
  FIELD("sched_param", struct sched_param, sched_priority);

  CONST(EPERM);
  CONST(ENOENT);
  CONST(ESRCH);
  CONST(EINTR);
  CONST(EBADF);
  CONST(EACCES);
  CONST(ENOTDIR);
  CONST(EINVAL);
  CONST(ERANGE);
  CONST(ELOOP);
  CONST(TIOCGWINSZ);
  CONST(_SC_CLK_TCK);
  CONST(_SC_GETPW_R_SIZE_MAX);
  CONST(_SC_GETGR_R_SIZE_MAX);
#ifdef _CS_GNU_LIBPTHREAD_VERSION
  CONST(_CS_GNU_LIBPTHREAD_VERSION);
#endif
  return 0;
}
