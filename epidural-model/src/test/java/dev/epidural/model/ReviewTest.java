package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewTest {

  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

  @Test
  void ofClaimsNoDates() {
    Review review = Review.of(ReviewStatus.DRAFT);

    assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(review.lastReviewed()).isEmpty();
    assertThat(review.nextReview()).isEmpty();
  }

  @Test
  void refusesANextReviewBeforeTheLastNamingBothDates() {
    assertThatThrownBy(() -> new Review(ReviewStatus.SOURCED, Optional.of(JAN_15), Optional.of(JAN_15.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-01-14")
        .hasMessageContaining("2026-01-15");
  }

  @Test
  void acceptsANextReviewOnTheDayOfTheLast() {
    Review review = new Review(ReviewStatus.SOURCED, Optional.of(JAN_15), Optional.of(JAN_15));

    assertThat(review.nextReview()).contains(JAN_15);
  }

  @Test
  void eitherDateMayBeGivenWithoutTheOther() {
    assertThat(new Review(ReviewStatus.SOURCED, Optional.empty(), Optional.of(JAN_15)).nextReview()).contains(JAN_15);
    assertThat(new Review(ReviewStatus.SOURCED, Optional.of(JAN_15), Optional.empty()).lastReviewed()).contains(JAN_15);
  }

  @ParameterizedTest(name = "next review 2026-01-15, today {0}: overdue {1}")
  @CsvSource({"2026-01-14, false", "2026-01-15, false", "2026-01-16, true", "2030-06-01, true"})
  void isOverdueOnlyOnceTheNextReviewDateHasPassed(LocalDate today, boolean overdue) {
    Review review = new Review(ReviewStatus.SOURCED, Optional.empty(), Optional.of(JAN_15));

    assertThat(review.isOverdue(today)).isEqualTo(overdue);
  }

  @Test
  void aReviewWithNoNextDateIsNeverOverdue() {
    Review review = new Review(ReviewStatus.CLINICALLY_REVIEWED, Optional.of(JAN_15), Optional.empty());

    assertThat(review.isOverdue(LocalDate.of(2100, 1, 1))).isFalse();
  }

  @Test
  void isOverdueRejectsNullNamingTheParameter() {
    assertThatThrownBy(() -> Fixtures.review().isOverdue(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("today");
  }
}
