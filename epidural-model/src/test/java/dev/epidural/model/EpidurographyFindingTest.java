package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpidurographyFindingTest {

  @Test
  void aFullyPopulatedEpidurographyFindingIsValid() {
    assertThat(violations(Fixtures.epidurographyFinding())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "meaning"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.epidurographyFinding(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }

  @Test
  void aFindingOfAnIncorrectPlacementIsAFalseEpidurogram() {
    EpidurographyFinding finding = with(Fixtures.epidurographyFinding(), "placement", NeedlePlacement.INCORRECT);

    assertThat(finding.placement().isTrueEpidurogram()).isFalse();
    assertThat(violations(finding)).isEmpty();
  }
}
