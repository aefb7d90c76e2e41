#!/usr/bin/env python3
"""Checks a staged Maven release tree the way Maven Central's validation does.

Usage: check-staging.py [--verify-signatures] STAGING_DIR

For every artifact (a folder groupId/artifactId/version holding a .pom):
  - the .pom; for a jar artifact also the .jar, -sources.jar and -javadoc.jar;
  - for every file: its .asc signature and its .md5 and .sha1 checksums, which must match
    (signatures themselves need no checksums);
    with --verify-signatures each .asc is checked with gpg (GNUPGHOME as set by the caller);
  - in the pom, or inherited from a parent pom staged in the same tree: name, description, url,
    licenses (each with name and url), developers and scm (url and connection);
  - no SNAPSHOT anywhere: not as the version, not in any pom (dependencies, parent, properties).
Prints one line per problem, "path: what is wrong", and exits 1 if there is any, else 0.
"""
import hashlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
SUFFIXES = (".asc", ".md5", ".sha1", ".sha256", ".sha512")


def text(element, path):
    found = element.find(path, NS) if element is not None else None
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def read_pom(path):
    root = ET.parse(path).getroot()
    parent = root.find("m:parent", NS)
    group = text(root, "m:groupId") or text(parent, "m:groupId")
    version = text(root, "m:version") or text(parent, "m:version")
    return {
        "root": root,
        "coords": (group, text(root, "m:artifactId"), version),
        "parent": (text(parent, "m:groupId"), text(parent, "m:artifactId"), text(parent, "m:version"))
        if parent is not None else None,
        "packaging": text(root, "m:packaging") or "jar",
    }


def metadata_problems(pom, poms):
    """The Central-required elements this pom lacks, after inheritance from staged parents."""
    chain, seen = [pom], set()
    while chain[-1]["parent"] and chain[-1]["parent"] not in seen:
        seen.add(chain[-1]["parent"])
        parent = poms.get(chain[-1]["parent"])
        if parent is None:
            break
        chain.append(parent)

    def first(path):
        for p in chain:
            if p["root"].find(path, NS) is not None:
                return p["root"].find(path, NS)
        return None

    problems = []
    # name and description are never inherited in a meaningful way: each pom says its own.
    for element in ("name", "description"):
        if text(pom["root"], "m:" + element) is None:
            problems.append("pom has no <%s>" % element)
    if first("m:url") is None or not (first("m:url").text or "").strip():
        problems.append("pom has no <url>")
    licenses = first("m:licenses")
    if licenses is None or not licenses.findall("m:license", NS):
        problems.append("pom has no <licenses>")
    else:
        for lic in licenses.findall("m:license", NS):
            if text(lic, "m:name") is None or text(lic, "m:url") is None:
                problems.append("pom has a <license> without <name> and <url>")
    developers = first("m:developers")
    if developers is None or not developers.findall("m:developer", NS):
        problems.append("pom has no <developers>")
    scm = first("m:scm")
    if scm is None:
        problems.append("pom has no <scm>")
    elif text(scm, "m:url") is None or text(scm, "m:connection") is None:
        problems.append("pom's <scm> lacks <url> or <connection>")
    return problems


def file_problems(path, verify_signatures):
    problems = []
    data = path.read_bytes()
    for ext, algo in ((".md5", "md5"), (".sha1", "sha1")):
        sums = path.with_name(path.name + ext)
        if not sums.is_file():
            problems.append("no %s checksum" % ext)
        elif sums.read_text().split()[0].strip().lower() != hashlib.new(algo, data).hexdigest():
            problems.append("%s checksum does not match the file" % ext)
    asc = path.with_name(path.name + ".asc")
    if not asc.is_file():
        problems.append("no .asc signature")
    else:
        # Central wants no checksums of signatures, and Maven 3.9 writes none.
        if verify_signatures:
            result = subprocess.run(["gpg", "--batch", "--verify", str(asc), str(path)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if result.returncode != 0:
                problems.append("the .asc signature does not verify")
    return problems


def check(staging, verify_signatures=False):
    staging = Path(staging)
    problems = []
    pom_files = sorted(p for p in staging.rglob("*.pom") if p.is_file())
    if not pom_files:
        return ["%s: no artifact staged (no .pom found)" % staging]
    poms = {}
    for pom_file in pom_files:
        try:
            pom = read_pom(pom_file)
        except ET.ParseError as e:
            problems.append("%s: not a readable pom: %s" % (pom_file.relative_to(staging), e))
            continue
        pom["file"] = pom_file
        poms[pom["coords"]] = pom
    for coords, pom in sorted(poms.items(), key=lambda kv: str(kv[1]["file"])):
        rel = pom["file"].relative_to(staging)
        group, artifact, version = coords
        folder = pom["file"].parent
        if "SNAPSHOT" in (version or ""):
            problems.append("%s: version %s is a SNAPSHOT" % (rel, version))
        if "SNAPSHOT" in pom["file"].read_text(encoding="utf-8"):
            problems.append("%s: pom names a SNAPSHOT (a dependency, parent or property)" % rel)
        for problem in metadata_problems(pom, poms):
            problems.append("%s: %s" % (rel, problem))
        base = "%s-%s" % (artifact, version)
        if pom["packaging"] != "pom":
            for needed in (base + ".jar", base + "-sources.jar", base + "-javadoc.jar"):
                if not (folder / needed).is_file():
                    problems.append("%s: missing (Central requires it)" % (folder.relative_to(staging) / needed))
        for f in sorted(folder.iterdir()):
            if f.is_file() and f.name.startswith(base) and not f.name.endswith(SUFFIXES):
                for problem in file_problems(f, verify_signatures):
                    problems.append("%s: %s" % (f.relative_to(staging), problem))
    return problems


def main(argv):
    verify = "--verify-signatures" in argv
    args = [a for a in argv if a != "--verify-signatures"]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    problems = check(args[0], verify)
    for p in problems:
        print(p)
    if problems:
        print("staging check: %d problem(s) in %s" % (len(problems), args[0]))
        return 1
    print("staging check: %s is complete, signed and checksummed" % args[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
