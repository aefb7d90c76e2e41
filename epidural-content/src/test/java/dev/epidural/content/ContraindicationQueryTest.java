package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Contraindication;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContraindicationQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  private static List<String> ids(List<Contraindication> items) {
    return items.stream().map(i -> i.id().value()).toList();
  }

  @Test
  void listingFactorMatchesAFactorKeyword() {
    assertThat(ids(content.contraindications().listingFactor("anticoagulant-use").list()))
        .containsExactly("ci-anticoagulants");
    assertThat(ids(content.contraindications().listingFactor("allergy").list())).containsExactly("ci-contrast-allergy");
  }

  @Test
  void listingFactorBringsTheKeywordToKebabCase() {
    assertThat(ids(content.contraindications().listingFactor("Anticoagulant use").list()))
        .containsExactly("ci-anticoagulants");
    assertThat(ids(content.contraindications().listingFactor("  ANTIPLATELET_USE ").list()))
        .containsExactly("ci-anticoagulants");
  }

  @Test
  void listingFactorMatchesWholeKeywordsOnly() {
    // "anticoagulant" is part of a factor, not a factor: use matching(...) to search text.
    assertThat(content.contraindications().listingFactor("anticoagulant").list()).isEmpty();
    assertThat(content.contraindications().listingFactor("unknown-factor").list()).isEmpty();
  }

  @Test
  void listingFactorRefusesAKeywordWithoutWords() {
    assertThatThrownBy(() -> content.contraindications().listingFactor("--")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> content.contraindications().listingFactor(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void matchingSearchesNamesAndNotes() {
    assertThat(ids(content.contraindications().matching("bleeding").list())).containsExactly("ci-anticoagulants");
    assertThat(ids(content.contraindications().matching("Pregnancy").list()))
        .containsExactly("ci-pregnancy", "ci-contrast-allergy");
  }

  @Test
  void factorAndTextTogether() {
    assertThat(ids(content.contraindications().listingFactor("contrast-allergy").matching("pregnancy").list()))
        .containsExactly("ci-contrast-allergy");
    assertThat(content.contraindications().listingFactor("local-infection").matching("pregnancy").list()).isEmpty();
  }

  @Test
  void factorsListsTheKeywordsOfTheAnswers() {
    assertThat(content.contraindications().factors()).containsExactly("allergy", "anticoagulant-use",
        "antiplatelet-use", "blood-thinners", "contrast-allergy", "local-infection", "pregnancy");
    assertThat(content.contraindications().matching("pregnancy").factors())
        .containsExactly("allergy", "contrast-allergy", "pregnancy");
  }

  @Test
  void factorsIsImmutable() {
    var factors = content.contraindications().factors();
    assertThatThrownBy(() -> factors.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
