package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact about the epidural space: where it sits, its layers, what it holds, why it matters. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param topic what the fact is about
 * @param layer the layer the fact describes, if it describes one
 * @param title a short heading
 * @param text the fact
 * @param items the listed parts, for facts that enumerate (such as the contents), in order
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record AnatomyFact(
    Id<AnatomyFact> id,
    AnatomyTopic topic,
    Optional<AnatomicalLayer> layer,
    @Valid Text title,
    @Valid Text text,
    List<@Valid Text> items,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public AnatomyFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
