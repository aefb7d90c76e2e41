package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A range of amounts as a source states it, such as 20 to 25 mL. Never a calculated dose.
 * Immutable and thread-safe.
 *
 * @param low the lower bound
 * @param high the upper bound, at least {@code low}
 * @param unit the unit, in UCUM where one exists (e.g. {@code "mL"})
 */
public record QuantityRange(@PositiveOrZero double low, @PositiveOrZero double high,
                            @NotBlank @Size(max = 20) String unit) {

  /**
   * Checks the bounds.
   *
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if a bound is not finite or {@code high < low}
   */
  public QuantityRange {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
      throw new IllegalArgumentException("range " + low + ".." + high + " must be finite with low <= high");
    }
  }
}
