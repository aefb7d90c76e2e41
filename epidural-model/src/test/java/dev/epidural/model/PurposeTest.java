package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PurposeTest {

  @Test
  void aFullyPopulatedPurposeIsValid() {
    assertThat(violations(Fixtures.purpose())).isEmpty();
  }

  @Test
  void intentsIterateInDeclarationOrderWhateverTheOrderGiven() {
    Purpose value = with(Fixtures.purpose(), "intents",
        Fixtures.inGivenOrder(Intent.BLOOD_PATCH, Intent.THERAPEUTIC, Intent.DIAGNOSTIC));

    assertThat(value.intents()).containsExactly(Intent.DIAGNOSTIC, Intent.THERAPEUTIC, Intent.BLOOD_PATCH);
  }

  @Test
  void noIntentIsRequired() {
    assertThat(violations(with(Fixtures.purpose(), "intents", Set.of()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "description"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.purpose(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }
}
