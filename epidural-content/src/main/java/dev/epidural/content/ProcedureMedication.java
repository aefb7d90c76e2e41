package dev.epidural.content;

import dev.epidural.model.Medication;
import dev.epidural.model.QuantityRange;
import dev.epidural.model.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A medication as one procedure uses it: the medication itself, resolved from the procedure's
 * reference, with the volume and note the sources give for this use. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ProcedureMedication used : content.procedure("lumbar-transforaminal-esi").orElseThrow().medications()) {
 *   System.out.println(used.medication().name() + " " + used.volume().map(QuantityRange::unit).orElse(""));
 * }
 * }</pre>
 *
 * @param medication the medication
 * @param volume the volume the sources give for this use, if they give one; never a calculated dose
 * @param note what the sources say about this use, if anything
 */
public record ProcedureMedication(Medication medication, Optional<QuantityRange> volume, Optional<Text> note) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public ProcedureMedication {
    Objects.requireNonNull(medication, "medication");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(note, "note");
  }
}
