package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One item of a sign-off and the fingerprint of exactly what was reviewed: every text variant of
 * the item and of its translations, its citations and its locale. The fingerprint is computed by
 * the tools ({@code epidural review-record}), never typed; its form is {@code sha256:} followed by
 * 64 lowercase hexadecimal digits, and the validator refuses any other. Immutable and thread-safe.
 *
 * @param item the reviewed item's id
 * @param fingerprint the fingerprint of the item as reviewed
 */
public record ReviewedItem(Id<Item> item, @NotBlank @Size(max = 100) String fingerprint) {

  /** The prefix of every fingerprint: the algorithm it was computed with. */
  public static final String ALGORITHM_PREFIX = "sha256:";

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public ReviewedItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * A reviewed item.
   *
   * @param item the item id
   * @param fingerprint its fingerprint
   * @return the reviewed item
   * @throws IllegalArgumentException if {@code item} is not a valid id
   */
  public static ReviewedItem of(String item, String fingerprint) {
    return new ReviewedItem(Id.of(item), fingerprint);
  }

  /**
   * Whether the fingerprint has the one accepted form, {@code sha256:} and 64 lowercase hex digits.
   *
   * @return true if well-formed
   */
  public boolean hasWellFormedFingerprint() {
    if (fingerprint.length() != ALGORITHM_PREFIX.length() + 64 || !fingerprint.startsWith(ALGORITHM_PREFIX)) {
      return false;
    }
    for (int i = ALGORITHM_PREFIX.length(); i < fingerprint.length(); i++) {
      char c = fingerprint.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
