package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in the bundle's default locale, with optional variants written for patients or for
 * clinicians. Immutable and thread-safe.
 *
 * <pre>{@code
 * Text summary = Text.of("A needle places medication near an irritated nerve root.")
 *     .withPatient("Medicine is placed next to the sore nerve.");
 * String shown = summary.forAudience(Audience.PATIENT);
 * }</pre>
 *
 * @param text the general text, shown when no variant fits
 * @param patient the variant for patients, if any
 * @param clinician the variant for clinicians, if any
 */
public record Text(
    @NotBlank @Size(max = MAX_LENGTH) String text,
    Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = MAX_LENGTH) String> patient,
    Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = MAX_LENGTH) String> clinician) {

  /**
   * A text with at least one non-blank character. Used on the optional variants instead of
   * {@code @NotBlank}, which Bean Validation would apply to an absent variant as if it were a blank.
   */
  public static final String NOT_BLANK = "(?s).*\\S.*";

  /** The longest text allowed, in characters. */
  public static final int MAX_LENGTH = 4000;

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Text {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(clinician, "clinician");
  }

  /**
   * A text with no audience variants.
   *
   * @param text the general text
   * @return the text
   * @throws NullPointerException if {@code text} is null
   */
  public static Text of(String text) {
    return new Text(text, Optional.empty(), Optional.empty());
  }

  /**
   * A copy with this patient variant.
   *
   * @param patientText the variant for patients
   * @return a new text
   */
  public Text withPatient(String patientText) {
    return new Text(text, Optional.of(patientText), clinician);
  }

  /**
   * A copy with this clinician variant.
   *
   * @param clinicianText the variant for clinicians
   * @return a new text
   */
  public Text withClinician(String clinicianText) {
    return new Text(text, patient, Optional.of(clinicianText));
  }

  /**
   * The variant written for {@code audience}, or the general text when there is none.
   *
   * @param audience who will read it
   * @return the text to show
   * @throws NullPointerException if {@code audience} is null
   */
  public String forAudience(Audience audience) {
    Objects.requireNonNull(audience, "audience");
    return (audience == Audience.PATIENT ? patient : clinician).orElse(text);
  }

  /**
   * Whether this text has a variant written for {@code audience}.
   *
   * @param audience who will read it
   * @return true if a specific variant exists
   * @throws NullPointerException if {@code audience} is null
   */
  public boolean hasVariant(Audience audience) {
    Objects.requireNonNull(audience, "audience");
    return (audience == Audience.PATIENT ? patient : clinician).isPresent();
  }

  /** Returns the general text. */
  @Override
  public String toString() {
    return text;
  }
}
