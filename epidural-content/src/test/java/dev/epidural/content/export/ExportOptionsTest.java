package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Audience;
import dev.epidural.model.Text;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

  @Test
  void defaultsResolveByAudienceInTheBundleLanguageCompactWithEnglishLabels() {
    ExportOptions options = ExportOptions.of(Audience.CLINICIAN);
    assertThat(options.audience()).isEqualTo(Audience.CLINICIAN);
    assertThat(options.language()).isEmpty();
    assertThat(options.isPretty()).isFalse();
    assertThat(options.label(Label.SOURCES)).isEqualTo("Sources");
    Text text = Text.of("general").withPatient("for patients").withClinician("for clinicians");
    assertThat(options.resolve(text)).isEqualTo("for clinicians");
    assertThat(options.withAudience(Audience.PATIENT).resolve(text)).isEqualTo("for patients");
    assertThat(options.resolve(Text.of("general"))).isEqualTo("general");
    assertThat(options.languageTag(Locale.forLanguageTag("es-MX"))).isEqualTo("es-MX");
  }

  @Test
  void eachSetterReturnsANewInstanceAndLeavesTheOriginal() {
    ExportOptions original = ExportOptions.of(Audience.PATIENT);
    ExportOptions changed = original.withPretty(true).withLanguage(Locale.GERMAN).withLabel(Label.FAQ, "Fragen")
        .withTextResolver((t, a) -> "x").withAudience(Audience.CLINICIAN);
    assertThat(changed.isPretty()).isTrue();
    assertThat(changed.language()).contains(Locale.GERMAN);
    assertThat(changed.languageTag(Locale.ENGLISH)).isEqualTo("de");
    assertThat(changed.label(Label.FAQ)).isEqualTo("Fragen");
    assertThat(changed.label(Label.SOURCES)).isEqualTo("Sources");
    assertThat(changed.resolve(Text.of("y"))).isEqualTo("x");
    assertThat(changed.audience()).isEqualTo(Audience.CLINICIAN);

    assertThat(original.isPretty()).isFalse();
    assertThat(original.language()).isEmpty();
    assertThat(original.label(Label.FAQ)).isEqualTo("Frequently asked questions");
    assertThat(original.resolve(Text.of("y"))).isEqualTo("y");
    assertThat(original.audience()).isEqualTo(Audience.PATIENT);
  }

  @Test
  void aResolverThatReturnsNullIsReportedWithTheText() {
    ExportOptions options = ExportOptions.of(Audience.PATIENT).withTextResolver((t, a) -> null);
    assertThatThrownBy(() -> options.resolve(Text.of("untranslated")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("'untranslated'");
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> ExportOptions.of(null)).isInstanceOf(NullPointerException.class);
    ExportOptions options = ExportOptions.of(Audience.PATIENT);
    assertThatThrownBy(() -> options.withTextResolver(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> options.withLanguage(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> options.withLabel(Label.FAQ, null)).isInstanceOf(NullPointerException.class);
  }
}
