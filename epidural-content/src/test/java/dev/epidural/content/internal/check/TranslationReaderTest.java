package dev.epidural.content.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.ApiFixtures;
import dev.epidural.content.BundleValidationException;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.LocalizedContent;
import dev.epidural.content.Problem;
import dev.epidural.content.ValidationReport;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation files are validated by the same pipeline as content, with located problems. */
class TranslationReaderTest {

  private static final String QUESTION = "Does it hurt?";
  private static final String FP = LocalizedContent.fingerprint(QUESTION);

  @TempDir
  Path dir;

  /** A one-question bundle listing {@code translations}, with the given files written. */
  private ValidationReport validate(List<String> translations, Map<String, String> files) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("bundle.json", """
        {"schemaVersion": 1, "id": "tiny", "version": "1", "title": "Tiny", "locale": "en",
         "publisher": "Test", "license": "CC0-1.0",
         "defaultReview": {"status": "draft"},
         "sources": [{"id": "s", "title": "S", "publisher": "P"}],
         "files": ["c.json"], "translations": %s}""".formatted(json(translations)));
    all.put("c.json", """
        {"faq": [{"id": "faq-a", "question": "%s",
                  "answer": {"text": "A little.", "patient": "Only a little."},
                  "sources": [{"source": "s", "locator": "p. 1"}]}],
         "contraindications": [{"id": "ci-a", "name": "Infection", "factors": ["infection"],
                                "sources": [{"source": "s", "locator": "p. 2"}]}]}""".formatted(QUESTION));
    all.putAll(files);
    ApiFixtures.write(dir, all);
    // Readability is not what these tests are about: without the rule, no notice about Spanish texts.
    return EpiduralContent.loader().from(dir).clock(ApiFixtures.CLOCK)
        .readabilityGrade(dev.epidural.content.Loader.NO_READABILITY_LIMIT).validate();
  }

  private ValidationReport validate(String spanish) {
    return validate(List.of("es.json"), Map.of("es.json", spanish));
  }

  private static String json(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").toList().toString();
  }

  /** The single problem of the report, which must have that code. */
  private static Problem only(ValidationReport report, String code) {
    assertThat(report.problems()).extracting(Problem::code).containsExactly(code);
    return report.problems().get(0);
  }

  /** The 1-based column of the first occurrence of {@code text} on line {@code line} of {@code file}. */
  private int column(String file, int line, String text) throws Exception {
    return Files.readAllLines(dir.resolve(file)).get(line - 1).indexOf(text) + 1;
  }

  private void assertAt(Problem p, String file, String pointer, int line, int column) {
    assertThat(p.file()).isEqualTo(file);
    assertThat(p.pointer()).isEqualTo(pointer);
    assertThat(p.line()).isEqualTo(OptionalInt.of(line));
    assertThat(p.column()).isEqualTo(OptionalInt.of(column));
  }

  @Test
  void aValidTranslationHasNoProblem() {
    assertThat(validate("""
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?"}
        ]}""".formatted(FP)).problems()).isEmpty();
  }

  @Test
  void theFixturesStaleTranslationIsAWarningAtItsFingerprint() {
    Path spanish = ApiFixtures.resource("l10n/clinic/es.json");
    String old = LocalizedContent.fingerprint(
        "No. Sedation may affect your driving, so arrange for someone else to drive you home.");
    String now = LocalizedContent.fingerprint(
        "No. Sedation or numbness may affect your driving, so arrange for someone else to drive you home.");

    // The fixture's one warning; its report also holds the readability rule's notice about Spanish texts.
    assertThat(ApiFixtures.clinic().report().infos()).extracting(Problem::code).containsExactly("EPI-TEXT-010");
    assertThat(ApiFixtures.clinic().report().warnings()).extracting(Problem::code).containsExactly("EPI-L10N-005");
    Problem stale = ApiFixtures.clinic().report().warnings().get(0);

    assertThat(stale.severity()).isEqualTo(Severity.WARNING);
    assertThat(stale.file()).isEqualTo("es.json");
    assertThat(stale.pointer()).isEqualTo("/translations/5/sourceFingerprint");
    assertThat(stale.line()).isEqualTo(OptionalInt.of(ApiFixtures.lineOf(spanish, old)));
    assertThat(stale.message()).startsWith("translation is stale: source text changed since")
        .contains("'faq-drive' answer").contains(now);
  }

  @Test
  void strictModeRefusesAStaleTranslation() {
    assertThatThrownBy(() -> EpiduralContent.loader().from(ApiFixtures.resource("l10n/clinic"))
        .clock(ApiFixtures.CLOCK).strict(true).load())
        .isInstanceOfSatisfying(BundleValidationException.class, e -> assertThat(e.report().errors())
            .extracting(Problem::code).containsExactly("EPI-L10N-005"));
  }

  @Test
  void anAudienceTranslationFingerprintsTheVariant() {
    String patient = LocalizedContent.fingerprint("Only a little.");
    assertThat(validate("""
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "answer", "audience": "patient", "sourceFingerprint": "%s", "text": "Solo un poco."},
          {"id": "faq-a", "field": "answer", "audience": "clinician", "sourceFingerprint": "%s", "text": "Un poco."}
        ]}""".formatted(patient, LocalizedContent.fingerprint("A little."))).problems()).isEmpty();
  }

  @Test
  void unknownItemId() throws Exception {
    Problem p = only(validate("""
        {"locale": "es", "translations": [
          {"id": "faq-zzz", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?"}
        ]}""".formatted(FP)), "EPI-L10N-002");

    assertAt(p, "es.json", "/translations/0/id", 2, column("es.json", 2, "\"faq-zzz\""));
    assertThat(p.message()).isEqualTo("'faq-zzz' names no item in the bundle");
  }

  @Test
  void aFieldThatIsNotATextOfTheItem() throws Exception {
    ValidationReport report = validate("""
        {"locale": "es", "translations": [
          {"id": "ci-a", "field": "factors", "sourceFingerprint": "%s", "text": "infección"},
          {"id": "ci-a", "field": "note", "sourceFingerprint": "%s", "text": "Nota"},
          {"id": "faq-a", "field": "questoin", "sourceFingerprint": "%s", "text": "¿Duele?"}
        ]}""".formatted(FP, FP, FP));

    assertThat(report.problems()).extracting(Problem::code).containsOnly("EPI-L10N-003").hasSize(3);
    assertAt(report.problems().get(0), "es.json", "/translations/0/field", 2, column("es.json", 2, "\"factors\""));
    assertThat(report.problems().get(0).message())
        .isEqualTo("'factors' names no text of contraindications item 'ci-a'; its texts are [name]");
    assertThat(report.problems().get(1).pointer()).isEqualTo("/translations/1/field");
    assertThat(report.problems().get(2).message()).contains("its texts are [question, answer]");
  }

  @Test
  void malformedLocale() throws Exception {
    Problem p = only(validate("""
        {"locale": "es_ES", "translations": []}"""), "EPI-L10N-001");

    assertAt(p, "es.json", "/locale", 1, column("es.json", 1, "\"es_ES\""));
    assertThat(p.message()).contains("'es_ES' is not a well-formed BCP 47 language tag");
  }

  @Test
  void theBundlesOwnLocaleIsNoTranslation() {
    Problem p = only(validate("""
        {"locale": "en", "translations": []}"""), "EPI-L10N-006");
    assertThat(p.pointer()).isEqualTo("/locale");
  }

  @Test
  void theSameTextTranslatedTwiceInOneLocale() {
    Problem p = only(validate("""
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?"},
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Hace daño?"}
        ]}""".formatted(FP, FP)), "EPI-L10N-004");

    assertThat(p.pointer()).isEqualTo("/translations/1");
    assertThat(p.line()).isEqualTo(OptionalInt.of(3));
    assertThat(p.message()).isEqualTo("'faq-a' question is already translated into 'es' at es.json:2:3");
  }

  @Test
  void duplicatesAreFoundAcrossFilesOfOneLocale() {
    String entry = """
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?"}
        ]}""".formatted(FP);
    ValidationReport report = validate(List.of("es-1.json", "es-2.json"), Map.of("es-1.json", entry, "es-2.json", entry));

    Problem p = only(report, "EPI-L10N-004");
    assertThat(p.file()).isEqualTo("es-2.json");
    assertThat(p.message()).endsWith("at es-1.json:2:3");
  }

  @Test
  void otherLocalesAndAudiencesAreNoDuplicates() {
    String es = """
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?"},
          {"id": "faq-a", "field": "question", "audience": "patient", "sourceFingerprint": "%s", "text": "¿Duele?"}
        ]}""".formatted(FP, FP);
    String esMx = """
        {"locale": "es-MX", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?"}
        ]}""".formatted(FP);

    assertThat(validate(List.of("es.json", "es-MX.json"), Map.of("es.json", es, "es-MX.json", esMx)).problems())
        .isEmpty();
  }

  @Test
  void textSafetyAppliesToTranslatedTexts() throws Exception {
    ValidationReport report = validate("""
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿<b>Duele</b>?"},
          {"id": "faq-a", "field": "answer", "sourceFingerprint": "%s", "text": "Un poco. "}
        ]}""".formatted(FP, LocalizedContent.fingerprint("A little.")));

    assertThat(report.problems()).extracting(Problem::code).containsExactly("EPI-TEXT-001", "EPI-TEXT-008");
    assertAt(report.problems().get(0), "es.json", "/translations/0/text", 2, column("es.json", 2, "\"¿<b>"));
  }

  @Test
  void theShapeOfEntriesIsChecked() {
    ValidationReport report = validate("""
        {"locale": "es", "translations": [
          {"id": "faq-a", "field": "question", "sourceFingerprint": "abc", "text": "¿Duele?"},
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s"},
          {"id": "faq-a", "field": "question", "audience": "nurse", "sourceFingerprint": "%s", "text": "¿Duele?"},
          {"id": "faq-a", "field": "question", "sourceFingerprint": "%s", "text": "¿Duele?", "note": "x"}
        ]}""".formatted(FP, FP, FP));

    assertThat(report.problems()).extracting(Problem::code, Problem::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-005", "/translations/0/sourceFingerprint"),
        org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-001", "/translations/1"),
        org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-004", "/translations/2/audience"),
        org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-002", "/translations/3/note"));
  }

  @Test
  void theShapeOfTheFileIsChecked() {
    assertThat(validate("""
        {"translations": []}""").problems()).extracting(Problem::code).containsExactly("EPI-SHAPE-001");
    assertThat(validate("""
        {"locale": "es", "translations": {}}""").problems()).extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-003", "/translations"));
    assertThat(validate("""
        {"locale": "es", "language": "es"}""").problems()).extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-002", "/language"));
  }

  @Test
  void translationFilesAreListedOnceAndExist() {
    assertThat(validate(List.of("missing.json"), Map.of()).problems()).extracting(Problem::code, Problem::file)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-IO-001", "missing.json"));
    String empty = """
        {"locale": "es", "translations": []}""";
    assertThat(validate(List.of("es.json", "es.json"), Map.of("es.json", empty)).problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-MAN-003", "/translations/1"));
    assertThat(validate(List.of("c.json"), Map.of()).problems()).extracting(Problem::code, Problem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-MAN-003", "/translations/0"));
    assertThat(validate(List.of("bundle.json"), Map.of()).problems()).extracting(Problem::code, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EPI-SHAPE-004",
            "the manifest cannot list itself as a translation file"));
  }
}
