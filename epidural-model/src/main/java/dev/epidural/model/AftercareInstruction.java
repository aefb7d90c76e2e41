package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What happens or what the patient does after a procedure. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param text the instruction
 * @param intents the intents it applies to; empty when it applies to all
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record AftercareInstruction(
    Id<AftercareInstruction> id,
    @Valid Text text,
    Set<Intent> intents,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public AftercareInstruction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    intents = Copies.sortedSet(Objects.requireNonNull(intents, "intents"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
