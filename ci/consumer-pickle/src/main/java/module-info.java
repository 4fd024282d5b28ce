/** A user's module that sends struct sequences to CPython and reads CPython's through Pyrolite. */
module example.pickle {
  // transitive: PointRecord's API (StructSequence, @Generated's module) comes through the runtime.
  requires transitive io.structseq.runtime;
  // Brings Pyrolite (its automatic module "pickle") along: no `requires` of an automatic module here.
  requires io.structseq.pickle;
  // StructType.of reads the generated record's TYPE: the package is exported, as the README says.
  exports example.pickle;
}
