import os, json, zipfile, io, shutil
# Regenerates the invalid fixtures and invalid/fixtures.tsv from resources/valid/base:
#   python3 epidural-content/src/test/make-invalid-fixtures.py
# Expected lines and columns are computed here from the fixture text, independently of the loader.
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources")
BASE = os.path.join(ROOT, "valid/base")
INV = os.path.join(ROOT, "invalid")
# Everything in invalid/ is generated here except covered-elsewhere.tsv, which is kept.
KEEP = os.path.join(INV, "covered-elsewhere.tsv")
kept = open(KEEP, encoding="utf-8").read() if os.path.exists(KEEP) else None
shutil.rmtree(INV, ignore_errors=True); os.makedirs(INV)
if kept is not None:
    open(KEEP, "w", encoding="utf-8").write(kept)
base = {f: open(os.path.join(BASE, f), encoding="utf-8").read() for f in os.listdir(BASE)}
rows = []

def pos(text, anchor, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(anchor, i + 1)
    line = text.count("\n", 0, i) + 1
    col = i - (text.rfind("\n", 0, i) + 1) + 1
    return line, col

def fixture(name, code, file, pointer, edits, anchor=None, nth=0, raw=None, offset=0):
    """edits: {file: [(old, new), ...]}; anchor: text in the edited file where the problem is."""
    d = os.path.join(INV, name); os.makedirs(d)
    for f, subs in edits.items():
        t = base[f]
        for old, new in subs:
            assert old in t, (name, old)
            t = t.replace(old, new, 1)
        open(os.path.join(d, f), "w", encoding="utf-8").write(t)
        if f == file and anchor is not None:
            line, col = pos(t, anchor, nth)
            col += offset
    if raw:
        for f, data in raw.items():
            open(os.path.join(d, f), "wb").write(data)
    if anchor is None:
        line, col = "-", "-"
    rows.append((name, code, file, pointer, str(line), str(col)))

P, V, M = "procedures.json", "vocabulary.json", "bundle.json"
fixture("io-missing-file", "EPI-IO-001", "missing.json", "", {M: [('"procedures.json"]', '"procedures.json", "missing.json"]')]})
fixture("io-unsafe-path", "EPI-IO-002", "../outside.json", "", {M: [('"procedures.json"]', '"procedures.json", "../outside.json"]')]})
# binary: BOM and bad UTF-8
bom = b"\xef\xbb\xbf" + base[P].encode()
fixture("enc-bom", "EPI-ENC-001", P, "", {}, raw={P: bom}); rows[-1] = rows[-1][:4] + ("1", "1")
t = base[P].replace('"History and examination."', '"History and exam\xffination."')
b = base[P].replace('"History and examination."', '"History and exam@@ination."').encode().replace(b"@@", b"\xff")
line, col = pos(t, "\xff")
fixture("enc-not-utf8", "EPI-ENC-002", P, "", {}, raw={P: b}); rows[-1] = rows[-1][:4] + (str(line), str(col))
u16 = base[P].encode("utf-16-le")
fixture("enc-utf16", "EPI-ENC-002", P, "", {}, raw={P: u16}); rows[-1] = rows[-1][:4] + ("1", "1")
fixture("json-syntax", "EPI-JSON-001", P, "", {P: [('"name": "Evaluation",\n', '"name": "Evaluation"\n')]}, anchor='"description": "History')
fixture("json-duplicate-key", "EPI-JSON-002", P, "/steps/0/name", {P: [('"name": "Evaluation",', '"name": "Evaluation", "name": "Again",')]}, anchor='"name": "Again"')
fixture("json-trailing", "EPI-JSON-003", P, "", {P: [('  ]\n}\n', '  ]\n}\n{"more": 1}\n')]}, anchor='{"more"')
deep = "[" * 40 + "]" * 40
# root object, "steps" array and the step object are depths 1-3, so the 30th bracket of "deep" is depth 33
fixture("json-limit-depth", "EPI-JSON-004", P, "/steps/0/deep" + "/0" * 29, {P: [('"sources": [{"source": "src-a", "locator": "workflow"}]},\n', '"sources": [{"source": "src-a", "locator": "workflow"}], "deep": ' + deep + '},\n')]}, anchor="[" * 40, offset=29)
fixture("shape-missing", "EPI-SHAPE-001", P, "/procedures/0", {P: [('"intent": "therapeutic", ', '')]}, anchor='{"id": "lumbar-esi"')
fixture("shape-unknown", "EPI-SHAPE-002", P, "/procedures/0/colour", {P: [('"intent": "therapeutic", ', '"intent": "therapeutic", "colour": "red", ')]}, anchor='"colour"')
fixture("shape-unknown-kind", "EPI-SHAPE-002", P, "/widgets", {P: [('{\n  "steps"', '{\n  "widgets": [],\n  "steps"')]}, anchor='"widgets"')
fixture("shape-type", "EPI-SHAPE-003", P, "/procedures/0/regions", {P: [('"regions": ["lumbar"], "approaches": ["interlaminar"', '"regions": "lumbar", "approaches": ["interlaminar"')]}, anchor='"lumbar", "approaches"')
fixture("shape-null", "EPI-SHAPE-003", P, "/procedures/1/summary", {P: [('"summary": "Own blood seals a leak."', '"summary": null')]}, anchor='null')
fixture("shape-float-as-int", "EPI-SHAPE-003", M, "/schemaVersion", {M: [('"schemaVersion": 1,', '"schemaVersion": 1.0,')]}, anchor='1.0')
fixture("shape-string-as-number", "EPI-SHAPE-003", P, "/procedures/1/medications/0/volume/low", {P: [('"low": 20', '"low": "20"')]}, anchor='"20"')
fixture("shape-value", "EPI-SHAPE-004", P, "/procedures/0/intent", {P: [('"intent": "therapeutic"', '"intent": "curative"')]}, anchor='"curative"')
fixture("shape-bad-id", "EPI-SHAPE-004", P, "/steps/0/id", {P: [('"id": "step-evaluation"', '"id": "Step Evaluation"')]}, anchor='"Step Evaluation"')
fixture("shape-bad-date", "EPI-SHAPE-004", M, "/sources/0/published", {M: [('"published": "2026-02-27"', '"published": "2026-02-30"')]}, anchor='"2026-02-30"')
fixture("shape-constraint", "EPI-SHAPE-005", P, "/procedures/1/name", {P: [('"name": "Epidural blood patch"', '"name": ""')]}, anchor='""')
fixture("shape-duplicate-element", "EPI-SHAPE-006", P, "/procedures/0/regions/1", {P: [('"regions": ["lumbar"], "approaches": ["interlaminar"', '"regions": ["lumbar", "lumbar"], "approaches": ["interlaminar"')]}, anchor='"lumbar"]', nth=0)
fixture("man-version", "EPI-MAN-001", M, "/schemaVersion", {M: [('"schemaVersion": 1,', '"schemaVersion": 2,')]}, anchor='2,')
fixture("man-locale", "EPI-MAN-002", M, "/locale", {M: [('"locale": "en"', '"locale": "en_US"')]}, anchor='"en_US"')
fixture("man-file-twice", "EPI-MAN-003", M, "/files/2", {M: [('"procedures.json"]', '"procedures.json", "procedures.json"]')]}, anchor='"procedures.json"]')
fixture("ref-duplicate-id", "EPI-REF-001", P, "/steps/1/id", {P: [('"id": "step-placement"', '"id": "step-evaluation"')]}, anchor='"step-evaluation"', nth=1)
fixture("ref-unresolved", "EPI-REF-002", P, "/procedures/0/steps/1", {P: [('"steps": ["step-evaluation", "step-placement"]', '"steps": ["step-evaluation", "no-such-step"]')]}, anchor='"no-such-step"')
fixture("ref-wrong-kind", "EPI-REF-002", P, "/procedures/0/steps/1", {P: [('"steps": ["step-evaluation", "step-placement"]', '"steps": ["step-evaluation", "ci-local-infection"]')]}, anchor='"ci-local-infection"]')
fixture("ref-unknown-source", "EPI-REF-003", P, "/procedures/0/sources/0/source", {P: [('"sources": [{"source": "src-b", "locator": "abstract"}]},\n    {"id": "blood-patch"', '"sources": [{"source": "src-zzz", "locator": "abstract"}]},\n    {"id": "blood-patch"')]}, anchor='"src-zzz"')
fixture("ref-unused-source", "EPI-REF-004", M, "/sources/2/id", {M: [('"doi": "10.1148/rg.2017160043"}', '"doi": "10.1148/rg.2017160043"},\n    {"id": "src-c", "title": "Source C", "publisher": "Publisher C"}')]}, anchor='"src-c"')
fixture("ref-duplicate-source", "EPI-REF-005", M, "/sources/1/id", {M: [('{"id": "src-b", "title": "Source B"', '{"id": "src-a", "title": "Source B"')]}, anchor='"src-a"', nth=1)
fixture("clin-approach-region", "EPI-CLIN-001", P, "/procedures/0/approaches", {P: [('"regions": ["lumbar"], "approaches": ["interlaminar", "transforaminal"]', '"regions": ["thoracic"], "approaches": ["interlaminar"]')]}, anchor='["interlaminar"]')
fixture("clin-caudal-region", "EPI-CLIN-002", P, "/procedures/0/approaches", {P: [('"regions": ["lumbar"], "approaches": ["interlaminar", "transforaminal"]', '"regions": ["cervical"], "approaches": ["caudal"]')]}, anchor='["caudal"]')
fixture("clin-caudal-fact", "EPI-CLIN-002", V, "/approaches/2/regions", {V: [('"regions": ["lumbar", "sacral"]', '"regions": ["cervical", "lumbar", "sacral"]')]}, anchor='["cervical", "lumbar", "sacral"]')
fixture("clin-blood-patch", "EPI-CLIN-003", P, "/procedures/1/medications", {P: [('[{"medication": "med-blood", "volume": {"low": 20, "high": 25, "unit": "mL"}}]', '[{"medication": "med-local-anesthetic"}]')]}, anchor='[{"medication": "med-local-anesthetic"}],\n     "steps": ["step-placement"]')
fixture("clin-unsourced", "EPI-CLIN-004", P, "/steps/0/sources", {P: [('"description": "History and examination.", "sources": [{"source": "src-a", "locator": "workflow"}]', '"description": "History and examination.", "sources": []')]}, anchor='[]')
fixture("clin-snomed", "EPI-CLIN-005", P, "/procedures/0/codings/0/code", {P: [('"code": "180885006"', '"code": "387150009"')]}, anchor='"387150009"')
fixture("clin-atc", "EPI-CLIN-006", V, "/medications/0/codings/0/code", {V: [('{"system": "http://snomed.info/sct", "code": "387480006", "display": "Lidocaine"}', '{"system": "http://www.whocc.no/atc", "code": "N01-BB", "display": "Amide local anesthetics"}')]}, anchor='"N01-BB"')
fixture("clin-rxnorm", "EPI-CLIN-007", V, "/medications/0/codings/0/code", {V: [('{"system": "http://snomed.info/sct", "code": "387480006", "display": "Lidocaine"}', '{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "0123", "display": "Lidocaine"}')]}, anchor='"0123"')
fixture("clin-approach-fact", "EPI-CLIN-008", V, "/approaches/3/approach", {V: [('"sources": [{"source": "src-a", "locator": "by approach"}]}\n', '"sources": [{"source": "src-a", "locator": "by approach"}]},\n    {"id": "approach-caudal-again", "approach": "caudal", "name": "Caudal", "description": "Again.", "regions": ["sacral"], "sources": [{"source": "src-a", "locator": "by approach"}]}\n')]}, anchor='"caudal", "name": "Caudal", "description": "Again."')
for name, code, esc in [("text-bidi", "EPI-TEXT-002", "\\u202e"), ("text-zero-width", "EPI-TEXT-003", "\\u200b"),
                        ("text-control", "EPI-TEXT-004", "\\u0007"), ("text-surrogate", "EPI-TEXT-005", "\\ud800"),
                        ("text-noncharacter", "EPI-TEXT-006", "\\ufdd0"), ("text-not-nfc", "EPI-TEXT-007", "e\\u0301")]:
    fixture(name, code, P, "/steps/1/description", {P: [('"The needle is placed."', '"The needle ' + esc + 'is placed."')]}, anchor='"The needle ')
fixture("text-markup", "EPI-TEXT-001", P, "/steps/1/description", {P: [('"The needle is placed."', '"The <b>needle</b> is placed."')]}, anchor='"The <b>')
fixture("text-blanks", "EPI-TEXT-008", P, "/steps/1/name", {P: [('"name": "Placement"', '"name": " Placement"')]}, anchor='" Placement"')
fixture("rev-overdue", "EPI-REV-001", M, "/defaultReview/nextReview", {M: [('"lastReviewed": "2026-11-21", "nextReview": "2099-01-01"', '"lastReviewed": "2019-01-01", "nextReview": "2020-01-01"')]}, anchor='"2020-01-01"')
fixture("rev-undated", "EPI-REV-002", P, "/steps/0/review/status", {P: [('"description": "History and examination.",', '"description": "History and examination.", "review": {"status": "clinically-reviewed"},')]}, anchor='"clinically-reviewed"')

# the built-in bundle path: checksums recorded for the base files, then one file altered
import zlib
names = ["bundle.json", "vocabulary.json", "procedures.json"]
recorded = "".join("%08x-%d  %s\n" % (zlib.crc32(base[n].encode()), len(base[n].encode()), n) for n in names)
fixture("builtin-altered", "EPI-IO-008", M, "", {P: [('"History and examination."', '"History and examination, altered."')]},
        raw={"builtin.checksums": recorded.encode()})

# zips: whole bundles
def zipfix(name, code, entries, file, compress=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for n, data in entries:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)); zi.compress_type = compress
            z.writestr(zi, data)
    open(os.path.join(INV, name + ".zip"), "wb").write(buf.getvalue())
    rows.append((name + ".zip", code, file, "", "-", "-"))
good = [(f, base[f]) for f in sorted(base)]
zipfix("io-zip-entry-name", "EPI-IO-003", good + [("../evil.json", "{}")], "io-zip-entry-name.zip")
zipfix("io-zip-backslash", "EPI-IO-003", good + [("dir\\evil.json", "{}")], "io-zip-backslash.zip")
zipfix("io-zip-too-many-entries", "EPI-IO-004", good + [("x/%d.json" % i, "") for i in range(2001)], "io-zip-too-many-entries.zip")
zipfix("io-zip-bomb", "EPI-IO-005", good + [("bomb.json", b"\0" * (65 * 1024 * 1024))], "io-zip-bomb.zip")
inner = io.BytesIO()
with zipfile.ZipFile(inner, "w") as z:
    z.writestr(zipfile.ZipInfo("a.json", date_time=(2026, 1, 1, 0, 0, 0)), "{}")
zipfix("io-nested-archive", "EPI-IO-006", good + [("inner.zip", inner.getvalue())], "io-nested-archive.zip")
zipfix("io-nested-archive-disguised", "EPI-IO-006", good + [("inner.json", inner.getvalue())], "io-nested-archive-disguised.zip")
open(os.path.join(INV, "not-a-bundle.txt"), "w").write("not a bundle\n")
rows.append(("not-a-bundle.txt", "EPI-IO-007", "not-a-bundle.txt", "", "-", "-"))
# a valid zip, with the bundle inside one top folder
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for n, data in good: z.writestr(zipfile.ZipInfo("base/" + n, date_time=(2026, 1, 1, 0, 0, 0)), data)
open(os.path.join(ROOT, "valid/base-in-folder.zip"), "wb").write(buf.getvalue())

with open(os.path.join(INV, "fixtures.tsv"), "w") as f:
    f.write("# fixture\tcode\tfile\tpointer\tline\tcolumn  (line/column '-' = whole file; computed from the fixture text)\n")
    for r in rows: f.write("\t".join(r) + "\n")
print(len(rows), "rows")
