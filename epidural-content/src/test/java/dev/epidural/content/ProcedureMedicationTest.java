package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Medication;
import dev.epidural.model.QuantityRange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureMedicationTest {

  private final Medication lidocaine = ApiFixtures.clinic().item(Medication.class, "med-lidocaine").orElseThrow();

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> new ProcedureMedication(null, Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("medication");
    assertThatThrownBy(() -> new ProcedureMedication(lidocaine, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("volume");
    assertThatThrownBy(() -> new ProcedureMedication(lidocaine, Optional.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("note");
  }

  @Test
  void isAValue() {
    ProcedureMedication a = new ProcedureMedication(lidocaine, Optional.of(new QuantityRange(1, 3, "mL")),
        Optional.empty());
    ProcedureMedication b = new ProcedureMedication(lidocaine, Optional.of(new QuantityRange(1, 3, "mL")),
        Optional.empty());

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new ProcedureMedication(lidocaine, Optional.empty(), Optional.empty()));
  }
}
