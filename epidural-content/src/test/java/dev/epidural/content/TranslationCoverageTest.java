package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationCoverageTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void countsMustAddUp() {
    assertThatThrownBy(() -> new TranslationCoverage(ES, -1, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TranslationCoverage(ES, 2, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TranslationCoverage(null, 0, 0, 0)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void missingAndRatio() {
    TranslationCoverage c = new TranslationCoverage(ES, 3, 1, 8);
    assertThat(c.missing()).isEqualTo(5);
    assertThat(c.ratio()).isEqualTo(0.375);
    assertThat(new TranslationCoverage(ES, 0, 0, 0).ratio()).isEqualTo(1.0);
  }

  @Test
  void theFixtureCoversSixOfItsTextsInSpanishWithOneStale() {
    // 67 texts, counted by hand from the fixture: 34 headings (names, questions, instruction texts),
    // 30 descriptions, notes and answers, and 3 audience variants (two patient, one clinician).
    Map<Locale, TranslationCoverage> coverage = ApiFixtures.clinic().translationCoverage();

    assertThat(coverage.keySet()).containsExactly(ES, Locale.forLanguageTag("es-MX"));
    assertThat(coverage.get(ES)).isEqualTo(new TranslationCoverage(ES, 6, 1, 67));
    assertThat(coverage.get(Locale.forLanguageTag("es-MX")).translated()).isEqualTo(1);
  }

  @Test
  void eachAudienceVariantCountsAsAText(@TempDir Path dir) {
    String text = "Medicine is placed next to the nerve.";
    String patient = "Medicine goes next to the sore nerve.";
    ApiFixtures.write(dir, Map.of(
        "bundle.json", """
            {"schemaVersion": 1, "id": "tiny", "version": "1", "title": "Tiny", "locale": "en",
             "publisher": "Test", "license": "CC0-1.0",
             "sources": [{"id": "s", "title": "S", "publisher": "P"}],
             "files": ["c.json"], "translations": ["fr.json"]}""",
        "c.json", """
            {"preparation": [{"id": "prep", "text": {"text": "%s", "patient": "%s"},
              "sources": [{"source": "s", "locator": "1"}], "review": {"status": "draft"}}]}"""
            .formatted(text, patient),
        "fr.json", """
            {"locale": "fr", "translations": [
              {"id": "prep", "field": "text", "audience": "patient", "sourceFingerprint": "%s",
               "text": "Le médicament va près du nerf."}]}""".formatted(LocalizedContent.fingerprint(patient))));

    TranslationCoverage fr = EpiduralContent.loader().from(dir).load().translationCoverage()
        .get(Locale.FRENCH);

    assertThat(fr).isEqualTo(new TranslationCoverage(Locale.FRENCH, 1, 0, 2));
  }
}
