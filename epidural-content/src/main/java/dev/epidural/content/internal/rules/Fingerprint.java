package dev.epidural.content.internal.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint a translation gives of the text it translates: the SHA-256 of the text's UTF-8
 * bytes, as 64 lowercase hex digits ({@code printf '%s' "$text" | sha256sum}). Thread-safe.
 */
public final class Fingerprint {

  /** The form of a fingerprint. */
  public static final String FORMAT = "[0-9a-f]{64}";

  private Fingerprint() {}

  /** The fingerprint of {@code text}. */
  public static String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
