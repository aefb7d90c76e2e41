package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreparationInstructionTest {

  @Test
  void aFullyPopulatedPreparationInstructionIsValid() {
    assertThat(violations(Fixtures.preparationInstruction())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.preparationInstruction(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
