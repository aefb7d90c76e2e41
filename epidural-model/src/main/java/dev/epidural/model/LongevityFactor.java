package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A factor that influences how long benefits last, or whether they occur. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name the factor
 * @param description how it matters, if the sources say
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record LongevityFactor(
    Id<LongevityFactor> id,
    @Valid Text name,
    Optional<@Valid Text> description,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public LongevityFactor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
