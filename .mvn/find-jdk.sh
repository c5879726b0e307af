# Sourced by ./mvnw and ./technic: makes JAVA_HOME point at a JDK 25 or newer.
# Keeps a JAVA_HOME that already qualifies; otherwise searches the usual install places.
# On failure prints what to do and returns 1.

technic_java_major() { # $1 = a JDK home; prints its feature version (17, 25, ...)
  local rel="$1/release" v
  [ -x "$1/bin/java" ] || return 1
  if [ -f "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$v" ] && echo "$v"
}

technic_find_jdk() {
  local min=25 cand major best="" best_major=0 noglob=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(technic_java_major "$JAVA_HOME") || major=0
    if [ "${major:-0}" -ge "$min" ]; then return 0; fi
  fi
  case $- in *f*) noglob=1; set +f ;; esac
  for cand in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home \
              "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.local/share/jdks/*; do
    [ -d "$cand" ] || continue
    major=$(technic_java_major "$cand") || continue
    if [ "${major:-0}" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$cand"; best_major="$major"
    fi
  done
  [ "$noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    cat >&2 <<MSG
technic: no JDK $min or newer found (JAVA_HOME=${JAVA_HOME:-unset}).
  Install one, e.g. Temurin 25 (https://adoptium.net, or apt-get install temurin-25-jdk
  from the Adoptium repository), then either leave it in /usr/lib/jvm (found automatically)
  or set JAVA_HOME to it:  export JAVA_HOME=/path/to/jdk-25
MSG
    return 1
  fi
  export JAVA_HOME="$best"
}
