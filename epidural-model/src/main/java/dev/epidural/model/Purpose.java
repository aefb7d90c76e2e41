package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A purpose the epidural space is used for. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name a short name
 * @param description what the purpose involves
 * @param intents the intents that serve this purpose
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Purpose(
    Id<Purpose> id,
    @Valid Text name,
    @Valid Text description,
    Set<Intent> intents,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Purpose {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    intents = Copies.sortedSet(Objects.requireNonNull(intents, "intents"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
