package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Audience;
import dev.epidural.model.Contraindication;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.LocalizedText;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.Text;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedContentTest {

  private static final Locale EN = Locale.forLanguageTag("en");
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final EpiduralContent content = ApiFixtures.clinic();
  private final Procedure procedure = content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  private final FaqEntry drive = content.item(FaqEntry.class, "faq-drive").orElseThrow();
  private final FaqEntry pain = content.item(FaqEntry.class, "faq-pain").orElseThrow();

  @Test
  void theFallbackChainGoesFromTheRequestedLocaleToTheBundles() {
    assertThat(content.in(ES_MX).fallbacks()).containsExactly(ES_MX, ES, EN);
    assertThat(content.in(ES).fallbacks()).containsExactly(ES, EN);
    assertThat(content.in(Locale.FRENCH).fallbacks()).containsExactly(Locale.FRENCH, EN);
    assertThat(content.in(Locale.forLanguageTag("en-GB")).fallbacks())
        .containsExactly(Locale.forLanguageTag("en-GB"), EN);
    assertThat(content.in(EN).fallbacks()).containsExactly(EN);
    assertThat(content.in(Locale.ROOT).fallbacks()).containsExactly(EN);
  }

  @Test
  void theMostSpecificTranslationWins() {
    assertThat(content.in(ES_MX).text(drive, "question"))
        .contains(LocalizedText.of("¿Puedo manejar a casa después de la inyección?", ES_MX));
    assertThat(content.in(ES).text(drive, "question"))
        .contains(LocalizedText.of("¿Puedo conducir a casa después de la inyección?", ES));
  }

  @Test
  void aMissingTranslationFallsBackAndSaysWhichLocaleServed() {
    // No es-MX translation of the name: Spanish serves it.
    assertThat(content.in(ES_MX).name(procedure))
        .isEqualTo(LocalizedText.of("Inyección epidural transforaminal lumbar de esteroides", ES));
    // No Spanish at all for this question: the bundle's English serves it.
    FaqEntry cost = content.item(FaqEntry.class, "faq-cost").orElseThrow();
    assertThat(content.in(ES_MX).name(cost))
        .isEqualTo(LocalizedText.of("How much does an epidural injection cost?", EN));
  }

  @Test
  void aStaleTranslationIsNeverShown() {
    // es.json translates an earlier answer about driving; its fingerprint no longer matches.
    assertThat(content.in(ES).text(drive, "answer")).contains(LocalizedText.of(drive.answer().text(), EN));
  }

  @Test
  void theAudienceVariantIsPreferredInEachLocale() {
    LocalizedContent spanish = content.in(ES);
    assertThat(spanish.text(procedure, "summary")).contains(LocalizedText.of(
        "Se coloca un esteroide junto a una raíz nerviosa lumbar bajo fluoroscopia.", ES));
    assertThat(spanish.forAudience(Audience.PATIENT).text(procedure, "summary")).contains(LocalizedText.of(
        "Se coloca un medicamento junto a un nervio irritado de la zona lumbar, con rayos X para guiar la aguja.", ES));
  }

  @Test
  void withoutAVariantTranslationTheGeneralTranslationServes() {
    // Spanish has no clinician summary, and a Spanish reader is better served in Spanish.
    assertThat(content.in(ES).forAudience(Audience.CLINICIAN).text(procedure, "summary"))
        .map(LocalizedText::locale).contains(ES);
    assertThat(content.in(ES).forAudience(Audience.PATIENT).name(pain))
        .isEqualTo(LocalizedText.of("¿Duele la inyección?", ES));
  }

  @Test
  void inTheBundlesLocaleTheAudienceVariantOrTheGeneralText() {
    assertThat(content.forAudience(Audience.PATIENT).text(procedure, "summary"))
        .contains(LocalizedText.of(procedure.summary().patient().orElseThrow(), EN));
    assertThat(content.forAudience(Audience.CLINICIAN).text(procedure, "summary"))
        .contains(LocalizedText.of(procedure.summary().text(), EN));
    // Spanish has only a stale general answer: the English clinician variant serves.
    assertThat(content.in(ES).forAudience(Audience.CLINICIAN).text(drive, "answer"))
        .contains(LocalizedText.of(drive.answer().clinician().orElseThrow(), EN));
  }

  @Test
  void textsDeeperInTheItemByPath() {
    assertThat(content.in(ES).text(procedure, "medications/0/note"))
        .contains(LocalizedText.of("Se administra después de comprobar el contraste.", ES));
    assertThat(content.in(ES).text(procedure, "medications/1/note")).isEmpty();
  }

  @Test
  void anAbsentOptionalTextIsEmpty() {
    Contraindication infection = content.item(Contraindication.class, "ci-local-infection").orElseThrow();
    assertThat(content.in(ES).text(infection, "note")).isEmpty();
  }

  @Test
  void aFieldThatHoldsNoTextIsRefused() {
    assertThatThrownBy(() -> content.in(ES).text(procedure, "intent")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'intent' is not a text field of procedures item 'lumbar-transforaminal-esi'")
        .hasMessageContaining("[name, summary, medications/0/note]");
    assertThatThrownBy(() -> content.in(ES).text(procedure, "sumary")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nameIsTheHeadingOfEveryKind() {
    PreparationInstruction prep = content.item(PreparationInstruction.class, "prep-driver").orElseThrow();
    AftercareInstruction rest = content.item(AftercareInstruction.class, "after-rest").orElseThrow();

    assertThat(content.in(ES).name(drive).text()).startsWith("¿Puedo conducir");
    assertThat(content.in(ES).name(prep)).isEqualTo(LocalizedText.of("Arrange for someone to drive you home.", EN));
    assertThat(content.forAudience(Audience.PATIENT).name(rest).text()).isEqualTo("Take it easy for the rest of the day.");
  }

  @Test
  void textsGivesEveryTextInFieldOrder() {
    var texts = content.in(ES).texts(procedure);

    assertThat(texts.keySet()).containsExactly("name", "summary", "medications/0/note");
    assertThat(texts.values()).extracting(LocalizedText::locale).containsOnly(ES);
    assertThatThrownBy(() -> texts.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTranslationServesOnlyTheTextItWasMadeFrom() {
    // The same id with another summary, as an overlay might give: the Spanish summary is not its translation.
    Procedure edited = new Procedure(procedure.id(), procedure.name(), Text.of("A changed summary."),
        procedure.intent(), procedure.regions(), procedure.approaches(), procedure.guidance(), procedure.delivery(),
        procedure.medications(), procedure.steps(), procedure.preparation(), procedure.indications(),
        procedure.contraindications(), procedure.complications(), procedure.aftercare(), procedure.codings(),
        procedure.sources(), procedure.review());

    assertThat(content.in(ES).text(edited, "summary")).contains(LocalizedText.of("A changed summary.", EN));
    assertThat(content.in(ES).name(edited).locale()).isEqualTo(ES);
  }

  @Test
  void fingerprintIsTheSha256OfTheText() {
    assertThat(LocalizedContent.fingerprint("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void viewsAreValues() {
    LocalizedContent a = content.in(ES).forAudience(Audience.PATIENT);
    LocalizedContent b = content.forAudience(Audience.PATIENT).in(ES);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(content.in(ES));
    assertThat(a.locale()).isEqualTo(ES);
    assertThat(a.audience()).contains(Audience.PATIENT);
    assertThat(a.content()).isSameAs(content);
    assertThat(content.in(ES_MX).forAudience(Audience.PATIENT)).hasToString("LocalizedContent[es-MX > es > en, patient]");
    assertThat(content.in(ES)).hasToString("LocalizedContent[es > en, general]");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> content.in(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> content.forAudience(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> content.in(ES).text(null, "name")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> content.in(ES).text(procedure, null)).isInstanceOf(NullPointerException.class);
  }
}
