package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnatomyFactTest {

  @Test
  void aFullyPopulatedAnatomyFactIsValid() {
    assertThat(violations(Fixtures.anatomyFact())).isEmpty();
  }

  @Test
  void listedItemsKeepTheOrderGiven() {
    List<Text> items = List.of(Fixtures.text("Nerve roots"), Fixtures.text("Fat"), Fixtures.text("Blood vessels"));

    AnatomyFact fact = with(Fixtures.anatomyFact(), "items", items);

    assertThat(fact.items()).containsExactlyElementsOf(items);
  }

  @Test
  void aFactNeedNotDescribeALayerOrListItems() {
    AnatomyFact fact = new AnatomyFact(Id.of("why-it-matters"), AnatomyTopic.SIGNIFICANCE, Optional.empty(),
        Fixtures.text("Why it matters"), Fixtures.text("Medication placed here reaches the nerve roots."),
        List.of(), List.of(Fixtures.citation()), Fixtures.review());

    assertThat(fact.layer()).isEmpty();
    assertThat(fact.items()).isEmpty();
    assertThat(violations(fact)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "text"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.anatomyFact(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }

  @Test
  void aBlankListedItemIsReportedAtItsPosition() {
    AnatomyFact fact = with(Fixtures.anatomyFact(), "items",
        List.of(Fixtures.text("Fat"), Fixtures.text("Blood vessels"), Fixtures.blankText()));

    assertThat(violations(fact)).containsExactly("items[2].text @NotBlank");
  }
}
