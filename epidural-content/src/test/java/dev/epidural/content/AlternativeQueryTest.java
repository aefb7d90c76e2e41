package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlternativeQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void listsEveryAlternative() {
    assertThat(content.alternatives().list()).extracting(a -> a.id().value())
        .containsExactly("alt-physiotherapy", "alt-medication");
  }

  @Test
  void searchFindsByDescriptionWithSources() {
    assertThat(content.alternatives().search("tablets")).singleElement().satisfies(hit -> {
      assertThat(hit.item().id().value()).isEqualTo("alt-medication");
      assertThat(hit.sources()).extracting(CitedSource::locator).containsExactly("other options");
    });
  }
}
