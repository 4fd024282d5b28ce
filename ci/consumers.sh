# What the scripts of ci/ that build a user's project against the installed artifacts share
# (consumer-test, consumer-pickle, consumer-strict, consumer-kotlin, rebuild-test). Sourced, after
# CONSUMER is set to the script's name; it defines:
#
#   ROOT                the repository; JDK25_HOME and the CPython lookup from ci/locations.sh
#   M2_REPO             the local Maven repository (the environment's, else ~/.m2/repository)
#   VERSION             the reactor's version
#   fail TEXT...        says "CONSUMER: FAILED: TEXT" on stderr and exits 1
#   require_installed MODULE...
#                       fails unless structseq-MODULE's JAR is installed in M2_REPO
#   use_jdk JAVA_HOME_OR_EMPTY
#                       sets jdk_env (the environment for that JDK's Maven, for env) and jdk_java
#                       (its java); empty: the default JDK
#   java_feature JAVA   prints the feature version of that java
#   build_copy PROJECT DIR WHAT JAVA_HOME_OR_EMPTY
#                       copies ci/PROJECT to DIR (without target/) and runs mvn -q package there with
#                       that JDK and the script's MVN_EXTRA, failing with "WHAT: build"; sets jdk_env,
#                       jdk_java and jdk_feature
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/ci/locations.sh"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"

fail() {
  echo "$CONSUMER: FAILED: $*" >&2
  exit 1
}

# The reactor's version: the parent POM has no <parent>, so its first <version> is its own.
VERSION="$(sed -n 's:^[[:space:]]*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
[[ -n "$VERSION" ]] || fail "no <version> in $ROOT/pom.xml"

require_installed() {
  local m
  for m in "$@"; do
    [[ -f "$M2_REPO/io/structseq/structseq-$m/$VERSION/structseq-$m-$VERSION.jar" ]] \
      || fail "structseq-$m $VERSION is not installed in $M2_REPO: run mvn install first"
  done
}

use_jdk() {
  jdk_env=()
  jdk_java=java
  if [[ -n "$1" ]]; then
    # Maven 3.8's Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every run (JEP 471/498).
    jdk_env=(JAVA_HOME="$1" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow")
    jdk_java="$1/bin/java"
  fi
}

java_feature() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

build_copy() {
  local project="$1" dir="$2" what="$3"
  cp -R "$ROOT/ci/$project" "$dir"
  rm -rf "$dir/target"
  use_jdk "$4"
  jdk_feature="$(java_feature "$jdk_java")"
  echo "$CONSUMER: $what: mvn package"
  (cd "$dir" && env ${jdk_env[@]+"${jdk_env[@]}"} mvn -B -q -Dstyle.color=never package -Dstructseq.version="$VERSION" \
      ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"}) || fail "$what: build"
}
