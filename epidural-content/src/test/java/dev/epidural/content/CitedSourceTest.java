package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Id;
import dev.epidural.model.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitedSourceTest {

  private final Source source = new Source(Id.of("guide"), "A guide", "A publisher", Optional.empty(),
      Optional.empty(), Optional.empty());

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> new CitedSource(null, "p. 3")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CitedSource(source, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void readsAsOneLine() {
    assertThat(new CitedSource(source, "p. 3")).hasToString("A guide (A publisher), p. 3");
  }

  @Test
  void resolvedFromAnItemsCitations() {
    EpiduralContent content = ApiFixtures.clinic();
    var procedure = content.procedure("lumbar-transforaminal-esi").orElseThrow().procedure();

    assertThat(content.sourcesOf(procedure)).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo(content.bundle().source("radiographics-2017-esi").orElseThrow());
      assertThat(c.locator()).isEqualTo("procedures");
    });
  }
}
