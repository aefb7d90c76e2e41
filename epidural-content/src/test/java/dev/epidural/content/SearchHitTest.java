package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.FaqEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHitTest {

  private final EpiduralContent content = ApiFixtures.clinic();
  private final FaqEntry entry = content.item(FaqEntry.class, "faq-drive").orElseThrow();

  @Test
  void copiesItsLists() {
    List<String> fields = new ArrayList<>(List.of("question"));
    SearchHit<FaqEntry> hit = new SearchHit<>(entry, fields, content.sourcesOf(entry));
    fields.add("answer");

    assertThat(hit.fields()).containsExactly("question");
    assertThatThrownBy(() -> hit.fields().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reviewIsTheItems() {
    SearchHit<FaqEntry> hit = new SearchHit<>(entry, List.of("question"), List.of());
    assertThat(hit.review()).isSameAs(entry.review());
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> new SearchHit<FaqEntry>(null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SearchHit<>(entry, null, List.of())).isInstanceOf(NullPointerException.class);
  }
}
