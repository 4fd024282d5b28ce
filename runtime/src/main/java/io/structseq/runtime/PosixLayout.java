package io.structseq.runtime;

/**
 * Where the structures of the other C calls keep their members in one ABI, read from its {@link Abi}
 * table once for both native backends (jnr and FFM).
 */
final class PosixLayout {
  final long[] statvfsWords;
  final long[] tmsWords;
  final long[] rusageWords;
  /** {@code sysname}, {@code nodename}, {@code release}, {@code version}, {@code machine}. */
  final CStruct.Member[] utsname;
  final long wsRow;
  final long wsCol;
  final long schedPriority;

  PosixLayout(Abi abi) {
    this.statvfsWords = PosixBackend.statvfsWords(abi);
    this.tmsWords = PosixBackend.tmsWords(abi);
    this.rusageWords = PosixBackend.rusageWords(abi);
    CStruct uts = abi.utsname();
    this.utsname = new CStruct.Member[] {uts.member("sysname"), uts.member("nodename"),
        uts.member("release"), uts.member("version"), uts.member("machine")};
    this.wsRow = abi.winsize().offset("ws_row");
    this.wsCol = abi.winsize().offset("ws_col");
    this.schedPriority = abi.schedParam().offset("sched_priority");
  }
}
