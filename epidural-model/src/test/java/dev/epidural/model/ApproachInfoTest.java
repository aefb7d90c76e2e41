package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApproachInfoTest {

  @Test
  void aFullyPopulatedApproachInfoIsValid() {
    assertThat(violations(Fixtures.approachInfo())).isEmpty();
  }

  @Test
  void regionsIterateFromTheNeckDownWhateverTheOrderGiven() {
    ApproachInfo caudal = with(Fixtures.approachInfo(), "regions",
        Fixtures.inGivenOrder(SpinalRegion.SACRAL, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL));

    assertThat(caudal.regions()).containsExactly(SpinalRegion.CERVICAL, SpinalRegion.LUMBAR, SpinalRegion.SACRAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "description"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.approachInfo(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
