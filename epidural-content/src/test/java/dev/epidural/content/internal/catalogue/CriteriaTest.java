package dev.epidural.content.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.SpinalRegion;
import org.junit.jupiter.api.Test;

class CriteriaTest {

  @Test
  void everyCriterionMustHold() {
    Criteria<Integer> c = Criteria.<Integer>none().and("even", 2, i -> i % 2 == 0).and("big", 10, i -> i > 10);

    assertThat(c.test(12)).isTrue();
    assertThat(c.test(8)).isFalse();
    assertThat(c.test(13)).isFalse();
    assertThat(Criteria.<Integer>none().test(1)).isTrue();
  }

  @Test
  void equalityIgnoresOrderAndRepeats() {
    Criteria<Integer> a = Criteria.<Integer>none().and("x", 1, i -> true).and("y", 2, i -> true);
    Criteria<Integer> b = Criteria.<Integer>none().and("y", 2, i -> false).and("x", 1, i -> false).and("x", 1, i -> true);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Criteria.<Integer>none().and("x", 1, i -> true));
    assertThat(Criteria.none().isEmpty()).isTrue();
  }

  @Test
  void addingLeavesTheOriginalAlone() {
    Criteria<Integer> none = Criteria.none();
    none.and("x", 1, i -> false);

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.test(1)).isTrue();
  }

  @Test
  void toStringShowsCodes() {
    assertThat(Criteria.<Object>none().and("in", SpinalRegion.LUMBAR, o -> true).and("matching", "x y", o -> true))
        .hasToString("in=lumbar, matching=x y");
  }
}
