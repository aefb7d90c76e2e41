package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewDecisionTest extends CodedEnumContract<ReviewDecision> {

  ReviewDecisionTest() {
    super(ReviewDecision.class, ReviewDecision::of, "review decision", "approved", "changes-requested");
  }

  /** A request for changes must never count as an approval. */
  @ParameterizedTest(name = "{0}: approval {1}")
  @CsvSource({"approved, true", "changes-requested, false"})
  void onlyApprovedApproves(String code, boolean approval) {
    assertThat(ReviewDecision.of(code).isApproval()).isEqualTo(approval);
  }
}
