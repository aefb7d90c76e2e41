package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplicationQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void listsEveryComplication() {
    assertThat(content.complications().list()).extracting(c -> c.id().value())
        .containsExactly("comp-headache", "comp-infection");
  }

  @Test
  void searchFindsTheOptionalDescription() {
    assertThat(content.complications().search("upright")).singleElement().satisfies(hit -> {
      assertThat(hit.item().id().value()).isEqualTo("comp-headache");
      assertThat(hit.fields()).containsExactly("description");
    });
  }

  @Test
  void matchingAndCount() {
    assertThat(content.complications().matching("infection").count()).isEqualTo(1);
    assertThat(content.complications().matching("HEADACHE").first()).map(c -> c.id().value()).contains("comp-headache");
  }
}
