#!/usr/bin/env bash
# Builds the consumer of structseq-pickle (ci/consumer-pickle/, the named module example.pickle)
# against the structseq artifacts installed in the local Maven repository, as a user would, and runs
# it against CPython 3.13 on the module path and on the class path, on the default JDK and on JDK 25
# (with native access, so that the runtime uses FFM there):
#
#   CPython writes pickle.dumps([os.lstat(FILE), time.gmtime(0)], 5); the consumer reads it back as the
#   runtime's records, equal to its own answer for the same calls, and writes its own pickle of them;
#   CPython loads that as os.stat_result and time.struct_time, == its own values. Nothing may be
#   printed on stderr.
#
# Usage: ci/consumer-pickle.sh [extra mvn args...]   (after `mvn install`, as .ci/run runs it)
# Environment: JDK25_HOME, STRUCTSEQ_PYTHON (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

CONSUMER=consumer-pickle
. "$(dirname "${BASH_SOURCE[0]}")/consumers.sh"
structseq_python
MVN_EXTRA=("$@")
require_installed pickle

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-consumer-pickle.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/measured.txt"
echo "structseq" >"$FILE"

# run_pickle ID LABEL JAVA_HOME_OR_EMPTY: builds the consumer with that JDK, then runs it both ways.
run_pickle() {
  local id="$1" label="$2" java_home="$3"
  local dir="$WORK/$id"
  build_copy consumer-pickle "$dir" "on $label" "$java_home"
  local java="$jdk_java" feature="$jdk_feature" access=()
  (( feature >= 22 )) && access=(--enable-native-access=io.structseq.runtime)
  pickle_run "$label, module path" "$dir" "$feature" "$java" ${access[@]+"${access[@]}"} \
    --module-path "$dir/target/classes:$dir/target/lib" -m example.pickle/example.pickle.Main
  (( feature >= 22 )) && access=(--enable-native-access=ALL-UNNAMED)
  pickle_run "$label, class path" "$dir" "$feature" "$java" ${access[@]+"${access[@]}"} \
    -cp "$dir/target/classes:$dir/target/lib/*" example.pickle.Main
}

# pickle_run LABEL DIR JAVA_FEATURE JAVA_COMMAND...: CPython's pickle in, the consumer, Java's pickle
# out to CPython. On JDK 22+ the runtime must have used FFM: st_blocks read, not null.
pickle_run() {
  local label="$1" dir="$2" feature="$3"
  shift 3
  "$STRUCTSEQ_PYTHON" -c 'import os, pickle, sys, time
open(sys.argv[2], "wb").write(pickle.dumps([os.lstat(sys.argv[1]), time.gmtime(0)], 5))' \
    "$FILE" "$dir/cpython.pickle" || fail "CPython could not write its pickle"
  if ! "$@" "$FILE" "$dir/cpython.pickle" "$dir/java.pickle" >"$dir/out.txt" 2>"$dir/err.txt"; then
    cat "$dir/out.txt" "$dir/err.txt" >&2
    fail "on $label"
  fi
  [[ ! -s "$dir/err.txt" ]] || { cat "$dir/err.txt" >&2; fail "on $label: output on stderr"; }
  if (( feature >= 22 )) && ! grep -q 'st_blocks=[0-9]' "$dir/out.txt"; then
    cat "$dir/out.txt" >&2
    fail "on $label: the runtime did not use FFM (st_blocks is null)"
  fi
  "$STRUCTSEQ_PYTHON" -c 'import os, pickle, sys, time
st, tm = pickle.loads(open(sys.argv[2], "rb").read())
assert type(st) is os.stat_result and st == os.lstat(sys.argv[1]), st
assert type(tm) is time.struct_time and tm == time.gmtime(0) and tm.tm_zone == "GMT", tm' \
    "$FILE" "$dir/java.pickle" || fail "on $label: CPython's pickle.loads of the consumer's pickle"
  echo "consumer-pickle: on $label: $(head -c 200 "$dir/out.txt")"
}

run_pickle default "the default JDK" ""
if [[ -x "$JDK25_HOME/bin/javac" ]]; then
  run_pickle jdk25 "JDK 25" "$JDK25_HOME"
else
  echo "consumer-pickle: on JDK 25: skipped, no JDK at $JDK25_HOME"
fi
echo "consumer-pickle: OK"
