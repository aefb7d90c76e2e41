package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * What epidural procedures in one spinal region are used for. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param region the region
 * @param name the region's display name
 * @param use what procedures in this region are used for
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record RegionInfo(
    Id<RegionInfo> id,
    SpinalRegion region,
    @Valid Text name,
    @Valid Text use,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public RegionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(use, "use");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
