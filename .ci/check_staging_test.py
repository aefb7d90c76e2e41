#!/usr/bin/env python3
"""Failure modes of check-staging.py on small staged trees made here (no build, no gpg).

Run: python3 .ci/check_staging_test.py   (also run by .ci/stage-release.sh)
"""
import hashlib
import importlib.util
import shutil
import tempfile
import unittest
from pathlib import Path

spec = importlib.util.spec_from_file_location("check_staging", Path(__file__).with_name("check-staging.py"))
check_staging = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_staging)

META = """<name>{name}</name><description>d</description><url>https://example.invalid</url>
<licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
<developers><developer><name>Someone</name></developer></developers>
<scm><connection>scm:git:https://example.invalid/x.git</connection><url>https://example.invalid/x</url></scm>"""


def pom(artifact, packaging="jar", parent=None, meta=True, extra=""):
    head = ('<parent><groupId>org.example</groupId><artifactId>%s</artifactId><version>1.0.0</version></parent>'
            % parent) if parent else "<groupId>org.example</groupId><version>1.0.0</version>"
    body = META.format(name=artifact) if meta else "<name>%s</name><description>d</description>" % artifact
    return ('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>%s'
            '<artifactId>%s</artifactId><packaging>%s</packaging>%s%s</project>'
            % (head, artifact, packaging, body, extra))


def put(folder, name, data):
    path = folder / name
    path.write_bytes(data)
    for ext in ("md5", "sha1"):
        (folder / (name + "." + ext)).write_text(hashlib.new(ext, data).hexdigest())
    (folder / (name + ".asc")).write_bytes(b"signature of " + name.encode())


class CheckStagingTest(unittest.TestCase):

    def setUp(self):
        self.root = Path(tempfile.mkdtemp())
        # A parent pom with the metadata, a jar module inheriting it, a BOM with its own.
        self.artifact("parent", "pom", pom("parent", "pom"))
        self.artifact("lib", "jar", pom("lib", parent="parent", meta=False))
        self.artifact("bom", "pom", pom("bom", "pom"))

    def tearDown(self):
        shutil.rmtree(self.root)

    def artifact(self, name, packaging, pom_text):
        folder = self.root / "org/example" / name / "1.0.0"
        folder.mkdir(parents=True, exist_ok=True)
        put(folder, "%s-1.0.0.pom" % name, pom_text.encode())
        if packaging == "jar":
            for suffix in ("", "-sources", "-javadoc"):
                put(folder, "%s-1.0.0%s.jar" % (name, suffix), b"jar" + suffix.encode())
        return folder

    def problems(self):
        return check_staging.check(self.root)

    def test_a_complete_tree_passes(self):
        self.assertEqual([], self.problems())

    def test_a_pom_without_scm_fails(self):
        self.artifact("bom", "pom", pom("bom", "pom").replace(
            "<scm><connection>scm:git:https://example.invalid/x.git</connection>"
            "<url>https://example.invalid/x</url></scm>", ""))
        self.assertEqual(["org/example/bom/1.0.0/bom-1.0.0.pom: pom has no <scm>"], self.problems())

    def test_scm_missing_from_the_parent_fails_for_the_parent_and_what_inherits_it(self):
        self.artifact("parent", "pom", pom("parent", "pom").replace("<scm>", "<!--").replace("</scm>", "-->"))
        problems = self.problems()
        self.assertIn("org/example/parent/1.0.0/parent-1.0.0.pom: pom has no <scm>", problems)
        self.assertIn("org/example/lib/1.0.0/lib-1.0.0.pom: pom has no <scm>", problems)

    def test_a_missing_asc_fails(self):
        (self.root / "org/example/lib/1.0.0/lib-1.0.0-javadoc.jar.asc").unlink()
        self.assertEqual(["org/example/lib/1.0.0/lib-1.0.0-javadoc.jar: no .asc signature"], self.problems())

    def test_a_wrong_or_missing_checksum_fails(self):
        (self.root / "org/example/lib/1.0.0/lib-1.0.0.jar.sha1").write_text("0" * 40)
        (self.root / "org/example/lib/1.0.0/lib-1.0.0.jar.md5").unlink()
        self.assertEqual(["org/example/lib/1.0.0/lib-1.0.0.jar: no .md5 checksum",
                          "org/example/lib/1.0.0/lib-1.0.0.jar: .sha1 checksum does not match the file"],
                         self.problems())

    def test_a_missing_javadoc_jar_fails(self):
        for f in (self.root / "org/example/lib/1.0.0").glob("lib-1.0.0-javadoc.jar*"):
            f.unlink()
        self.assertEqual(["org/example/lib/1.0.0/lib-1.0.0-javadoc.jar: missing (Central requires it)"],
                         self.problems())

    def test_a_snapshot_dependency_fails(self):
        self.artifact("lib", "jar", pom("lib", parent="parent", meta=False, extra=(
            "<dependencies><dependency><groupId>org.example</groupId><artifactId>other</artifactId>"
            "<version>2.0-SNAPSHOT</version></dependency></dependencies>")))
        self.assertEqual(["org/example/lib/1.0.0/lib-1.0.0.pom: pom names a SNAPSHOT (a dependency, parent or property)"],
                         self.problems())

    def test_a_missing_description_or_license_url_fails(self):
        self.artifact("bom", "pom", pom("bom", "pom").replace("<description>d</description>", "")
                      .replace("<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>", ""))
        self.assertEqual(["org/example/bom/1.0.0/bom-1.0.0.pom: pom has no <description>",
                          "org/example/bom/1.0.0/bom-1.0.0.pom: pom has a <license> without <name> and <url>"],
                         self.problems())


if __name__ == "__main__":
    unittest.main()
