package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Approach;
import dev.epidural.model.SpinalRegion;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApproachQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void inRegionAnswersWithTheApproachFacts() {
    assertThat(content.approaches().inRegion(SpinalRegion.CERVICAL).list()).extracting(a -> a.id().value())
        .containsExactly("approach-interlaminar", "approach-transforaminal");
  }

  @Test
  void approachesGivesTheBareSet() {
    assertThat(content.approaches().inRegion(SpinalRegion.CERVICAL).approaches())
        .containsExactly(Approach.INTERLAMINAR, Approach.TRANSFORAMINAL);
    assertThat(content.approaches().inRegion(SpinalRegion.SACRAL).approaches()).containsExactly(Approach.CAUDAL);
    // The fixture's facts give thoracic only to the interlaminar approach.
    assertThat(content.approaches().inRegion(SpinalRegion.THORACIC).approaches()).containsExactly(Approach.INTERLAMINAR);
    assertThat(content.approaches().approaches()).containsExactly(Approach.values());
  }

  @Test
  void approachesIsImmutable() {
    Set<Approach> approaches = content.approaches().approaches();
    assertThatThrownBy(() -> approaches.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachAnswerCitesItsSources() {
    assertThat(content.approaches().inRegion(SpinalRegion.SACRAL).list()).singleElement()
        .satisfies(a -> assertThat(content.sourcesOf(a)).extracting(CitedSource::locator)
            .containsExactly("caudal technique"));
  }

  @Test
  void inRegionRefusesNull() {
    assertThatThrownBy(() -> content.approaches().inRegion(null)).isInstanceOf(NullPointerException.class);
  }
}
