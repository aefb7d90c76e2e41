package dev.epidural.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reason an epidural procedure may be avoided or delayed. The sources do not classify these as absolute or relative, and neither does the model. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param name the reason
 * @param note a qualifier the sources give, if any
 * @param factors search keywords naming the factors involved, lowercase kebab-case, such as {@code anticoagulant-use}
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record Contraindication(
    Id<Contraindication> id,
    @Valid Text name,
    Optional<@Valid Text> note,
    Set<@NotBlank @Pattern(regexp = Id.FORMAT) String> factors,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public Contraindication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(note, "note");
    factors = Copies.sortedSet(Objects.requireNonNull(factors, "factors"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
