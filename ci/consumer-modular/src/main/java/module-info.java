/** A user's module: its own struct sequence, and the runtime's, on the module path. */
module example.modular {
  // transitive: Sample's API (StructSequence) comes from io.structseq, which the runtime re-exports.
  requires transitive io.structseq.runtime;
  exports example.modular;
}
