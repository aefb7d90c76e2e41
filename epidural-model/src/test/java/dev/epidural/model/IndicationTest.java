package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicationTest {

  @Test
  void aFullyPopulatedIndicationIsValid() {
    assertThat(violations(Fixtures.indication())).isEmpty();
  }

  @Test
  void intentsIterateInDeclarationOrderWhateverTheOrderGiven() {
    Indication value = with(Fixtures.indication(), "intents",
        Fixtures.inGivenOrder(Intent.BLOOD_PATCH, Intent.THERAPEUTIC, Intent.DIAGNOSTIC));

    assertThat(value.intents()).containsExactly(Intent.DIAGNOSTIC, Intent.THERAPEUTIC, Intent.BLOOD_PATCH);
  }

  @Test
  void noIntentIsRequired() {
    assertThat(violations(with(Fixtures.indication(), "intents", Set.of()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.indication(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }

  @Test
  void theNoteIsOptional() {
    Indication withoutNote = with(Fixtures.indication(), "note", Optional.empty());

    assertThat(withoutNote.note()).isEmpty();
    assertThat(violations(withoutNote)).isEmpty();
  }

  @Test
  void aBlankNoteIsReportedAtItsGeneralText() {
    assertThat(violations(with(Fixtures.indication(), "note", Optional.of(Fixtures.blankText()))))
        .containsExactly("note.text @NotBlank");
  }
}
