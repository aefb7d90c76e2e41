package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * Something the patient does or brings before the procedure. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param text the instruction
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record PreparationInstruction(
    Id<PreparationInstruction> id,
    @Valid Text text,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public PreparationInstruction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
