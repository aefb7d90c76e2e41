package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureStepTest {

  @Test
  void aFullyPopulatedProcedureStepIsValid() {
    assertThat(violations(Fixtures.procedureStep())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "description"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.procedureStep(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
