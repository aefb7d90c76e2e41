package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsCaseAndAccents() {
    assertThat(Folding.fold("Épidurale")).isEqualTo("epidurale");
    assertThat(Folding.fold("NAÏVE Café")).isEqualTo("naive cafe");
    assertThat(Folding.fold("cafe\u0301")).isEqualTo("cafe");
  }

  @Test
  void lowercasesBeforeStrippingMarks() {
    // U+0130 lowercases to "i" followed by a combining dot above, which must go too.
    assertThat(Folding.fold("\u0130stanbul")).isEqualTo("istanbul");
  }

  @Test
  void lowercasesWithTheRootLocale() {
    // Not the Turkish dotless i, whatever the default locale.
    assertThat(Folding.fold("DRIVE")).isEqualTo("drive");
  }

  @Test
  void termsSplitAtAnythingButLettersAndDigits() {
    assertThat(Folding.terms("Blood-thinners,  anti-coagulants!")).containsExactly("blood", "thinners", "anti",
        "coagulants");
    assertThat(Folding.terms("drive DRIVE")).containsExactly("drive");
    assertThat(Folding.terms("T12 vértebra")).containsExactly("t12", "vertebra");
  }

  @Test
  void termsNeedALetterOrDigit() {
    assertThatThrownBy(() -> Folding.terms("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Folding.terms("\u0301")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keywordIsKebabCase() {
    assertThat(Folding.keyword(" Anticoagulant  USE ")).isEqualTo("anticoagulant-use");
    assertThat(Folding.keyword("anticoagulant_use")).isEqualTo("anticoagulant-use");
    assertThat(Folding.keyword("anticoagulant-use")).isEqualTo("anticoagulant-use");
  }
}
