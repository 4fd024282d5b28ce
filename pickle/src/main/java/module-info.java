/**
 * Struct sequences in Python's pickle format through Pyrolite ({@code net.razorvine:pickle}):
 * {@link io.structseq.pickle.StructSeqPickle#install()} makes every struct sequence pickle as
 * CPython's struct sequence {@code __reduce__} does, and CPython's pickles of the runtime's types
 * read back as its records; {@link io.structseq.pickle.StructSeqPickle#register(Class)} adds a
 * user's type.
 */
module io.structseq.pickle {
  requires transitive io.structseq;
  // Pyrolite 1.5 has no module descriptor: its automatic module is named after its JAR, "pickle".
  // Transitive: users call its Pickler and Unpickler, and need no `requires` of an automatic module
  // (which javac's -Xlint warns about) in their own descriptor.
  requires transitive pickle;
  // Pyrolite's Pickler links java.sql.Date and Time, and an automatic module adds no platform module
  // to the module graph: without this, Pickler fails on the module path with NoClassDefFoundError.
  requires java.sql;
  // Optional: when the runtime is present its types unpickle under CPython's names.
  requires static io.structseq.runtime;
  requires static org.jspecify;
  exports io.structseq.pickle;
}
