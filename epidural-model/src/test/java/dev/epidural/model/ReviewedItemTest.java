package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewedItemTest {

  private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @ParameterizedTest
  @ValueSource(strings = {"sha256:" + HEX})
  void acceptsTheOneForm(String fingerprint) {
    assertThat(ReviewedItem.of("step-consent", fingerprint).hasWellFormedFingerprint()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {HEX, "sha1:" + HEX, "SHA256:" + HEX, "sha256:" + "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
      "sha256:0123", "sha256:" + HEX + "0", "sha256:" + "g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", ""})
  void refusesEveryOtherForm(String fingerprint) {
    assertThat(ReviewedItem.of("step-consent", fingerprint).hasWellFormedFingerprint()).isFalse();
  }
}
