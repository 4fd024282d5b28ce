# The start-up of the samples' command-line tools (pystat, pyos), shared by their launchers:
#
#   . "$here/launcher.sh"; launch TOOL "$@"      run target/TOOL.jar as fast as this machine allows
#   bash samples/launcher.sh train TOOL          write TOOL's AOT cache now (benchmarks, packaging)
#
# A tool's start is mostly the JVM's own and, on JDK 22+, linking the FFM downcalls of the runtime.
# On a JDK with the AOT cache (JDK 25+, JEP 483/514/515) one training run of the tool writes
# target/aot/TOOL.aot: classes loaded and linked ahead of time, with their profiles. The launcher
# uses it when it is valid (made by this JDK, after the JAR was built); when it is not, the tool runs
# from its JAR as before and the launcher trains a new cache in the background, detached and silent,
# for the next runs (STRUCTSEQ_AOT=off turns that off). Maven cannot run the training itself here:
# neither exec-maven-plugin nor maven-antrun-plugin resolves offline.
#
# Two details make the cache usable. It cannot hold classes from a multi-release JAR's
# META-INF/versions (the JVM refuses them as "not defined from the JAR as claimed"), so the training
# runs a flattened copy, target/aot/TOOL.jar, whose versioned classes replace the base ones. And the
# JVM prints its cache errors to stdout, so the launcher silences the JVM's cache logging: a cache
# that the JVM's own checks reject is then ignored without a word.
#
# The JVM flags suit a process that lives for a few milliseconds: C1 only (no C2 compiler threads)
# and ten times its usual thresholds (a short run is interpreted rather than compiled: measured, 30%
# less CPU than plain C1 and close to -Xint, while a run over many paths still gets compiled code),
# the Serial collector (the cheapest to start) and no hsperfdata file.

# The JDK that runs the tools, into structseq_java_bin: $JAVA_HOME, else the JDK 25 at
# /usr/lib/jvm/temurin-25-jdk-amd64 (FFM backend: every stat field is read), else the java on the PATH.
# A variable, not output: a command substitution forks a shell on every run.
structseq_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    structseq_java_bin="$JAVA_HOME/bin/java"
  elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    structseq_java_bin=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  else
    structseq_java_bin="$(command -v java)"
  fi
}

# What identifies a JDK build for its AOT cache, into structseq_jdk_id: the real path of its java and
# its release file's JAVA_RUNTIME_VERSION, read without starting a JVM (and without a process where
# java is no symbolic link). Empty when the JDK has no release file.
structseq_jdk_id() {
  local java="$1" home line
  structseq_jdk_id=""
  [[ -L "$java" || "$java" != /* ]] && java="$(readlink -f "$java")"
  home="${java%/*}"
  home="${home%/*}"
  [[ -f "$home/release" ]] || return 0
  while IFS= read -r line; do
    if [[ "$line" == JAVA_RUNTIME_VERSION=* ]]; then
      structseq_jdk_id="$java $line"
      return 0
    fi
  done < "$home/release"
}

# Whether a JDK id (above) names a JDK with the AOT cache: JDK 25 or later.
structseq_has_aot() {
  local version="${1##*JAVA_RUNTIME_VERSION=\"}"
  local feature="${version%%[.+-]*}"
  [[ -n "$1" && "$feature" =~ ^[0-9]+$ && "$feature" -ge 25 ]]
}

structseq_flags=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=10 -XX:+UseSerialGC -XX:-UsePerfData)

# The arguments of a tool's training run: its everyday use, on a file that always exists.
structseq_training_args() {
  case "$1" in
    pyos) echo "os.lstat $here/target/$1.jar" ;;
    *) echo "$here/target/$1.jar" ;;
  esac
}

# Runs target/TOOL.jar with the AOT cache when it is valid for this JDK and JAR, else without it (and
# then trains one in the background).
launch() {
  local tool="$1"
  shift
  local jar="$here/target/$tool.jar"
  if [[ ! -f "$jar" ]]; then
    echo "$tool: $jar is missing; build it first: mvn -q -DskipTests package" >&2
    exit 2
  fi
  structseq_java
  structseq_jdk_id "$structseq_java_bin"
  local java="$structseq_java_bin" id="$structseq_jdk_id"
  local aot="$here/target/aot/$tool"
  if [[ -f "$aot.aot" && -f "$aot.jdk" && "$aot.jar" -nt "$jar" && ! "$aot.jar" -nt "$aot.aot" ]]; then
    local built=""
    IFS= read -r built < "$aot.jdk" || true
    if [[ -n "$built" && "$built" == "$id" ]]; then
      exec "$java" "${structseq_flags[@]}" -XX:AOTCache="$aot.aot" -Xlog:aot=off,cds=off \
        -jar "$aot.jar" "$@"
    fi
  fi
  if [[ "${STRUCTSEQ_AOT:-on}" != off ]] && structseq_has_aot "$id"; then
    (setsid bash "$here/launcher.sh" train "$tool" < /dev/null > /dev/null 2>&1 &)
  fi
  exec "$java" "${structseq_flags[@]}" -jar "$jar" "$@"
}

# Flattens target/TOOL.jar into target/aot/TOOL.jar and trains target/aot/TOOL.aot with one run of
# the tool. One training at a time per tool (a lock directory, taken over after ten minutes); the
# stamp target/aot/TOOL.jdk, which the launcher checks, is written last.
structseq_train() {
  local tool="$1"
  local jar="$here/target/$tool.jar"
  local aot="$here/target/aot/$tool"
  structseq_java
  structseq_jdk_id "$structseq_java_bin"
  local java="$structseq_java_bin" id="$structseq_jdk_id"
  if ! structseq_has_aot "$id"; then
    echo "$tool: no AOT cache: $java is not JDK 25 or later; the launcher runs $jar as is"
    return 0
  fi
  local jartool
  jartool="$(dirname "$(readlink -f "$java")")/jar"
  if [[ ! -x "$jartool" || ! -f "$jar" ]]; then
    echo "$tool: no AOT cache: no $jar, or no jar tool next to $java"
    return 0
  fi
  mkdir -p "$here/target/aot"
  local lock="$aot.lock"
  if ! mkdir "$lock" 2> /dev/null; then
    if [[ -n "$(find "$lock" -maxdepth 0 -mmin +10 2> /dev/null)" ]]; then
      rm -rf "$lock"
      mkdir "$lock" 2> /dev/null || return 0
    else
      echo "$tool: another training is running ($lock)"
      return 0
    fi
  fi
  structseq_lock="$lock"
  trap 'rm -rf "$structseq_lock"' EXIT
  rm -f "$aot.jdk" "$aot.aot" "$aot.jar"
  local work="$lock/classes"
  mkdir -p "$work"
  (cd "$work" && "$jartool" --extract --file "$jar")
  # Every versions/N this JDK would read, in ascending order, over the base classes.
  local feature="${id##*JAVA_RUNTIME_VERSION=\"}"
  feature="${feature%%[.+-]*}"
  local n
  for n in $(ls "$work/META-INF/versions" 2> /dev/null | sort -n); do
    if [[ "$n" =~ ^[0-9]+$ && "$n" -le "$feature" ]]; then
      cp -r "$work/META-INF/versions/$n/." "$work/"
    fi
  done
  rm -rf "$work/META-INF/versions"
  grep -v '^Multi-Release:' "$work/META-INF/MANIFEST.MF" > "$lock/MANIFEST.MF"
  rm "$work/META-INF/MANIFEST.MF"
  "$jartool" --create --file "$aot.jar" --manifest "$lock/MANIFEST.MF" -C "$work" .
  local training
  read -r -a training <<< "$(structseq_training_args "$tool")"
  if "$java" "${structseq_flags[@]}" -XX:AOTCacheOutput="$lock/cache.aot" -jar "$aot.jar" \
      "${training[@]}" > /dev/null 2> "$lock/training.log" && [[ -f "$lock/cache.aot" ]]; then
    mv "$lock/cache.aot" "$aot.aot"
    echo "$id" > "$aot.jdk"
    echo "$tool: AOT cache $aot.aot for $id"
  else
    rm -f "$aot.jar"
    cp "$lock/training.log" "$aot.log" 2> /dev/null || true
    echo "$tool: no AOT cache: the training run failed (see $aot.log); the launcher runs $jar as is"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
  if [[ "${1:-}" == train && $# -eq 2 ]]; then
    structseq_train "$2"
  else
    echo "usage: bash launcher.sh train TOOL" >&2
    exit 2
  fi
fi
