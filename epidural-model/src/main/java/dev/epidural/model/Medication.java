package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A medication class as used in epidural procedures, with what the sources say about how it acts. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param medicationClass the class
 * @param name the display name
 * @param action what it does
 * @param onset how soon it acts, as the sources say
 * @param duration how long it acts, as the sources say
 * @param reversibility whether and how its effect can be stopped, as the sources say
 * @param codings terminology codes for the class or its substances
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Medication(
    Id<Medication> id,
    MedicationClass medicationClass,
    @Valid Text name,
    @Valid Text action,
    Optional<@Valid Text> onset,
    Optional<@Valid Text> duration,
    Optional<@Valid Text> reversibility,
    List<@Valid Coding> codings,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Medication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(medicationClass, "medicationClass");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(onset, "onset");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(reversibility, "reversibility");
    codings = List.copyOf(Objects.requireNonNull(codings, "codings"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
