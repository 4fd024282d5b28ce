#!/usr/bin/env bash
# Rebuilds a small project (ci/rebuild/) the ways Maven and IDEs do, with the earlier build's output on
# the class path, against the structseq artifacts installed in the local Maven repository. On JDK 17
# this crashed javac (JDK-8332297, fixed in JDK 23); see the README's known issues. Runs on the
# default JDK (17) and on JDK 25 when it is installed.
#
#  1. Maven without incremental compilation (`-Dmaven.compiler.useIncrementalCompilation=false`, what
#     IDEs do too): only the edited interface is compiled. It must compile to the new record.
#  2. The same with a second edited source that refers to the record in a declaration. javac 17 has
#     read the old record before the processor runs: one [StructSeqStaleRecord] error and no javac
#     crash, then the same build again gives the new record. JDK 25 builds it at once.
#  3. Maven's default incremental mode: the new record.
#  4. A build that fails after the processor ran (an error in a default method), then the fix with a
#     new field, without incremental compilation: Maven passes the out-of-date generated source back as
#     an input. One [StructSeqStaleRecord] error, then the same build again gives the new record.
#
# Usage: ci/rebuild-test.sh [extra mvn args...]
# Environment: JDK25_HOME (default: ci/locations.sh), M2_REPO (default ~/.m2/repository)
set -euo pipefail

CONSUMER=rebuild-test
. "$(dirname "${BASH_SOURCE[0]}")/consumers.sh"
MVN_EXTRA=("$@")
require_installed processor

WORK="$(mktemp -d "${TMPDIR:-/tmp}/structseq-rebuild.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# From here on, failures name the rebuild case ($label).
fail() {
  echo "rebuild-test: FAILED on $label: $*" >&2
  exit 1
}

# build LOG [mvn args...]: runs mvn compile in $dir, output to $WORK/LOG; returns mvn's exit code
build() {
  local log="$WORK/$1"
  shift
  (cd "$dir" && env ${jdk_env[@]+"${jdk_env[@]}"} mvn -B -Dstyle.color=never -Dmaven.repo.local="$M2_REPO" \
    -Dstructseq.version="$VERSION" compile "$@" ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"}) >"$log" 2>&1
}

# The record's int accessors (the one-letter ones) must be exactly these, sorted.
expect_components() {
  local got
  got="$("$javap" -cp "$dir/target/classes" example.rebuild.PointRecord \
    | sed -n 's/^  public int \([a-z]\)();$/\1/p' | sort | tr -d '\n')"
  [[ "$got" == "$1" ]] || fail "$2: PointRecord has the accessors '$got', expected '$1'"
}

# add_field NAME: a new int field after y(), as a user's edit
add_field() {
  sed -i "s/^  int y();$/  int y();\n\n  int $1();/" "$dir/src/main/java/example/rebuild/Point.java"
}

no_crash() {
  if grep -q 'An exception has occurred in the compiler' "$WORK/$1"; then
    cat "$WORK/$1" >&2
    fail "$2: javac crashed"
  fi
}

# run_rebuilds ID LABEL JAVA_HOME_OR_EMPTY
run_rebuilds() {
  local id="$1" java_home="$3"
  label="$2"
  dir="$WORK/$id"
  cp -R "$ROOT/ci/rebuild" "$dir"
  rm -rf "$dir/target"
  use_jdk "$java_home"
  javap=javap
  [[ -z "$java_home" ]] || javap="$java_home/bin/javap"
  local feature
  feature="$(env ${jdk_env[@]+"${jdk_env[@]}"} mvn -v | sed -n 's/^Java version: \([0-9]*\).*/\1/p')"
  echo "rebuild-test: $label (Java $feature)"
  # The cases prove what the processor does on javac 17 to 22 (JDK-8332297); on a newer default JDK
  # they would pass without testing it.
  [[ -n "$java_home" ]] || ((feature < 23)) || fail "the default JDK is $feature: these rebuilds test" \
    "javac 17 to 22, so run them with an older default JDK (JAVA_HOME)"
  local noinc=-Dmaven.compiler.useIncrementalCompilation=false

  build first.log || { cat "$WORK/first.log" >&2; fail "the first build"; }
  expect_components "xy" "the first build"

  add_field z
  build alone.log "$noinc" || { no_crash alone.log "case 1"; cat "$WORK/alone.log" >&2; fail "case 1"; }
  grep -q 'Compiling 1 source file' "$WORK/alone.log" || fail "case 1: not the interface alone"
  expect_components "xyz" "case 1"
  echo "rebuild-test: $label: 1. the interface alone, without incremental compilation: OK"

  add_field w
  touch "$dir/src/main/java/example/rebuild/Track.java"
  if build user.log "$noinc"; then
    ((feature >= 23)) || fail "case 2: javac $feature compiled a source that refers to the stale record"
  else
    no_crash user.log "case 2"
    ((feature < 23)) || { cat "$WORK/user.log" >&2; fail "case 2"; }
    # Maven prints each compile error twice.
    [[ "$(grep -c '^\[ERROR\] .*\.java:\[' "$WORK/user.log")" == 2 \
      && "$(grep -c '^\[ERROR\] .*Point\.java:\[[0-9,]*\] \[StructSeqStaleRecord\] PointRecord was not generated' \
      "$WORK/user.log")" == 2 ]] || { cat "$WORK/user.log" >&2; fail "case 2: not the one expected error"; }
    grep -q 'JDK-8332297' "$WORK/user.log" || fail "case 2: the error does not name the javac bug"
    build again.log "$noinc" || { no_crash again.log "case 2"; cat "$WORK/again.log" >&2; fail "case 2, again"; }
  fi
  expect_components "wxyz" "case 2"
  echo "rebuild-test: $label: 2. with a source that uses the record: OK"

  add_field v
  build incremental.log || { no_crash incremental.log "case 3"; cat "$WORK/incremental.log" >&2; fail "case 3"; }
  expect_components "vwxyz" "case 3"
  echo "rebuild-test: $label: 3. Maven's incremental mode: OK"

  local point="$dir/src/main/java/example/rebuild/Point.java"
  sed -i 's/^  int x();$/  int x();\n\n  default int broken() {\n    return "not an int";\n  }/' "$point"
  if build broken.log "$noinc"; then fail "case 4: a build with a type error passed"; fi
  grep -q 'incompatible types' "$WORK/broken.log" || { cat "$WORK/broken.log" >&2; fail "case 4: another failure"; }
  sed -i '/default int broken/,/^  }$/d' "$point"
  add_field u
  if build fixed.log "$noinc"; then fail "case 4: the out-of-date generated source was not passed back"; fi
  no_crash fixed.log "case 4"
  [[ "$(grep -c '^\[ERROR\] .*\.java:\[' "$WORK/fixed.log")" == 2 \
    && "$(grep -c '^\[ERROR\] .*Point\.java:\[[0-9,]*\] \[StructSeqStaleRecord\] PointRecord was not generated: the build passed javac the out-of-date' \
    "$WORK/fixed.log")" == 2 ]] || { cat "$WORK/fixed.log" >&2; fail "case 4: not the one expected error"; }
  build fixed-again.log "$noinc" || { cat "$WORK/fixed-again.log" >&2; fail "case 4, again"; }
  expect_components "uvwxyz" "case 4"
  echo "rebuild-test: $label: 4. a failed build's record source passed back as an input: OK"
}

run_rebuilds jdk-default "the default JDK" ""
if [[ -x "$JDK25_HOME/bin/javac" ]]; then
  run_rebuilds jdk25 "JDK 25" "$JDK25_HOME"
elif [[ "${STRUCTSEQ_STRICT:-}" == true ]]; then
  label="JDK 25"
  fail "no JDK at $JDK25_HOME, and STRUCTSEQ_STRICT=true forbids skipping these rebuilds"
else
  echo "rebuild-test: JDK 25: skipped, no JDK at $JDK25_HOME"
fi
echo "rebuild-test: OK"
