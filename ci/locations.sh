# Where the JDK 25 and CPython are, for the scripts of CI, the benchmarks and the samples:
#
#   . "$ROOT/ci/locations.sh"      sets and exports JDK25_HOME; defines structseq_python
#
# Each location is decided in one place; this file only reads it:
#   JDK25_HOME        the environment's, else the default in the parent POM's structseq.jdk25.home
#                     (which JDK25_HOME also overrides for Maven: one value for scripts and build);
#   STRUCTSEQ_PYTHON  the environment's, else what testing's PythonLookup finds (structseq_python
#                     runs it on demand: it costs a JVM start).
structseq_locations_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "${JDK25_HOME:-}" ]]; then
  # The property's literal value; the jdk25-home profile's ${env.JDK25_HOME} is no literal.
  JDK25_HOME="$(sed -n 's:.*<structseq\.jdk25\.home>\([^<$]*\)</structseq\.jdk25\.home>.*:\1:p' \
    "$structseq_locations_root/pom.xml" | head -n 1)"
fi
export JDK25_HOME

# Sets and exports STRUCTSEQ_PYTHON: the environment's, else the interpreter PythonLookup picks; fails
# with PythonLookup's words when there is none.
structseq_python() {
  if [[ -z "${STRUCTSEQ_PYTHON:-}" ]]; then
    local found
    found="$(java "$structseq_locations_root/testing/src/main/java/io/structseq/testing/PythonLookup.java")" \
      || return 1
    STRUCTSEQ_PYTHON="${found%%$'\n'*}"
  fi
  export STRUCTSEQ_PYTHON
}
