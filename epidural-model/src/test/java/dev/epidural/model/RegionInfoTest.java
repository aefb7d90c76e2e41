package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionInfoTest {

  @Test
  void aFullyPopulatedRegionInfoIsValid() {
    assertThat(violations(Fixtures.regionInfo())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "use"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.regionInfo(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
