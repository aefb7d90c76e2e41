package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One access approach, what it does, and the regions the cited sources say it is used in. These facts are the authority the validator checks procedures against. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param approach the approach
 * @param name the approach's display name
 * @param description what the approach does
 * @param regions the regions the sources say the approach is used in
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record ApproachInfo(
    Id<ApproachInfo> id,
    Approach approach,
    @Valid Text name,
    @Valid Text description,
    Set<SpinalRegion> regions,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public ApproachInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(approach, "approach");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    regions = Copies.sortedSet(Objects.requireNonNull(regions, "regions"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
