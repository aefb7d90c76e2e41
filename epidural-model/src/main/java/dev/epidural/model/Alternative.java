package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * An alternative to an epidural procedure, and how it compares. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name the alternative
 * @param description what it is and how it compares
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Alternative(
    Id<Alternative> id,
    @Valid Text name,
    @Valid Text description,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Alternative {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
