package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A citation of one source, with where in it the fact stands. Immutable and thread-safe.
 *
 * <pre>{@code
 * Citation c = Citation.of("radiographics-2017-esi", "abstract: routes by region");
 * }</pre>
 *
 * @param source the cited source
 * @param locator the section, heading or quote anchor within the source
 */
public record Citation(Id<Source> source, @NotBlank @Size(max = 300) String locator) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Citation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(locator, "locator");
  }

  /**
   * A citation.
   *
   * @param source the source id
   * @param locator where in the source
   * @return the citation
   * @throws IllegalArgumentException if {@code source} is not a valid id
   */
  public static Citation of(String source, String locator) {
    return new Citation(Id.of(source), locator);
  }

  // Equality is written out, with the hash a record generates: a record's own equals and hashCode
  // are bootstrapped at first use, which cost a loader's cold start about as much as a plain
  // java Hello, and loading hashes citations, reviews and ids.

  /**
   * Whether {@code o} is a citation of the same source and locator.
   *
   * @param o another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Citation other && source.equals(other.source) && locator.equals(other.locator);
  }

  /**
   * The hash of the components.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * source.hashCode() + locator.hashCode();
  }
}
