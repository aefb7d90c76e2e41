package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewerTest {

  @Test
  void showsNameAndRole() {
    assertThat(Reviewer.of("Dr. Ada Example", "anaesthetist")).hasToString("Dr. Ada Example (anaesthetist)");
  }

  @Test
  void refusesNullNamingTheComponent() {
    assertThatThrownBy(() -> Reviewer.of(null, "anaesthetist")).hasMessage("name");
    assertThatThrownBy(() -> Reviewer.of("Dr. Ada Example", null)).hasMessage("role");
  }
}
