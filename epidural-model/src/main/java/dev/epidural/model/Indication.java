package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A situation in which an epidural procedure may be considered. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name the situation
 * @param note a qualifier the sources give, if any
 * @param intents the intents this indication leads to
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Indication(
    Id<Indication> id,
    @Valid Text name,
    Optional<@Valid Text> note,
    Set<Intent> intents,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Indication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(note, "note");
    intents = Copies.sortedSet(Objects.requireNonNull(intents, "intents"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
