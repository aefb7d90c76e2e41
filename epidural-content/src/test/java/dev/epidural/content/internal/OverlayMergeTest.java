package dev.epidural.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.epidural.content.ApiFixtures;
import dev.epidural.content.BundleInfo;
import dev.epidural.content.BundleValidationException;
import dev.epidural.content.CitedSource;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.LocalizedContent;
import dev.epidural.content.Problem;
import dev.epidural.content.ProcedureView;
import dev.epidural.content.ValidationReport;
import dev.epidural.content.internal.rules.Readability;
import dev.epidural.model.Alternative;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays over a base: what they add, replace and withdraw, and every conflict located in both files. */
class OverlayMergeTest {

  private static final Locale ES = Locale.forLanguageTag("es");
  private final Path base = ApiFixtures.resource("l10n/clinic");
  /** How problems name the base's files under an overlay. */
  private final String basePrefix = base + "/";

  @TempDir
  Path dir;

  private static List<String> ids(List<? extends Item> items) {
    return items.stream().map(i -> i.id().value()).toList();
  }

  /** An overlay manifest with these extra properties, and these files. */
  private Path overlay(String manifestExtra, Map<String, String> files) {
    ApiFixtures.write(dir.resolve("overlay"), Map.of("bundle.json", """
        {"schemaVersion": 1, "id": "overlay", "version": "1", "title": "Overlay", "locale": "en",
         "publisher": "Test", "license": "CC0-1.0", "defaultReview": {"status": "draft"},
         "sources": [{"id": "clinic-note", "title": "Clinic note", "publisher": "Test"}],
         %s}""".formatted(manifestExtra)));
    return ApiFixtures.write(dir.resolve("overlay"), files);
  }

  /** A one-FAQ content file citing the overlay's source. */
  private static String faq(String id, String question) {
    return """
        {"faq": [
          {"id": "%s", "question": "%s", "answer": "An answer.", "sources": [{"source": "clinic-note", "locator": "1"}]}
        ]}""".formatted(id, question);
  }

  /** An overlay declaring the base's source patient-guide-2025 as {@code declaration}, with a FAQ citing it. */
  private Path citingTheGuideAs(String declaration) {
    return ApiFixtures.write(dir.resolve("src"), Map.of(
        "bundle.json", """
            {"schemaVersion": 1, "id": "src", "version": "1", "title": "S", "locale": "en",
             "publisher": "Test", "license": "CC0-1.0", "defaultReview": {"status": "draft"},
             "sources": [%s],
             "files": ["c.json"]}""".formatted(declaration),
        "c.json", """
            {"faq": [{"id": "faq-new", "question": "Q?", "answer": "A.",
                      "sources": [{"source": "patient-guide-2025", "locator": "1"}]}]}"""));
  }

  private ValidationReport validate(Path overlay) {
    // Readability is not what these tests are about: without the rule, no notice about Spanish texts.
    return EpiduralContent.loader().from(base).overlay(overlay).clock(ApiFixtures.CLOCK)
        .readabilityGrade(dev.epidural.content.Loader.NO_READABILITY_LIMIT).validate();
  }

  private static List<Problem> errors(ValidationReport report, String code) {
    return report.problems().stream().filter(p -> p.code().equals(code)).toList();
  }

  private static int line(Path file, String text) {
    return ApiFixtures.lineOf(file, text);
  }

  // ---------------------------------------------------------------- a valid overlay

  @Test
  void theFixtureOverlayAddsReplacesAndWithdraws() {
    EpiduralContent clinic = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();

    // Replaced in place, added last, withdrawn gone.
    assertThat(ids(clinic.faq().list())).containsExactly("faq-drive", "faq-cost", "faq-coffee", "faq-pain", "faq-parking");
    assertThat(clinic.item(FaqEntry.class, "faq-cost").orElseThrow().answer().text()).startsWith("A single injection costs 450 euros");
    assertThat(ids(clinic.alternatives().list())).containsExactly("alt-physiotherapy");
    assertThat(clinic.item(Alternative.class, "alt-medication")).isEmpty();
  }

  @Test
  void overlayItemsReferToBaseItems() {
    EpiduralContent clinic = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();
    ProcedureView dayCase = clinic.procedure("clinic-day-case-lumbar-esi").orElseThrow();

    assertThat(ids(dayCase.steps())).containsExactly("step-evaluation", "step-placement", "step-monitoring");
    assertThat(ids(dayCase.contraindications())).containsExactly("ci-anticoagulants");
  }

  @Test
  void sourcesOfBothManifestsAreAvailable() {
    EpiduralContent clinic = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();
    ProcedureView dayCase = clinic.procedure("clinic-day-case-lumbar-esi").orElseThrow();

    assertThat(clinic.bundle().sources()).extracting(s -> s.id().value())
        .containsExactly("radiographics-2017-esi", "patient-guide-2025", "clinic-fees");
    assertThat(dayCase.sources()).extracting(c -> c.source().id().value(), CitedSource::locator).containsExactly(
        tuple("radiographics-2017-esi", "interlaminar technique"), tuple("clinic-fees", "day-case pathway"));
  }

  @Test
  void theContentDescribesTheOverlayAndListsBothLayers() {
    EpiduralContent clinic = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();

    assertThat(clinic.bundle().id()).isEqualTo("test-clinic-overlay");
    assertThat(clinic.layers()).extracting(BundleInfo::id).containsExactly("test-clinic", "test-clinic-overlay");
    assertThat(clinic.report().bundlePath()).isEqualTo(ApiFixtures.resource("overlay/clinic").toString());
  }

  @Test
  void translationsOfBothLayersServe() {
    EpiduralContent clinic = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();
    LocalizedContent spanish = clinic.in(ES);

    assertThat(spanish.name(clinic.item(FaqEntry.class, "faq-parking").orElseThrow()))
        .isEqualTo(LocalizedText.of("¿Dónde aparco el día de la cita?", ES));
    assertThat(spanish.name(clinic.item(FaqEntry.class, "faq-pain").orElseThrow()))
        .isEqualTo(LocalizedText.of("¿Duele la inyección?", ES));
  }

  @Test
  void problemsInTheBasesFilesNameTheBase() {
    ValidationReport report = validate(ApiFixtures.resource("overlay/clinic"));

    // The base's own stale translation is still reported, named as the base's file.
    assertThat(report.problems()).extracting(Problem::code, Problem::file)
        .containsExactly(tuple("EPI-L10N-005", basePrefix + "es.json"));
  }

  @Test
  void overALoadedBaseAsOverItsFolder() {
    EpiduralContent viaBase = EpiduralContent.loader().base(ApiFixtures.clinic())
        .overlay(ApiFixtures.resource("overlay/clinic")).clock(ApiFixtures.CLOCK).load();
    EpiduralContent viaFolder = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .clock(ApiFixtures.CLOCK).load();

    assertThat(viaBase.items()).isEqualTo(viaFolder.items());
  }

  @Test
  void aBaseWithoutOverlayLoadsAsItself() {
    EpiduralContent same = EpiduralContent.loader().base(ApiFixtures.clinic()).clock(ApiFixtures.CLOCK).load();
    assertThat(same.items()).isEqualTo(ApiFixtures.clinic().items());
  }

  @Test
  void anOverlayNeedsABase() {
    assertThatThrownBy(() -> EpiduralContent.loader().overlay(dir)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base");
    assertThatThrownBy(() -> EpiduralContent.loader().overlayFromClasspath("x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOverlayMayOnlyWithdraw() {
    Path overlay = ApiFixtures.write(dir.resolve("withdraw-only"), Map.of("bundle.json", """
        {"schemaVersion": 1, "id": "withdraw-only", "version": "1", "title": "W", "locale": "en",
         "publisher": "Test", "license": "CC0-1.0", "withdraw": ["alt-medication"]}"""));

    EpiduralContent content = EpiduralContent.loader().from(base).overlay(overlay).clock(ApiFixtures.CLOCK).load();

    assertThat(ids(content.alternatives().list())).containsExactly("alt-physiotherapy");
  }

  @Test
  void aWithdrawnItemsTranslationsGoWithIt() {
    Path overlay = ApiFixtures.write(dir.resolve("w"), Map.of("bundle.json", """
        {"schemaVersion": 1, "id": "w", "version": "1", "title": "W", "locale": "en",
         "publisher": "Test", "license": "CC0-1.0", "withdraw": ["faq-pain"]}"""));

    assertThat(validate(overlay).errors()).isEmpty();
  }

  @Test
  void overlaysStack() {
    Path second = ApiFixtures.write(dir.resolve("second"), Map.of(
        "bundle.json", """
            {"schemaVersion": 1, "id": "second", "version": "1", "title": "Second", "locale": "en",
             "publisher": "Test", "license": "CC0-1.0", "defaultReview": {"status": "draft"},
             "sources": [{"id": "second-note", "title": "Second note", "publisher": "Test"}],
             "files": ["c.json"], "replace": ["faq-parking"]}""",
        "c.json", """
            {"faq": [{"id": "faq-parking", "question": "Where is the car park?", "answer": "North entrance.",
                      "sources": [{"source": "second-note", "locator": "1"}]}]}"""));

    EpiduralContent content = EpiduralContent.loader().from(base).overlay(ApiFixtures.resource("overlay/clinic"))
        .overlay(second).clock(ApiFixtures.CLOCK).load();

    assertThat(content.item(FaqEntry.class, "faq-parking").orElseThrow().question().text())
        .isEqualTo("Where is the car park?");
    assertThat(content.layers()).extracting(BundleInfo::id).containsExactly("test-clinic", "test-clinic-overlay", "second");
    // The replaced question's Spanish translation, in the middle layer, is now stale and named with its bundle.
    assertThat(content.report().warnings()).extracting(Problem::file)
        .contains(ApiFixtures.resource("overlay/clinic") + "/es.json");
  }

  // ---------------------------------------------------------------- conflicts, located in both files

  @Test
  void anIdAddedAgainWithoutReplaceIsReportedInBothFiles() {
    Path overlay = overlay("\"files\": [\"c.json\"]", Map.of("c.json", faq("faq-cost", "What does it cost here?")));

    List<Problem> problems = errors(validate(overlay), "EPI-OVL-001");

    int baseLine = line(base.resolve("faq.json"), "\"faq-cost\"");
    assertThat(problems).extracting(Problem::file, Problem::pointer, p -> p.line().getAsInt()).containsExactly(
        tuple(basePrefix + "faq.json", "/faq/1/id", baseLine),
        tuple("c.json", "/faq/0/id", 2));
    assertThat(problems.get(1).message()).contains("already used by the base's item at " + basePrefix + "faq.json:"
        + baseLine + ":").contains("'replace'");
    assertThat(problems.get(0).message()).contains("used again by the overlay's item at c.json:2:");
    assertThat(problems).allSatisfy(p -> assertThat(p.column()).isNotEmpty());
  }

  @Test
  void replacingAnIdTheBaseDoesNotHave() {
    Path overlay = overlay("\"files\": [\"c.json\"], \"replace\": [\"faq-new\"]",
        Map.of("c.json", faq("faq-new", "A new question?")));

    List<Problem> problems = errors(validate(overlay), "EPI-OVL-002");

    assertThat(problems).extracting(Problem::file, Problem::pointer)
        .containsExactly(tuple("bundle.json", "/replace/0"), tuple("c.json", "/faq/0/id"));
    assertThat(problems.get(0).message()).contains("the item at c.json:2:");
    assertThat(problems.get(1).message()).contains("listed in 'replace' at bundle.json:4:");
  }

  @Test
  void replacingWithoutAnItem() {
    Path overlay = overlay("\"replace\": [\"faq-cost\"]", Map.of());

    Problem p = errors(validate(overlay), "EPI-OVL-003").get(0);

    assertThat(p.file()).isEqualTo("bundle.json");
    assertThat(p.pointer()).isEqualTo("/replace/0");
    assertThat(p.line()).isEqualTo(OptionalInt.of(4));
  }

  @Test
  void withdrawingAnIdTheBaseDoesNotHave() {
    Problem p = errors(validate(overlay("\"withdraw\": [\"faq-nope\"]", Map.of())), "EPI-OVL-004").get(0);

    assertThat(p.pointer()).isEqualTo("/withdraw/0");
    assertThat(p.message()).isEqualTo("withdraws 'faq-nope', which the base does not have");
  }

  @Test
  void withdrawingAnIdTheOverlayGivesAnItemFor() {
    Path overlay = overlay("\"files\": [\"c.json\"], \"withdraw\": [\"faq-cost\"]",
        Map.of("c.json", faq("faq-cost", "What does it cost here?")));

    assertThat(errors(validate(overlay), "EPI-OVL-005")).extracting(Problem::file, Problem::pointer)
        .containsExactly(tuple("bundle.json", "/withdraw/0"), tuple("c.json", "/faq/0/id"));
  }

  @Test
  void withdrawingAndReplacingOneId() {
    Path overlay = overlay("\"files\": [\"c.json\"], \"replace\": [\"faq-cost\"], \"withdraw\": [\"faq-cost\"]",
        Map.of("c.json", faq("faq-cost", "What does it cost here?")));

    List<Problem> problems = errors(validate(overlay), "EPI-OVL-005");

    assertThat(problems).extracting(Problem::pointer).containsExactly("/replace/0", "/withdraw/0");
    assertThat(problems.get(1).message()).contains("replaced at bundle.json:4:");
  }

  @Test
  void anIdListedTwice() {
    Problem p = errors(validate(overlay("\"withdraw\": [\"alt-medication\", \"alt-medication\"]", Map.of())),
        "EPI-SHAPE-006").get(0);
    assertThat(p.pointer()).isEqualTo("/withdraw/1");
  }

  @Test
  void withdrawingAnItemTheBaseStillRefersToIsAnErrorAtEachReference() {
    Path overlay = overlay("\"withdraw\": [\"step-contrast\"]", Map.of());

    List<Problem> problems = errors(validate(overlay), "EPI-OVL-009");

    Path procedures = base.resolve("procedures.json");
    assertThat(problems).extracting(Problem::file, Problem::pointer).containsExactlyInAnyOrder(
        tuple(basePrefix + "procedures.json", "/procedures/0/steps/2"),
        tuple(basePrefix + "procedures.json", "/procedures/2/steps/2"),
        tuple("bundle.json", "/withdraw/0"),
        tuple("bundle.json", "/withdraw/0"));
    assertThat(problems).filteredOn(p -> p.file().equals("bundle.json"))
        .allSatisfy(p -> assertThat(p.message()).contains("leaves a reference to it at " + basePrefix + "procedures.json:"));
    assertThat(problems).filteredOn(p -> !p.file().equals("bundle.json")).allSatisfy(p -> {
      assertThat(p.message()).contains("withdrawn by the overlay at bundle.json:4:");
      assertThat(p.line().getAsInt()).isGreaterThan(line(procedures, "\"step-contrast\"") - 1);
    });
  }

  @Test
  void replaceAndWithdrawNeedABase() {
    Path alone = ApiFixtures.copy("l10n/clinic", dir.resolve("alone"));
    rewrite(alone.resolve("bundle.json"), "\"files\": [", "\"withdraw\": [\"faq-cost\"], \"files\": [");

    Problem p = errors(EpiduralContent.validate(alone), "EPI-OVL-006").get(0);

    assertThat(p.pointer()).isEqualTo("/withdraw");
    assertThat(p.message()).contains("loaded without a base");
  }

  @Test
  void anOverlayInAnotherLanguage() {
    Path overlay = ApiFixtures.write(dir.resolve("fr"), Map.of("bundle.json", """
        {"schemaVersion": 1, "id": "fr", "version": "1", "title": "F", "locale": "fr",
         "publisher": "Test", "license": "CC0-1.0"}"""));

    assertThat(errors(validate(overlay), "EPI-OVL-007")).extracting(Problem::file, Problem::pointer)
        .containsExactly(tuple(basePrefix + "bundle.json", "/locale"), tuple("bundle.json", "/locale"));
  }

  @Test
  void aSourceDeclaredDifferentlyByBoth() {
    Path overlay = citingTheGuideAs("""
        {"id": "patient-guide-2025", "title": "Another guide", "publisher": "Test Clinic"}""");

    assertThat(errors(validate(overlay), "EPI-OVL-008")).extracting(Problem::file, Problem::pointer)
        .containsExactly(tuple(basePrefix + "bundle.json", "/sources/1"), tuple("bundle.json", "/sources/0"));
  }

  @Test
  void aSourceDeclaredAlikeByBothIsFine() {
    Path overlay = citingTheGuideAs("""
        {"id": "patient-guide-2025", "title": "Epidural injections: a guide for patients",
         "publisher": "Test Clinic", "url": "https://clinic.example/epidural-guide"}""");

    assertThat(validate(overlay).errors()).isEmpty();
  }

  @Test
  void clinicalRulesRunOnTheMergedItems() {
    // The overlay narrows the transforaminal approach to the lumbar region; the base's cervical
    // procedure uses it in the neck, so the merged content breaks the approach rule in the base's file.
    Path overlay = overlay("\"files\": [\"c.json\"], \"replace\": [\"approach-transforaminal\"]", Map.of("c.json", """
        {"approaches": [
          {"id": "approach-transforaminal", "approach": "transforaminal", "name": "Transforaminal",
           "description": "Lumbar only here.", "regions": ["lumbar"],
           "sources": [{"source": "clinic-note", "locator": "1"}]}
        ]}"""));

    List<Problem> problems = errors(validate(overlay), "EPI-CLIN-001");

    assertThat(problems).extracting(Problem::file, Problem::pointer)
        .containsExactly(tuple(basePrefix + "procedures.json", "/procedures/2/approaches"));
  }

  @Test
  void aReplacedTextMakesItsTranslationStale() {
    Path overlay = overlay("\"files\": [\"c.json\"], \"replace\": [\"faq-pain\"]",
        Map.of("c.json", faq("faq-pain", "Will the injection hurt?")));

    EpiduralContent content = EpiduralContent.loader().from(base).overlay(overlay).clock(ApiFixtures.CLOCK).load();

    assertThat(content.report().warnings()).extracting(Problem::code, Problem::file)
        .contains(tuple("EPI-L10N-005", basePrefix + "es.json"));
    assertThat(content.in(ES).name(content.item(FaqEntry.class, "faq-pain").orElseThrow()))
        .isEqualTo(LocalizedText.of("Will the injection hurt?", Locale.ENGLISH));
  }

  @Test
  void aBaseWhoseFilesChangedSinceItWasLoaded() throws Exception {
    Path copy = ApiFixtures.copy("l10n/clinic", dir.resolve("base"));
    EpiduralContent loaded = EpiduralContent.loader().from(copy).clock(ApiFixtures.CLOCK).load();
    rewrite(copy.resolve("faq.json"), "Does the injection hurt?", "Is the injection painful?");
    Path overlay = overlay("\"withdraw\": [\"alt-medication\"]", Map.of());

    assertThatThrownBy(() -> EpiduralContent.loader().base(loaded).overlay(overlay).clock(ApiFixtures.CLOCK).load())
        .isInstanceOfSatisfying(BundleValidationException.class, e -> assertThat(e.report().errors())
            .extracting(Problem::code).containsExactly("EPI-OVL-010"));
  }

  private static void rewrite(Path file, String from, String to) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).contains(from);
      Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
