package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * A medication as one procedure uses it. Immutable and thread-safe.
 *
 * @param medication the medication
 * @param volume the volume the sources give for this use, if they give one; never a calculated dose
 * @param note what the sources say about this use, if anything
 */
public record MedicationUse(Id<Medication> medication, Optional<@Valid QuantityRange> volume,
                            Optional<@Valid Text> note) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public MedicationUse {
    Objects.requireNonNull(medication, "medication");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(note, "note");
  }

  /**
   * A use with no volume and no note.
   *
   * @param medication the medication's id
   * @return the use
   */
  public static MedicationUse of(String medication) {
    return new MedicationUse(Id.of(medication), Optional.empty(), Optional.empty());
  }
}
