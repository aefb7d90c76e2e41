#!/usr/bin/env bash
# Checks bin/epidural on epidural-cli/target/epidural-cli.jar (built by ./mvnw verify) with each JDK
# given: it validates the built-in bundle; the first run leaves a class-data-sharing archive and the
# second uses it with the same output; on Java 17 and 18, where the script keeps the archive, a jar
# newer than the archive gets a new one, and JVM options make none; errors exit 2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
launcher=$root/bin/epidural
[ -f "$root/epidural-cli/target/epidural-cli.jar" ] || { echo "launcher-check: build the CLI first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for jdk in "$@"; do
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  cache=$tmp/cds-$feature
  first=$(JAVA_HOME=$jdk EPIDURAL_CDS_DIR=$cache sh "$launcher" validate --format json --builtin 2>"$tmp/err")
  [ ! -s "$tmp/err" ] || { echo "launcher-check: stderr on JDK $feature: $(cat "$tmp/err")" >&2; exit 1; }
  second=$(JAVA_HOME=$jdk EPIDURAL_CDS_DIR=$cache sh "$launcher" validate --format json --builtin)
  [ "$first" = "$second" ] && [ "${first#\{}" != "$first" ] \
    || { echo "launcher-check: JDK $feature: the two runs differ or are not JSON" >&2; exit 1; }
  archives=$( (find "$cache" -name '*.jsa' 2>/dev/null || true) | wc -l)
  if [ "$archives" -ne 1 ]; then
    echo "launcher-check: JDK $feature made no class-data-sharing archive in $cache" >&2; exit 1
  fi
  if [ "$feature" -lt 19 ]; then
    # The script's own upkeep: a newer jar (a copy, touched) gets a new archive, with the same report.
    cp "$root/epidural-cli/target/epidural-cli.jar" "$tmp/epidural-cli.jar"
    archive=$(find "$cache" -name '*.jsa')
    touch -d '2000-01-01' "$archive"
    third=$(JAVA_HOME=$jdk EPIDURAL_CDS_DIR=$cache EPIDURAL_JAR=$tmp/epidural-cli.jar sh "$launcher" validate --format json --builtin)
    [ "$third" = "$first" ] && [ "$archive" -nt "$tmp/epidural-cli.jar" ] \
      || { echo "launcher-check: JDK $feature: an archive older than the jar was not replaced" >&2; exit 1; }
    rm -f "$archive"
    JAVA_HOME=$jdk EPIDURAL_CDS_DIR=$cache EPIDURAL_JAVA_OPTS=-Xshare:off sh "$launcher" validate --builtin >/dev/null
    [ ! -e "$archive" ] || { echo "launcher-check: JDK $feature wrote an archive despite EPIDURAL_JAVA_OPTS" >&2; exit 1; }
    rm -f "$tmp/epidural-cli.jar"
  fi
  echo "launcher-check: JDK $feature ok ($archives archive)"
done
# No jar where told, no Java where told: one line on stderr, exit 2.
set +e
EPIDURAL_JAR=$tmp/none.jar sh "$launcher" --version 2>"$tmp/err"; code=$?
[ "$code" = 2 ] && grep -q '^epidural: EPIDURAL_JAR' "$tmp/err" || { echo "launcher-check: missing jar not reported" >&2; exit 1; }
JAVA_HOME=$tmp sh "$launcher" --version 2>"$tmp/err"; code=$?
[ "$code" = 2 ] && grep -q '^epidural: JAVA_HOME' "$tmp/err" || { echo "launcher-check: bad JAVA_HOME not reported" >&2; exit 1; }
echo "launcher-check: errors reported with exit 2"
