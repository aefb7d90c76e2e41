package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * A pattern seen when contrast is injected before drug delivery, and what it means for the needle position. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name the pattern's name
 * @param placement whether the pattern is a true or a false epidurogram
 * @param meaning what the pattern means
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record EpidurographyFinding(
    Id<EpidurographyFinding> id,
    @Valid Text name,
    NeedlePlacement placement,
    @Valid Text meaning,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public EpidurographyFinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(meaning, "meaning");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
