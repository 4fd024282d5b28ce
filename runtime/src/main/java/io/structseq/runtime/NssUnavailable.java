package io.structseq.runtime;

import java.util.List;

/**
 * The {@link NssBackend} of a JVM that cannot call the C library: every lookup throws
 * {@link UnsupportedOperationException} naming the call, what it needs and why this JVM lacks it. There
 * is no fallback through files: {@code /etc/passwd} and {@code /etc/group} are only one of the sources
 * NSS may consult ({@code systemd}, {@code sss}, LDAP...), so reading them would be an approximation.
 */
final class NssUnavailable implements NssBackend {
  private final String reason;

  /** @param reason why the C library cannot be reached, such as {@code "this is JDK 17"} */
  NssUnavailable(String reason) {
    this.reason = reason;
  }

  private UnsupportedOperationException unsupported(String function) {
    return new UnsupportedOperationException(function
        + " " + PosixProcBackend.NEEDS + " (NSS is only reachable through the C library): " + reason);
  }

  @Override
  public StructPasswd passwdByName(byte[] name) {
    throw unsupported("pwd.getpwnam");
  }

  @Override
  public StructPasswd passwdById(int uid) {
    throw unsupported("pwd.getpwuid");
  }

  @Override
  public List<StructPasswd> passwdAll() {
    throw unsupported("pwd.getpwall");
  }

  @Override
  public StructGroup groupByName(byte[] name) {
    throw unsupported("grp.getgrnam");
  }

  @Override
  public StructGroup groupById(int gid) {
    throw unsupported("grp.getgrgid");
  }

  @Override
  public List<StructGroup> groupAll() {
    throw unsupported("grp.getgrall");
  }
}
