# The start-up of the samples' command-line tools (pystat, pyos), shared by their launchers:
#
#   . "$here/launcher.sh"; launch TOOL "$@"           run target/TOOL.jar as fast as this machine allows
#   bash samples/launcher.sh train JDK25_HOME BUILD_JAVA_HOME TOOL...   write the start-up caches
#                                                       (mvn package does it)
#
# A tool's start is mostly the JVM's own and, on JDK 22+, linking the FFM downcalls of the runtime.
# The build (samples/pom.xml, exec-maven-plugin in the package phase) makes one start-up cache per tool
# and JDK, in target/cache/VERSION/ (VERSION: the JDK's JAVA_RUNTIME_VERSION), for the JDK 25 the
# build names (structseq.jdk25.home, JDK25_HOME overrides it) and for the JDK the launcher would pick
# in the build's environment:
#   - JDK 25 or later: an AOT cache (JEP 483/514/515), TOOL.aot, trained by one run of the tool;
#   - an older JDK: a CDS archive, TOOL.jsa, of the classes one run of the tool loaded (a static
#     archive from -XX:DumpLoadedClassList and -Xshare:dump, which measured faster than a dynamic one
#     from -XX:ArchiveClassesAtExit).
# The launcher uses a cache when it is valid: made by this very JDK (the stamp TOOL.jdk), after the
# JAR. Otherwise, or when the JVM's own checks reject it, the tool runs from its JAR without a word:
# the JVM's cache logging is off (it would print cache errors on stdout). The launcher never trains a
# cache itself and starts no process besides the JVM it execs.
#
# The AOT cache cannot hold classes from a multi-release JAR's META-INF/versions (the JVM refuses them
# as "not defined from the JAR as claimed"), so it is trained on, and used with, a flattened copy,
# TOOL.jar beside it, whose versioned classes replace the base ones. JDK 17 reads no versioned class
# of these JARs (they are for 22), so its archive goes with the JAR itself.
#
# The JVM flags suit a process that lives for a few milliseconds: C1 only (no C2 compiler threads)
# and ten times its usual thresholds (a short run is interpreted rather than compiled: measured, 30%
# less CPU than plain C1 and close to -Xint, while a run over many paths still gets compiled code),
# no hsperfdata file (which a JVM otherwise writes under /tmp, changing it while the tool reports on
# it), and the collector that starts fastest with the JDK's cache (structseq_gc): Serial on JDK 25+;
# G1 before, since JDK 17 uses the heap objects of a CDS archive (the module graph, class mirrors,
# strings) only with G1, and ignores them with Serial (measured on JDK 17: 7 to 8 ms less per start
# with G1; on JDK 25 with its AOT cache, Serial is 5 ms faster than G1).

# The JDK that runs the tools, into structseq_java_bin: $JAVA_HOME, else the JDK 25 that the build
# found (target/cache/jdk25, written by the build; FFM backend: every stat field is read), else the
# java on the PATH. A variable, not output: a command substitution forks a shell on every run.
structseq_java() {
  local jdk25=""
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    structseq_java_bin="$JAVA_HOME/bin/java"
    return 0
  fi
  [[ -f "$here/target/cache/jdk25" ]] && IFS= read -r jdk25 < "$here/target/cache/jdk25"
  if [[ -n "$jdk25" && -x "$jdk25/bin/java" ]]; then
    structseq_java_bin="$jdk25/bin/java"
  else
    structseq_java_bin="$(command -v java)"
  fi
}

# What identifies a JDK build for its caches, into structseq_jdk_id: the real path of its java and
# its release file's JAVA_RUNTIME_VERSION, read without starting a JVM (and without a process where
# java is no symbolic link); and the folder of its caches, into structseq_cache (empty when the JDK
# has no release file, or no version that can name a folder).
structseq_jdk_id() {
  local java="$1" home line version
  structseq_jdk_id=""
  structseq_cache=""
  [[ -L "$java" || "$java" != /* ]] && java="$(readlink -f "$java")"
  home="${java%/*}"
  home="${home%/*}"
  [[ -f "$home/release" ]] || return 0
  while IFS= read -r line; do
    if [[ "$line" == JAVA_RUNTIME_VERSION=* ]]; then
      structseq_jdk_id="$java $line"
      version="${line#JAVA_RUNTIME_VERSION=}"
      version="${version//\"/}"
      [[ "$version" =~ ^[A-Za-z0-9._+-]+$ ]] && structseq_cache="$here/target/cache/$version"
      return 0
    fi
  done < "$home/release"
}

# The feature version of a JDK id (above), into structseq_feature; 0 when unknown.
structseq_feature() {
  local version="${1##*JAVA_RUNTIME_VERSION=\"}"
  structseq_feature="${version%%[.+-]*}"
  [[ -n "$1" && "$structseq_feature" =~ ^[0-9]+$ ]] || structseq_feature=0
}

# Before JDK 22 the runtime calls the C library through jffi (jnr-ffi), whose native library the build
# extracts into target/cache/jffi: the JVM loads it from there, where jffi would otherwise copy it out
# of the JAR into a temporary file on every start.
structseq_jffi_flags() {
  structseq_jffi_flags=()
  [[ "$1" -lt 22 && -d "$here/target/cache/jffi" ]] \
    && structseq_jffi_flags=(-Djffi.boot.library.path="$here/target/cache/jffi")
  return 0
}

structseq_flags=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=10 -XX:-UsePerfData)

# The collector for a JDK's feature version, into structseq_gc (see the top of this file).
structseq_gc() {
  if [[ "$1" -ge 25 ]]; then
    structseq_gc=-XX:+UseSerialGC
  else
    structseq_gc=-XX:+UseG1GC
  fi
}
# A run over a few arguments (one call of pyos, a few paths of pystat) ends before compiled code
# would pay for its compiler: it is interpreted. Measured on JDK 25 with the AOT cache, pystat on one
# path: 7 ms less CPU per start (54.7 against 62.1 ms, java Hello 30.0); on 478 paths still faster;
# on 20,000 paths 3.5 times slower (1.5 against 0.43 s), hence the limit.
structseq_interpreted_below=100

# Runs target/TOOL.jar with its start-up cache when that is valid for this JDK and JAR, else without.
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
  structseq_feature "$structseq_jdk_id"
  structseq_gc "$structseq_feature"
  local java="$structseq_java_bin" cache="$structseq_cache/$tool" built="" flags
  flags=("${structseq_flags[@]}" "$structseq_gc")
  (( $# < structseq_interpreted_below )) && flags+=(-Xint)
  if [[ -n "$structseq_cache" && -f "$cache.jdk" && "$cache.jdk" -nt "$jar" ]]; then
    IFS= read -r built < "$cache.jdk" || true
  fi
  if [[ -n "$built" && "$built" == "$structseq_jdk_id" ]]; then
    if [[ -f "$cache.aot" && -f "$cache.jar" ]]; then
      exec "$java" "${flags[@]}" -XX:AOTCache="$cache.aot" -Xlog:aot=off,cds=off \
        -jar "$cache.jar" "$@"
    fi
  fi
  structseq_jffi_flags "$structseq_feature"
  flags+=("${structseq_jffi_flags[@]}")
  if [[ -n "$built" && "$built" == "$structseq_jdk_id" && -f "$cache.jsa" ]]; then
    exec "$java" "${flags[@]}" -XX:SharedArchiveFile="$cache.jsa" \
      -Xlog:cds=off,cds+dynamic=off -jar "$jar" "$@"
  fi
  exec "$java" "${flags[@]}" -jar "$jar" "$@"
}

# The arguments of a tool's training run: its everyday use, on a file that always exists.
structseq_training_args() {
  case "$1" in
    pyos) structseq_training_args=(os.lstat "$here/target/$1.jar") ;;
    *) structseq_training_args=("$here/target/$1.jar") ;;
  esac
}

# Writes TOOL's start-up cache for one JDK (its java) into that JDK's cache folder; says what it did.
# The stamp TOOL.jdk, which the launcher checks, is written last.
structseq_train_one() {
  local java="$1" tool="$2"
  local jar="$here/target/$tool.jar"
  structseq_jdk_id "$java"
  local id="$structseq_jdk_id" cache="$structseq_cache/$tool"
  if [[ -z "$structseq_cache" ]]; then
    echo "$tool: no start-up cache for $java: it has no release file naming its version"
    return 0
  fi
  structseq_feature "$id"
  structseq_gc "$structseq_feature"
  local flags=("${structseq_flags[@]}" "$structseq_gc")
  mkdir -p "$structseq_cache"
  rm -f "$cache.jdk" "$cache.aot" "$cache.jsa" "$cache.jar" "$cache.log"
  structseq_training_args "$tool"
  local ok=false
  if [[ "$structseq_feature" -ge 25 ]]; then
    if structseq_flatten "$java" "$jar" "$cache.jar" "$structseq_feature" \
        && "$java" "${flags[@]}" -XX:AOTCacheOutput="$cache.aot" -jar "$cache.jar" \
          "${structseq_training_args[@]}" > /dev/null 2> "$cache.log" \
        && [[ -f "$cache.aot" ]]; then
      ok=true
    fi
  # A static archive from the classes one run loaded: measured, 4 to 5 ms less CPU per start than
  # a dynamic one (-XX:ArchiveClassesAtExit) on JDK 17, since it holds the JDK's classes too (and,
  # before JDK 22, jffi's).
  elif structseq_jffi_flags "$structseq_feature" \
      && "$java" "${flags[@]}" "${structseq_jffi_flags[@]}" -XX:DumpLoadedClassList="$cache.classlist" -jar "$jar" \
        "${structseq_training_args[@]}" > /dev/null 2> "$cache.log" \
      && "$java" "${flags[@]}" -Xshare:dump -XX:SharedClassListFile="$cache.classlist" \
        -XX:SharedArchiveFile="$cache.jsa" -cp "$jar" > "$cache.log" 2>&1 \
      && [[ -f "$cache.jsa" ]]; then
    ok=true
  fi
  rm -f "$cache.classlist"
  if $ok; then
    rm -f "$cache.log"
    echo "$id" > "$cache.jdk"
    echo "$tool: start-up cache $(basename "$cache").$([[ -f "$cache.aot" ]] && echo aot || echo jsa) for $id"
  else
    rm -f "$cache.aot" "$cache.jsa" "$cache.jar"
    echo "$tool: no start-up cache for $java: the training run failed (see $cache.log)"
  fi
}

# Copies a multi-release JAR into a plain one whose classes are those the given feature version reads.
structseq_flatten() {
  local java="$1" jar="$2" flat="$3" feature="$4"
  local jartool work n
  jartool="$(dirname "$(readlink -f "$java")")/jar"
  [[ -x "$jartool" ]] || { echo "no jar tool next to $java" > "${flat%.jar}.log"; return 1; }
  work="$(dirname "$flat")/work-$(basename "$flat" .jar)"
  rm -rf "$work"
  mkdir -p "$work/classes"
  # -J-XX:-UsePerfData: the jar tool is a JVM too, which would write /tmp/hsperfdata_USER.
  (cd "$work/classes" && "$jartool" -J-XX:-UsePerfData --extract --file "$jar") \
    || { rm -rf "$work"; return 1; }
  # Every versions/N this JDK would read, in ascending order, over the base classes.
  for n in $(ls "$work/classes/META-INF/versions" 2> /dev/null | sort -n); do
    if [[ "$n" =~ ^[0-9]+$ && "$n" -le "$feature" ]]; then
      cp -r "$work/classes/META-INF/versions/$n/." "$work/classes/"
    fi
  done
  rm -rf "$work/classes/META-INF/versions"
  grep -v '^Multi-Release:' "$work/classes/META-INF/MANIFEST.MF" > "$work/MANIFEST.MF"
  rm "$work/classes/META-INF/MANIFEST.MF"
  "$jartool" -J-XX:-UsePerfData --create --file "$flat" --manifest "$work/MANIFEST.MF" \
    -C "$work/classes" . || { rm -rf "$work"; return 1; }
  rm -rf "$work"
}

# Extracts jffi's native library for this machine from TOOL's JAR into target/cache/jffi, or says why not.
structseq_extract_jffi() {
  local jartool="$1/bin/jar" jar="$here/target/$2.jar" dir="$here/target/cache/jffi" entry
  entry="jni/$(uname -m)-Linux/libjffi-1.2.so"
  rm -rf "$dir"
  mkdir -p "$dir/extract"
  if [[ -x "$jartool" ]] && (cd "$dir/extract" && "$jartool" -J-XX:-UsePerfData --extract --file "$jar" "$entry") \
      && [[ -f "$dir/extract/$entry" ]]; then
    mv "$dir/extract/$entry" "$dir/"
    rm -rf "$dir/extract"
  else
    rm -rf "$dir"
    echo "no $entry in $jar: jffi copies its library out of the JAR when it starts"
  fi
}

# The build's step: records the JDK 25 it found (target/cache/jdk25, which the launcher reads) and
# trains each TOOL for that JDK, for the JDK that runs the build and for the JDK the launcher would
# pick here, each once.
structseq_train() {
  local jdk25="$1" build_jdk="$2"
  shift 2
  mkdir -p "$here/target/cache"
  if [[ -x "$jdk25/bin/java" ]]; then
    echo "$jdk25" > "$here/target/cache/jdk25"
  else
    rm -f "$here/target/cache/jdk25"
    echo "no JDK 25 at $jdk25 (set JDK25_HOME): the launchers run the JDK of JAVA_HOME or the PATH"
  fi
  structseq_extract_jffi "$build_jdk" "$1"
  structseq_java
  local javas=() tool java
  for java in "$jdk25/bin/java" "$build_jdk/bin/java" "$structseq_java_bin"; do
    [[ -x "$java" ]] || continue
    java="$(readlink -f "$java")"
    [[ " ${javas[*]} " == *" $java "* ]] || javas+=("$java")
  done
  for tool in "$@"; do
    for java in "${javas[@]}"; do
      structseq_train_one "$java" "$tool"
    done
  done
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
  if [[ "${1:-}" == train && $# -ge 4 ]]; then
    shift
    structseq_train "$@"
  else
    echo "usage: bash launcher.sh train JDK25_HOME BUILD_JAVA_HOME TOOL..." >&2
    exit 2
  fi
fi
