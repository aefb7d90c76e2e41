#!/usr/bin/env bash
# A new consumer project, as a user would make it from README: with an empty local Maven repository,
# install the BOM and epidural-content from this tree, paste README's dependency snippets into new
# projects (the BOM form and the single-artifact form), and compile and run README's Java snippet.
# Also checks that both forms resolve the same runtime class path as the SDK's own build (so the
# BOM's versions, classmate among them, are the tested ones). Everything goes under
# target/consumer-check/. Run by .ci/run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/target/consumer-check
repo=$out/m2
mvn=("$root/mvnw" -B -q -Dstyle.color=never "-Dmaven.repo.local=$repo")

# An empty local repository, filled only from Maven Central and this tree.
rm -rf "$out"
mkdir -p "$out"
cd "$root"
version=$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
"${mvn[@]}" -pl epidural-bom,epidural-content -am install -Dmaven.test.skip=true -Derrorprone.skip \
  -Dmaven.javadoc.skip -Dmaven.source.skip
"${mvn[@]}" -pl epidural-content dependency:list -DincludeScope=runtime -DoutputFile="$out/sdk.txt" \
  -DoutputAbsoluteArtifactFilename=false -Dsort=true

# One consumer per dependency form of README; each gets README's first Java block as its Main.
python3 - "$root/README.md" "$out" "$version" <<'PY'
import re, sys
from pathlib import Path
readme, out, version = Path(sys.argv[1]).read_text(encoding="utf-8"), Path(sys.argv[2]), sys.argv[3]
xml = re.findall(r"^```xml\n(.*?)^```", readme, re.M | re.S)
java = re.findall(r"^```java\n(.*?)^```", readme, re.M | re.S)
forms = {"bom": next(x for x in xml if "<scope>import</scope>" in x),
         "single": next(x for x in xml if "<scope>import</scope>" not in x and "epidural-content" in x)}
# README shows the released version; the check uses this tree's.
pin = lambda x: re.sub(r"(<artifactId>epidural-[a-z]+</artifactId>\s*<version>)[^<]+(</version>)",
                       r"\g<1>%s\g<2>" % version, x)
# The docs' convention (CONTRIBUTING.md): import lines, then statements run as a main body.
lines, body, opened = java[0].splitlines(), [], False
for line in lines:
    if not opened and not (not line.strip() or re.match(r"\s*import\s", line)):
        body.append("public final class Main { public static void main(String[] args) throws Exception { ")
        opened = True
    body.append(line)
main = "\n".join(body) + "\n}}\n"
for name, snippet in forms.items():
    app = out / name
    (app / "src/main/java").mkdir(parents=True)
    (app / "src/main/java/Main.java").write_text(main, encoding="utf-8")
    (app / "pom.xml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>consumer-%s</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
%s
</project>
""" % (name, pin(snippet)), encoding="utf-8")
PY

for form in bom single; do
  app=$out/$form
  mkdir -p "$app/bundles"
  cp -r "$root/epidural-examples/src/main/resources/dev/epidural/examples/clinic-overlay" "$app/bundles/clinic"
  (cd "$app" && "${mvn[@]}" -f pom.xml compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
      -Dexec.mainClass=Main > run.log)
  grep -q . "$app/run.log" || { echo "consumer-check: README's snippet printed nothing ($form)" >&2; exit 1; }
  (cd "$app" && "${mvn[@]}" -f pom.xml dependency:list -DincludeScope=runtime -DoutputFile="$app/deps.txt" \
      -DoutputAbsoluteArtifactFilename=false -Dsort=true)
  # The consumer's class path is the SDK's, plus epidural-content itself.
  sed -n 's/^ *\([^ ]*:[^ ]*\):\(compile\|runtime\).*/\1/p' "$out/sdk.txt" | sort > "$out/sdk.list"
  sed -n 's/^ *\([^ ]*:[^ ]*\):\(compile\|runtime\).*/\1/p' "$app/deps.txt" | grep -v ':epidural-content:' | sort > "$app/deps.list"
  if ! diff -u "$out/sdk.list" "$app/deps.list"; then
    echo "consumer-check: README's $form form resolves other versions than the SDK's build (above)" >&2
    exit 1
  fi
  echo "consumer-check: $form form compiles and runs README's snippet; $(wc -l < "$app/deps.list") runtime jars as in the build"
done
