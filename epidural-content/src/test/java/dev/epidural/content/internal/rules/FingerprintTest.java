package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void isTheSha256OfTheUtf8BytesInLowercaseHex() {
    // Known answers, as sha256sum gives them.
    assertThat(Fingerprint.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // "é" as UTF-8 (C3 A9), not as its Latin-1 byte (whose SHA-256 starts de2e33).
    assertThat(Fingerprint.of("é")).isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    assertThat(Fingerprint.of("abc")).matches(Fingerprint.FORMAT);
  }
}
