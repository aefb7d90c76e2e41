package dev.epidural.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinical sign-off: who reviewed which items, when, and what they decided, bound by
 * fingerprints to exactly the text they reviewed. An item counts as clinically reviewed only while
 * an approval's fingerprint matches its current content. Immutable and thread-safe.
 *
 * <pre>{@code
 * SignOff s = new SignOff(Id.of("review-2026-11"), Reviewer.of("Dr. A. Example", "anaesthetist"),
 *     LocalDate.of(2026, 11, 20), ReviewDecision.APPROVED, Optional.empty(), Optional.empty(),
 *     List.of(ReviewedItem.of("step-consent", "sha256:" + "0".repeat(64))));
 * }</pre>
 *
 * @param id the sign-off's identifier, unique among the bundle's sign-offs
 * @param reviewer who reviewed
 * @param date when the review was done
 * @param decision what the reviewer decided
 * @param nextReview when the items should be reviewed again, if planned
 * @param note the reviewer's note, if any
 * @param items the reviewed items with their fingerprints
 */
public record SignOff(
    Id<SignOff> id,
    @Valid Reviewer reviewer,
    LocalDate date,
    ReviewDecision decision,
    Optional<LocalDate> nextReview,
    Optional<@Size(max = 4000) String> note,
    @NotEmpty @Size(max = 10_000) List<@Valid ReviewedItem> items) {

  /**
   * Checks that no component is null and copies the list. Dates are checked by the validator,
   * which can say where in the bundle they are.
   *
   * @throws NullPointerException if a component is null
   */
  public SignOff {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(nextReview, "nextReview");
    Objects.requireNonNull(note, "note");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * The fingerprint this sign-off recorded for {@code item}.
   *
   * @param item an item id
   * @return the fingerprint, or empty if the sign-off does not name the item
   */
  public Optional<String> fingerprintOf(Id<?> item) {
    Objects.requireNonNull(item, "item");
    return items.stream().filter(i -> i.item().value().equals(item.value())).map(ReviewedItem::fingerprint)
        .findFirst();
  }
}
