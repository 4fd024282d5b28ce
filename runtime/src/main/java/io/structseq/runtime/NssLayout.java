package io.structseq.runtime;

/**
 * Where {@code struct passwd} and {@code struct group} keep their members in this process's ABI, read
 * from its {@link Abi} table once for both native NSS backends (jnr and FFM).
 */
final class NssLayout {
  static final CStruct PASSWD = Backends.abi().passwd();
  static final CStruct GROUP = Backends.abi().group();
  static final long PW_NAME = PASSWD.offset("pw_name");
  static final long PW_PASSWD = PASSWD.offset("pw_passwd");
  static final long PW_UID = PASSWD.offset("pw_uid");
  static final long PW_GID = PASSWD.offset("pw_gid");
  static final long PW_GECOS = PASSWD.offset("pw_gecos");
  static final long PW_DIR = PASSWD.offset("pw_dir");
  static final long PW_SHELL = PASSWD.offset("pw_shell");
  static final long GR_NAME = GROUP.offset("gr_name");
  static final long GR_PASSWD = GROUP.offset("gr_passwd");
  static final long GR_GID = GROUP.offset("gr_gid");
  static final long GR_MEM = GROUP.offset("gr_mem");

  private NssLayout() {}
}
