package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedicationTest {

  @Test
  void aFullyPopulatedMedicationIsValid() {
    assertThat(violations(Fixtures.medication())).isEmpty();
  }

  @Test
  void whatTheSourcesDoNotSayMayBeLeftOut() {
    Medication saline = new Medication(Id.of("saline"), MedicationClass.SALINE, Fixtures.text("Saline"),
        Fixtures.text("Used to find the epidural space by loss of resistance."),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(Fixtures.citation()),
        Fixtures.review());

    assertThat(violations(saline)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "action"})
  void aBlankTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.medication(), component, Fixtures.blankText())))
        .containsExactly(component + ".text @NotBlank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"onset", "duration", "reversibility"})
  void aBlankOptionalTextIsReportedAtItsGeneralTextAlone(String component) {
    assertThat(violations(with(Fixtures.medication(), component, Optional.of(Fixtures.blankText()))))
        .containsExactly(component + ".text @NotBlank");
  }

  @Test
  void codingsKeepTheOrderGivenAndAreValidatedByPosition() {
    Coding atc = Coding.of(Coding.ATC, "H02AB", "Glucocorticoids");
    Coding blankDisplay = Coding.of(Coding.SNOMED_CT, "18946005", " ");

    Medication medication = with(Fixtures.medication(), "codings", List.of(atc, Fixtures.coding(), blankDisplay));

    assertThat(medication.codings()).containsExactly(atc, Fixtures.coding(), blankDisplay);
    assertThat(violations(medication)).containsExactly("codings[2].display @NotBlank");
  }
}
