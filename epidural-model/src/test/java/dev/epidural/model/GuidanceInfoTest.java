package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidanceInfoTest {

  @Test
  void aFullyPopulatedGuidanceInfoIsValid() {
    assertThat(violations(Fixtures.guidanceInfo())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "description"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.guidanceInfo(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
