package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * A question patients ask, with its answer. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param question the question
 * @param answer the answer
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record FaqEntry(
    Id<FaqEntry> id,
    @Valid Text question,
    @Valid Text answer,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public FaqEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
