/** A user's module that writes struct sequences with the three JSON modules, found as users find them. */
module example.json {
  // transitive: Span's API (StructSequence, @Generated's module) comes through the runtime.
  requires transitive io.structseq.runtime;
  requires io.structseq.jackson;
  requires io.structseq.jackson2;
  requires io.structseq.gson;
  // StructType.of reads the generated record's TYPE: the package is exported, as the README says.
  exports example.json;
}
