package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Intent;
import org.junit.jupiter.api.Test;

class IndicationQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void forIntent() {
    assertThat(content.indications().forIntent(Intent.DIAGNOSTIC).list()).extracting(i -> i.id().value())
        .containsExactly("ind-pain-source");
    assertThat(content.indications().forIntent(Intent.BLOOD_PATCH).list()).extracting(i -> i.id().value())
        .containsExactly("ind-post-puncture-headache");
    assertThat(content.indications().forIntent(Intent.ANESTHETIC_ANALGESIC).list()).isEmpty();
  }

  @Test
  void searchFindsTheNote() {
    assertThat(content.indications().search("surgery")).singleElement()
        .satisfies(hit -> assertThat(hit.fields()).containsExactly("note"));
  }

  @Test
  void forIntentRefusesNull() {
    assertThatThrownBy(() -> content.indications().forIntent(null)).isInstanceOf(NullPointerException.class);
  }
}
