# Shared set-up for jbeam's scripts: find JDK 25 and OTP, and build the launcher jar.
# Sourced, not run. Every function says clearly what is missing instead of failing obscurely.

JBEAM_ROOT=${JBEAM_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
JBEAM_DEFAULT_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

# Sets JAVA_HOME to a JDK 25 or newer: $JAVA_HOME if it is one, else Temurin 25's usual place.
jbeam_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" "$JBEAM_DEFAULT_JDK"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "jbeam: needs JDK 25 or newer (java and javac). Set JAVA_HOME to one, or install" >&2
  echo "       Temurin 25 at $JBEAM_DEFAULT_JDK. Found: JAVA_HOME='${JAVA_HOME:-}'." >&2
  return 1
}

# Makes sure Erlang/OTP (erl, erlc and its libraries) is installed: as root it installs
# Debian's erlang-base, otherwise it prints the exact command to run.
jbeam_ensure_otp() {
  if command -v erl >/dev/null 2>&1 && command -v erlc >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "jbeam: installing Erlang/OTP (Debian's erlang-base) ..." >&2
    if DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq erlang-base >&2; then
      return 0
    fi
  fi
  echo "jbeam: needs Erlang/OTP 25 (erl, erlc and its libraries). Install it with:" >&2
  echo "       sudo apt-get update && sudo apt-get install -y erlang-base" >&2
  return 1
}

# Builds config/target/jbeam.jar when it is missing or older than any source or POM.
jbeam_build_if_needed() {
  local jar="$JBEAM_ROOT/config/target/jbeam.jar"
  if [ -f "$jar" ] && [ -z "$(find "$JBEAM_ROOT" -path "$JBEAM_ROOT/.git" -prune -o \
      \( -name '*.java' -o -name 'pom.xml' -o -name '*.conf' \) -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  echo "jbeam: building (first use or sources changed) ..." >&2
  (cd "$JBEAM_ROOT" && ./mvnw -q -B -DskipTests package) >&2 || {
    echo "jbeam: the build failed; run '(cd $JBEAM_ROOT && ./mvnw -B package)' to see why." >&2
    return 1
  }
}

# The JVM flags every jbeam JVM runs with (warning-free FFM and Guice, deep recursion in
# the runtime's Java code).
JBEAM_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED -Dguice_bytecode_gen_option=DISABLED -Xss16m)

# Sets JBEAM_AOT_FLAGS to use an AOT cache of the launcher (JDK 25's -XX:AOTCache: its classes
# loaded, linked and profiled by one boot), creating it on first use: it saves about a third of
# a start. The cache is named after the jar's size and time, because the JVM does not notice a
# rebuilt jar of the same size and would run the old classes. JBEAM_AOT=0 turns it off; a
# cache that cannot be made only costs the speed-up.
jbeam_aot_flags() {
  JBEAM_AOT_FLAGS=()
  [ "${JBEAM_AOT:-1}" = 0 ] && return 0
  local jar="$JBEAM_ROOT/config/target/jbeam.jar" stamp cache partial
  stamp=$(stat -c '%s-%Y' "$jar") || return 0
  cache="$JBEAM_ROOT/config/target/jbeam-$stamp.aot"
  if [ ! -f "$cache" ]; then
    echo "jbeam: making the JVM's AOT cache for this build (once) ..." >&2
    rm -f "$JBEAM_ROOT"/config/target/jbeam-*.aot
    # Trained on a boot with modules on both tiers, so both tiers' classes are in it.
    partial="$cache.$$.tmp"
    if "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$partial" "${JBEAM_JVM_FLAGS[@]}" -jar "$jar" \
        -c 'modules={"e*" = "template-jit", "g*" = "template-jit", "l*" = "template-jit"}' -noshell -eval 'halt()' \
        >/dev/null 2>&1 && [ -f "$partial" ]; then
      mv -f "$partial" "$cache"
    else
      rm -f "$partial" "$partial.config"
      echo "jbeam: no AOT cache (the JVM could not make one); starting without it" >&2
      return 0
    fi
  fi
  JBEAM_AOT_FLAGS=(-XX:AOTCache="$cache")
}
