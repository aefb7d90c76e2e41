package dev.epidural.content.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.internal.rules.Fingerprint;
import dev.epidural.model.Audience;
import dev.epidural.model.Citation;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Locale FR = Locale.FRENCH;

  private final FaqEntry faq = new FaqEntry(Id.of("faq-a"), Text.of("Q?"), Text.of("A.").withPatient("Patient A."),
      List.of(Citation.of("s", "1")), Review.of(ReviewStatus.DRAFT));

  private static Translations.Key key(String field, Optional<Audience> audience, Locale locale) {
    return new Translations.Key("faq-a", field, audience, locale);
  }

  @Test
  void findServesOnlyATranslationOfTheSameSourceText() {
    Translations t = new Translations(Map.of(key("question", Optional.empty(), ES),
        new Translations.Entry("¿P?", Fingerprint.of("Q?"))));

    assertThat(t.find("faq-a", "question", Optional.empty(), ES, "Q?")).contains("¿P?");
    assertThat(t.find("faq-a", "question", Optional.empty(), ES, "Q, changed?")).isEmpty();
    assertThat(t.find("faq-a", "question", Optional.of(Audience.PATIENT), ES, "Q?")).isEmpty();
    assertThat(t.find("faq-a", "question", Optional.empty(), FR, "Q?")).isEmpty();
  }

  @Test
  void coverageCountsGeneralTextsAndVariants() {
    Translations t = new Translations(Map.of(
        key("question", Optional.empty(), ES), new Translations.Entry("¿P?", Fingerprint.of("Q?")),
        key("answer", Optional.of(Audience.PATIENT), ES), new Translations.Entry("R.", Fingerprint.of("old")),
        key("answer", Optional.empty(), FR), new Translations.Entry("R.", Fingerprint.of("A."))));

    Map<Locale, Translations.Counts> coverage = t.coverage(List.<Item>of(faq));

    // question, answer and the answer's patient variant: three texts.
    assertThat(coverage.keySet()).containsExactly(ES, FR);
    assertThat(coverage.get(ES)).isEqualTo(new Translations.Counts(1, 1, 3));
    assertThat(coverage.get(FR)).isEqualTo(new Translations.Counts(1, 0, 3));
  }

  @Test
  void localesAreOrderedByTag() {
    Translations t = new Translations(Map.of(
        key("question", Optional.empty(), FR), new Translations.Entry("x", "0".repeat(64)),
        key("question", Optional.empty(), Locale.forLanguageTag("es-MX")), new Translations.Entry("x", "0".repeat(64)),
        key("question", Optional.empty(), ES), new Translations.Entry("x", "0".repeat(64))));

    assertThat(t.locales()).containsExactly(ES, Locale.forLanguageTag("es-MX"), FR);
    assertThat(Translations.none().locales()).isEmpty();
  }
}
