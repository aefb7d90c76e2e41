package dev.epidural.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a content item has been checked, and when. A review that did not happen is never
 * claimed: {@link ReviewStatus#SOURCED} means checked against the cited sources only. Immutable and
 * thread-safe.
 *
 * @param status what kind of check the item had
 * @param lastReviewed when that check was last done, if it was
 * @param nextReview when the item should be checked again, if planned
 */
public record Review(ReviewStatus status, Optional<LocalDate> lastReviewed, Optional<LocalDate> nextReview) {

  /**
   * Checks that no component is null and that the next review does not come before the last.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code nextReview} is before {@code lastReviewed}
   */
  public Review {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastReviewed, "lastReviewed");
    Objects.requireNonNull(nextReview, "nextReview");
    if (lastReviewed.isPresent() && nextReview.isPresent() && nextReview.get().isBefore(lastReviewed.get())) {
      throw new IllegalArgumentException("nextReview " + nextReview.get() + " is before lastReviewed "
          + lastReviewed.get());
    }
  }

  /**
   * A review with only a status.
   *
   * @param status the status
   * @return the review
   */
  public static Review of(ReviewStatus status) {
    return new Review(status, Optional.empty(), Optional.empty());
  }

  /**
   * Whether the next review date has passed on {@code today}.
   *
   * @param today the date to compare with
   * @return true if a next review is set and lies before {@code today}
   */
  public boolean isOverdue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return nextReview.isPresent() && nextReview.get().isBefore(today);
  }

  // Equality is written out, with the hash a record generates: a record's own equals and hashCode
  // are bootstrapped at first use, which cost a loader's cold start about as much as a plain
  // java Hello, and loading hashes citations, reviews and ids.

  /**
   * Whether {@code o} is a review with the same status and dates.
   *
   * @param o another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Review other && status == other.status && lastReviewed.equals(other.lastReviewed)
        && nextReview.equals(other.nextReview);
  }

  /**
   * The hash of the components.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * (31 * status.hashCode() + lastReviewed.hashCode()) + nextReview.hashCode();
  }
}
