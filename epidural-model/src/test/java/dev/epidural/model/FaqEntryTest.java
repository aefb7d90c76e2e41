package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaqEntryTest {

  @Test
  void aFullyPopulatedFaqEntryIsValid() {
    assertThat(violations(Fixtures.faqEntry())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"question", "answer"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.faqEntry(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
