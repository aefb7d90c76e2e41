package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * An imaging guidance option and what it is for. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param guidance the guidance option
 * @param name its display name
 * @param description what it does
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record GuidanceInfo(
    Id<GuidanceInfo> id,
    ImagingGuidance guidance,
    @Valid Text name,
    @Valid Text description,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public GuidanceInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(guidance, "guidance");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
