package dev.epidural.model;

import static dev.epidural.model.BeanValidation.violations;
import static dev.epidural.model.ModelReflection.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedicationUseTest {

  @Test
  void ofNamesTheMedicationWithNoVolumeAndNoNote() {
    MedicationUse use = MedicationUse.of("local-anesthetic");

    assertThat(use.medication()).isEqualTo(Id.<Medication>of("local-anesthetic"));
    assertThat(use.volume()).isEmpty();
    assertThat(use.note()).isEmpty();
  }

  @Test
  void aUseWithoutVolumeOrNoteIsValid() {
    assertThat(violations(MedicationUse.of("local-anesthetic"))).isEmpty();
  }

  @Test
  void aUseWithVolumeAndNoteIsValid() {
    assertThat(violations(Fixtures.medicationUse())).isEmpty();
  }

  @Test
  void validationReachesIntoTheVolume() {
    MedicationUse use = with(Fixtures.medicationUse(), "volume", Optional.of(new QuantityRange(-1.0, 2.0, "mL")));

    assertThat(violations(use)).containsExactly("volume.low @PositiveOrZero");
  }

  @Test
  void validationReachesIntoTheNote() {
    MedicationUse use = with(Fixtures.medicationUse(), "note", Optional.of(Fixtures.blankText()));

    assertThat(violations(use)).containsExactly("note.text @NotBlank");
  }
}
