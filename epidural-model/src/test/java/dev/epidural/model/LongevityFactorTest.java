package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongevityFactorTest {

  @Test
  void aFullyPopulatedLongevityFactorIsValid() {
    assertThat(violations(Fixtures.longevityFactor())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.longevityFactor(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }

  @Test
  void theDescriptionIsOptional() {
    LongevityFactor withoutDescription = with(Fixtures.longevityFactor(), "description", Optional.empty());

    assertThat(withoutDescription.description()).isEmpty();
    assertThat(violations(withoutDescription)).isEmpty();
  }

  @Test
  void aBlankDescriptionIsReportedAtItsGeneralText() {
    assertThat(violations(with(Fixtures.longevityFactor(), "description", Optional.of(Fixtures.blankText()))))
        .containsExactly("description.text @NotBlank");
  }
}
