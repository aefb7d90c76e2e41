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
}
