package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewStatusTest extends CodedEnumContract<ReviewStatus> {

  ReviewStatusTest() {
    super(ReviewStatus.class, ReviewStatus::of, "review status",
        "draft",
        "sourced",
        "clinically-reviewed");
  }

  /** Checking content against its sources is not a clinical review and must never claim one. */
  @ParameterizedTest(name = "{0}: clinically reviewed {1}")
  @CsvSource({"draft, false", "sourced, false", "clinically-reviewed, true"})
  void onlyAClinicalReviewClaimsOne(String code, boolean clinicallyReviewed) {
    assertThat(ReviewStatus.of(code).isClinicallyReviewed()).isEqualTo(clinicallyReviewed);
  }
}
