package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The records whose equality is written out ({@link Id}, {@link Citation}, {@link Review}) are equal
 * and hash exactly as records of the same components do: each is held to a record declared here.
 */
class WrittenEqualityTest {

  private record IdShape(String value) {}

  private record CitationShape(Id<Source> source, String locator) {}

  private record ReviewShape(ReviewStatus status, Optional<LocalDate> lastReviewed, Optional<LocalDate> nextReview) {}

  private static final List<Id<Source>> IDS = List.of(Id.of("a"), Id.of("b"), Id.of("example-esi-review"));

  @Test
  void anIdIsEqualAndHashesAsARecordOfItsValue() {
    for (Id<Source> a : IDS) {
      assertThat(a.hashCode()).isEqualTo(new IdShape(a.value()).hashCode());
      for (Id<Source> b : IDS) {
        assertThat(a.equals(b)).isEqualTo(new IdShape(a.value()).equals(new IdShape(b.value())));
        assertThat(a.equals(Id.of(b.value()))).isEqualTo(a.value().equals(b.value()));
      }
    }
    assertThat(Id.of("a").equals("a")).isFalse();
    assertThat(Id.of("a").equals(null)).isFalse();
  }

  @Test
  void aCitationIsEqualAndHashesAsARecordOfItsComponents() {
    List<Citation> citations = List.of(Citation.of("a", "p. 1"), Citation.of("a", "p. 2"), Citation.of("b", "p. 1"),
        Citation.of("b", "table 2"));
    for (Citation a : citations) {
      CitationShape shapeA = new CitationShape(a.source(), a.locator());
      assertThat(a.hashCode()).isEqualTo(shapeA.hashCode());
      assertThat(a).isEqualTo(new Citation(Id.of(a.source().value()), new String(a.locator())));
      for (Citation b : citations) {
        assertThat(a.equals(b)).isEqualTo(shapeA.equals(new CitationShape(b.source(), b.locator())));
      }
    }
    assertThat(citations.get(0).equals(null)).isFalse();
  }

  @Test
  void aReviewIsEqualAndHashesAsARecordOfItsComponents() {
    Optional<LocalDate> none = Optional.empty();
    Optional<LocalDate> jan = Optional.of(LocalDate.of(2026, 1, 2));
    Optional<LocalDate> dec = Optional.of(LocalDate.of(2026, 12, 31));
    List<Review> reviews = List.of(Review.of(ReviewStatus.DRAFT), Review.of(ReviewStatus.SOURCED),
        new Review(ReviewStatus.SOURCED, jan, none), new Review(ReviewStatus.SOURCED, none, dec),
        new Review(ReviewStatus.SOURCED, jan, dec), new Review(ReviewStatus.CLINICALLY_REVIEWED, jan, dec));
    for (Review a : reviews) {
      ReviewShape shapeA = new ReviewShape(a.status(), a.lastReviewed(), a.nextReview());
      assertThat(a.hashCode()).isEqualTo(shapeA.hashCode());
      assertThat(a).isEqualTo(new Review(a.status(), a.lastReviewed().map(LocalDate::from), a.nextReview()));
      for (Review b : reviews) {
        assertThat(a.equals(b)).isEqualTo(shapeA.equals(new ReviewShape(b.status(), b.lastReviewed(), b.nextReview())));
      }
    }
  }
}
