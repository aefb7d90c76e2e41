package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void keepsTheLocaleThatServedTheText() {
    LocalizedText text = LocalizedText.of("L'espace péridural", Locale.FRENCH);

    assertThat(text.text()).isEqualTo("L'espace péridural");
    assertThat(text.locale()).isEqualTo(Locale.FRENCH);
  }

  /** A caller tells a fallback apart by the locale, so the same words in another locale differ. */
  @Test
  void theSameTextFromAnotherLocaleIsADifferentValue() {
    assertThat(LocalizedText.of("Epidural", Locale.ENGLISH)).isNotEqualTo(LocalizedText.of("Epidural", Locale.GERMAN));
    assertThat(LocalizedText.of("Epidural", Locale.ENGLISH)).isEqualTo(LocalizedText.of("Epidural", Locale.ENGLISH));
  }

  @Test
  void toStringIsTheText() {
    assertThat(LocalizedText.of("Epidural", Locale.ENGLISH)).hasToString("Epidural");
  }

  @Test
  void ofRejectsNullsNamingTheComponent() {
    assertThatThrownBy(() -> LocalizedText.of(null, Locale.ENGLISH))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> LocalizedText.of("Epidural", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }
}
