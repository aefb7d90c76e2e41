package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * One intent, the reason an epidural procedure is done. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param intent the intent
 * @param name the intent's display name
 * @param description what procedures with this intent aim at
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record IntentInfo(
    Id<IntentInfo> id,
    Intent intent,
    @Valid Text name,
    @Valid Text description,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public IntentInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
