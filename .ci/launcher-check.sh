#!/usr/bin/env bash
# Checks bin/epidural on epidural-cli/target/epidural-cli.jar (built by ./mvnw verify) with each JDK
# given: it validates the built-in bundle; on Java 19+ the first run leaves a class-data-sharing
# archive and the second uses it with the same output, on Java 17 none is made; errors exit 2.
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
  if [ "$feature" -ge 19 ] && [ "$archives" -ne 1 ]; then
    echo "launcher-check: JDK $feature made no class-data-sharing archive in $cache" >&2; exit 1
  fi
  if [ "$feature" -lt 19 ] && [ "$archives" -ne 0 ]; then
    echo "launcher-check: JDK $feature should not make an archive" >&2; exit 1
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
