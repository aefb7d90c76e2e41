package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A code from a terminology, as FHIR writes one. Immutable and thread-safe.
 *
 * <pre>{@code
 * Coding c = Coding.of(Coding.SNOMED_CT, "18946005", "Epidural anesthesia");
 * }</pre>
 *
 * @param system the terminology's URI, such as {@link #SNOMED_CT}
 * @param code the code within that terminology
 * @param display the code's display name
 */
public record Coding(
    @NotBlank @Size(max = 200) String system,
    @NotBlank @Size(max = 64) String code,
    @NotBlank @Size(max = 300) String display) {

  /** SNOMED CT. */
  public static final String SNOMED_CT = "http://snomed.info/sct";
  /** RxNorm. */
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  /** The WHO Anatomical Therapeutic Chemical classification. */
  public static final String ATC = "http://www.whocc.no/atc";
  /** Medical Subject Headings. */
  public static final String MESH = "http://id.nlm.nih.gov/mesh";

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Coding {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(display, "display");
  }

  /**
   * A coding.
   *
   * @param system the terminology URI
   * @param code the code
   * @param display the display name
   * @return the coding
   */
  public static Coding of(String system, String code, String display) {
    return new Coding(system, code, display);
  }
}
