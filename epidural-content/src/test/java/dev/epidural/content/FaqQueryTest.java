package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.FaqEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  private static List<String> ids(List<SearchHit<FaqEntry>> hits) {
    return hits.stream().map(h -> h.item().id().value()).toList();
  }

  @Test
  void searchFindsTheQuestionAboutDriving() {
    assertThat(ids(content.faq().search("drive"))).containsExactly("faq-drive");
  }

  @Test
  void searchIgnoresCase() {
    assertThat(ids(content.faq().search("DRIVE"))).containsExactly("faq-drive");
  }

  @Test
  void searchIgnoresAccentsInTheQueryAndInTheContent() {
    // The content says "café"; any of these finds it.
    assertThat(ids(content.faq().search("cafe"))).containsExactly("faq-coffee");
    assertThat(ids(content.faq().search("CAFÉ"))).containsExactly("faq-coffee");
    assertThat(ids(content.faq().search("cafe\u0301"))).containsExactly("faq-coffee");
    // And accents in the query need none in the content.
    assertThat(ids(content.faq().search("drívé"))).containsExactly("faq-drive");
  }

  @Test
  void hitsComeInBundleOrderNotRanked() {
    assertThat(ids(content.faq().search("injection")))
        .containsExactly("faq-drive", "faq-cost", "faq-coffee", "faq-pain");
  }

  @Test
  void eachHitCarriesTheSourcesAndReviewOfItsItem() {
    SearchHit<FaqEntry> hit = content.faq().search("numbed").get(0);

    assertThat(hit.item().id().value()).isEqualTo("faq-pain");
    assertThat(hit.fields()).containsExactly("answer");
    assertThat(hit.sources()).singleElement().satisfies(c -> {
      assertThat(c.source().title()).isEqualTo("Epidural injections: a guide for patients");
      assertThat(c.locator()).isEqualTo("during the injection");
    });
    assertThat(hit.review()).isEqualTo(hit.item().review());
  }

  @Test
  void searchWithNoHitIsEmpty() {
    assertThat(content.faq().search("parking")).isEmpty();
  }

  @Test
  void searchRefusesTextWithoutWords() {
    assertThatThrownBy(() -> content.faq().search("?!")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> content.faq().search(null)).isInstanceOf(NullPointerException.class);
  }
}
