package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * A benefit or a limitation of epidural procedures. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param kind benefit or limitation
 * @param text the consideration
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Consideration(
    Id<Consideration> id,
    ConsiderationKind kind,
    @Valid Text text,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Consideration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
