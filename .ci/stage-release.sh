#!/usr/bin/env bash
# Stages a release of the SDK into a local folder, as it would go to Maven Central, and checks it:
# every artifact complete, signed and checksummed, every pom with Central's metadata, no SNAPSHOT,
# and the jars reproducible (a second build makes the same bytes). Then it proves the checker fails
# on a pom without <scm> and on a missing .asc. Run by .ci/run; takes a few minutes.
#
#   .ci/stage-release.sh [VERSION]     VERSION defaults to the project's version without -SNAPSHOT
#
# Everything it writes is under target/release-staging/. The signing key is made for this run in
# a temporary GNUPGHOME and deleted at the end; no key is ever committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/target/release-staging
mvn_opts=(-B -q -Dstyle.color=never)

# A clean output folder, and a throwaway GPG home removed on exit.
rm -rf "$out"
mkdir -p "$out"
GNUPGHOME=$(mktemp -d)
export GNUPGHOME
trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT

# The checker's own failure modes on small made-up trees (under a second).
python3 "$root/.ci/check_staging_test.py" -q

# A signing key for this run only: no passphrase, valid for one day.
gpg --batch --passphrase '' --quick-gen-key "Epidural SDK staging check <staging@epidural.invalid>" ed25519 sign 1d 2>/dev/null
key=$(gpg --batch --list-secret-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')

# A copy of the sources (tracked and new files, no build output), where the version can be set.
src=$out/src
mkdir -p "$src"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$src"
cd "$src"
version=${1:-$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml | sed 's/-SNAPSHOT$//')}
./mvnw "${mvn_opts[@]}" versions:set -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules=true
if grep -l -- '-SNAPSHOT' pom.xml */pom.xml; then
  echo "stage-release: a pom still names a SNAPSHOT after setting version $version" >&2
  exit 1
fi

# Stage: the release profile (sources, javadoc, signatures) deployed to a local folder. No install:
# the release version never lands in the local Maven repository. Tests ran in the main build.
release_build() {
  ./mvnw "${mvn_opts[@]}" -Prelease clean deploy -DskipTests -Dmaven.install.skip=true \
    -DaltDeploymentRepository="local::file:$1" "${@:2}"
}
release_build "$out/staging" -Dgpg.keyname="$key"
python3 "$root/.ci/check-staging.py" --verify-signatures "$out/staging"

# Reproducible: a second build from the same sources makes byte-identical jars.
release_build "$out/rebuild" -Dgpg.skip=true
(cd "$out/staging" && find . -name '*.jar' | sort | xargs sha256sum) > "$out/staging.sha256"
(cd "$out/rebuild" && find . -name '*.jar' | sort | xargs sha256sum) > "$out/rebuild.sha256"
if ! diff -u "$out/staging.sha256" "$out/rebuild.sha256"; then
  echo "stage-release: two builds of the same sources made different jars (above)" >&2
  exit 1
fi
echo "stage-release: $(wc -l < "$out/staging.sha256") jars identical in two builds"

# The checker must fail on a staged pom without <scm> (re-signed and re-summed, so scm is the only
# fault) and on a missing .asc.
expect_failure() { # DIR TEXT: the checker fails on DIR and says TEXT
  local report
  if report=$(python3 "$root/.ci/check-staging.py" --verify-signatures "$1"); then
    echo "stage-release: the checker passed $1, which lacks $2" >&2
    exit 1
  fi
  grep -qF -- "$2" <<<"$report" || { echo "stage-release: expected '$2' in: $report" >&2; exit 1; }
}
cp -r "$out/staging" "$out/no-scm"
bom=$(find "$out/no-scm" -name "epidural-bom-$version.pom")
python3 - "$bom" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(re.sub(r"\s*<scm>.*?</scm>", "", s, flags=re.S))
PY
md5sum < "$bom" | cut -d' ' -f1 > "$bom.md5"
sha1sum < "$bom" | cut -d' ' -f1 > "$bom.sha1"
gpg --batch --yes --local-user "$key" --armor --detach-sign "$bom"
expect_failure "$out/no-scm" "epidural-bom-$version.pom: pom has no <scm>"

cp -r "$out/staging" "$out/no-asc"
rm "$(find "$out/no-asc" -name "epidural-content-$version.jar.asc")"
expect_failure "$out/no-asc" "epidural-content-$version.jar: no .asc signature"
echo "stage-release: $version staged in $out/staging and checked; the checker's failure modes hold"
