package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bundle, {@code src/test/resources/every-mistake}, with one mistake of each kind docs/problems.md
 * lists, several in one item and several files at once, is reported in one run with every mistake
 * found. The expected list is written from the mistakes planted, one line each.
 *
 * <p>Kinds that cannot be planted here, and why:
 * <ul>
 *   <li>EPI-IO-003 to -006 and -009 to -013: problems of a zip, which refuse the whole zip before
 *       any file is parsed; this bundle is a folder. EPI-IO-007: the path is not a bundle at all.
 *       EPI-IO-008: only the built-in bundle has build-time digests. EPI-IO-014: needs 256 MiB of
 *       files. EPI-IO-015 and -016: a hard link and a FIFO, which a resource folder cannot hold
 *       (built in FolderReadTest).
 *   <li>EPI-MAN-001: an unsupported schema version stops the bundle: its files are in a format
 *       this release does not read. EPI-MAN-002: a malformed locale leaves the bundle undescribed,
 *       so translations, readability and sign-offs are not checked (LoadRoundsTest holds both).
 *   <li>EPI-OVL-001 to -005 and -007 to -010: need a base loaded under an overlay; this run has one
 *       layer (EPI-OVL-006, the single-layer one, is here).
 *   <li>EPI-LIM-001 to -003: need more than 100 problems of one code in a file, 10,000 in all, or
 *       an exhausted heap (HostileBundleTest, ProblemsTest).
 * </ul>
 * File-level problems (EPI-IO-001/002, EPI-ENC, EPI-JSON) are planted in translation and sign-off
 * files: in a content file they would leave unresolved references and unused sources unjudged,
 * since the unread file might hold the item or cite the source (LoadRoundsTest holds that rule).
 */
class EveryMistakeTest {

  @Test
  void everyMistakeIsReportedInOneRun() {
    ValidationReport report = Fixtures.loader(Fixtures.resource("every-mistake")).validate();

    List<String> found = report.problems().stream()
        .map(p -> p.file() + " " + p.code() + " " + p.pointer()).toList();
    String deep = "/translations" + "/0".repeat(31);
    assertThat(found).containsExactlyInAnyOrder(
        // The manifest: a blank title, an overdue default review, a source twice, a source never
        // cited, a file listed twice, an overlay list in a bundle without base.
        "bundle.json EPI-SHAPE-005 /title",
        "bundle.json EPI-REV-001 /defaultReview/nextReview",
        "bundle.json EPI-REF-005 /sources/2/id",
        "bundle.json EPI-REF-004 /sources/3/id",
        "bundle.json EPI-MAN-003 /files/2",
        "bundle.json EPI-OVL-006 /replace",
        // Steps: a zero-width space and an unbacked clinical review; blanks and markup and a stale
        // approval; a duplicate id; a missing phase, sources of the wrong type and an unpaired
        // surrogate in one step.
        "procedures.json EPI-TEXT-003 /steps/0/description",
        "procedures.json EPI-REV-007 /steps/0/review/status",
        "procedures.json EPI-TEXT-008 /steps/1/name",
        "procedures.json EPI-TEXT-001 /steps/1/description",
        "procedures.json EPI-REV-003 /steps/1",
        "procedures.json EPI-REF-001 /steps/2/id",
        "procedures.json EPI-SHAPE-001 /steps/3",
        "procedures.json EPI-SHAPE-003 /steps/3/sources",
        "procedures.json EPI-TEXT-005 /steps/3/name",
        // A contraindication: a control character, a clinical review without date (unbacked too).
        "procedures.json EPI-TEXT-004 /contraindications/0/name",
        "procedures.json EPI-REV-002 /contraindications/0/review/status",
        "procedures.json EPI-REV-007 /contraindications/0/review/status",
        // lumbar-esi, eight mistakes in one procedure: an intent typo, a region in the wrong case, a
        // mistyped property, two mistyped references, a mistyped source, a bidi control, a SNOMED
        // CT id with a wrong check digit.
        "procedures.json EPI-SHAPE-004 /procedures/0/intent",
        "procedures.json EPI-SHAPE-004 /procedures/0/regions/0",
        "procedures.json EPI-SHAPE-002 /procedures/0/guidence",
        "procedures.json EPI-REF-002 /procedures/0/medications/0/medication",
        "procedures.json EPI-REF-002 /procedures/0/steps/1",
        "procedures.json EPI-REF-003 /procedures/0/sources/0/source",
        "procedures.json EPI-TEXT-002 /procedures/0/summary",
        "procedures.json EPI-CLIN-005 /procedures/0/codings/0/code",
        // blood-patch: a caudal approach in the neck, no autologous blood, a Cyrillic look-alike in
        // its name, a patient text far above grade 8.
        "procedures.json EPI-CLIN-002 /procedures/1/approaches",
        "procedures.json EPI-CLIN-003 /procedures/1/medications",
        "procedures.json EPI-TEXT-011 /procedures/1/name",
        "procedures.json EPI-TEXT-009 /procedures/1/summary/patient",
        // thoracic-esi: a guidance listed twice, which leaves it unbound, yet its approach and its
        // missing citations are still judged.
        "procedures.json EPI-SHAPE-006 /procedures/2/guidance/1",
        "procedures.json EPI-CLIN-001 /procedures/2/approaches",
        "procedures.json EPI-CLIN-004 /procedures/2/sources",
        // Vocabulary: a text not in NFC, an approach described twice, a noncharacter, an ATC code
        // and an RxNorm code of the wrong form, a blank coding display.
        "vocabulary.json EPI-TEXT-007 /approaches/0/description",
        "vocabulary.json EPI-CLIN-008 /approaches/3/approach",
        "vocabulary.json EPI-TEXT-006 /medications/0/action",
        "vocabulary.json EPI-CLIN-006 /medications/0/codings/0/code",
        "vocabulary.json EPI-CLIN-007 /medications/0/codings/1/code",
        "vocabulary.json EPI-SHAPE-005 /medications/0/codings/2/display",
        // Translations: a stale one, an unknown item, an unknown field, one given twice (and stale),
        // a stale patient one, which also makes the Spanish patient texts unscored.
        "es.json EPI-L10N-005 /translations/0/sourceFingerprint",
        "es.json EPI-L10N-002 /translations/1/id",
        "es.json EPI-L10N-003 /translations/2/field",
        "es.json EPI-L10N-004 /translations/3",
        "es.json EPI-L10N-005 /translations/4/sourceFingerprint",
        "es.json EPI-TEXT-010 /locale",
        "bad-locale.json EPI-L10N-001 /locale",
        "en.json EPI-L10N-006 /locale",
        // Files that cannot be read, one way each.
        "broken.json EPI-JSON-001 ",
        "bom.json EPI-ENC-001 ",
        "latin1.json EPI-ENC-002 ",
        "trailing.json EPI-JSON-003 ",
        "deep.json EPI-JSON-004 " + deep,
        "missing.json EPI-IO-001 ",
        "dup-key.json EPI-JSON-002 /reviews",
        "../outside.json EPI-IO-002 ",
        // Sign-offs: dated in the future, naming no item, a malformed fingerprint, the next review
        // before the review, an id used twice.
        "reviews.json EPI-REV-005 /reviews/0/date",
        "reviews.json EPI-REV-004 /reviews/1/items/0/item",
        "reviews.json EPI-REV-006 /reviews/2/items/0/fingerprint",
        "reviews.json EPI-REV-009 /reviews/3/nextReview",
        "reviews.json EPI-REV-008 /reviews/5/id");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void theMessagesSayWhatWasMeant() {
    ValidationReport report = Fixtures.loader(Fixtures.resource("every-mistake")).validate();

    assertThat(report.problems()).extracting(Problem::message).contains(
        "unknown intent 'theraputic'; did you mean 'therapeutic'?",
        "unknown spinal region 'Lumbar'; did you mean 'lumbar'?",
        "'step-needle-placment' names no step item in the bundle; did you mean 'step-needle-placement'?",
        "'med-corticosteriod' names no medication item in the bundle; did you mean 'med-corticosteroid'?",
        "source 'src-aa' is not in the manifest; did you mean 'src-a'?",
        "a value is missing before ','");
    assertThat(report.problems()).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("unknown property 'guidence'; did you mean 'guidance'?"));
  }
}
