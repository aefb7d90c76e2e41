package dev.epidural.model;

import java.util.Objects;

/**
 * The identifier of a content item: lowercase kebab-case, such as {@code "lumbar-transforaminal-esi"}.
 * The type parameter says what kind of item it names, so an {@code Id<Procedure>} cannot be passed
 * where an {@code Id<Medication>} is expected. Immutable and thread-safe.
 *
 * <pre>{@code
 * Id<Procedure> id = Id.of("lumbar-transforaminal-esi");
 * }</pre>
 *
 * @param value the identifier text
 * @param <T> the kind of item it names
 */
public record Id<T>(String value) implements Comparable<Id<T>> {

  /** The form every identifier has: lowercase letters and digits in groups joined by single hyphens. */
  public static final String FORMAT = "[a-z0-9]+(?:-[a-z0-9]+)*";

  /** The longest identifier allowed, in characters. */
  public static final int MAX_LENGTH = 80;

  /**
   * Checks the identifier's form.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not lowercase kebab-case of at most
   *     {@value #MAX_LENGTH} characters
   */
  public Id {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("id '" + value + "' is not lowercase kebab-case of at most "
          + MAX_LENGTH + " characters, such as 'lumbar-interlaminar-esi'");
    }
  }

  /**
   * The identifier with this text.
   *
   * @param value the identifier text
   * @param <T> the kind of item it names
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} is not a valid identifier
   */
  public static <T> Id<T> of(String value) {
    return new Id<>(value);
  }

  /**
   * Whether {@code value} has the form of an identifier.
   *
   * @param value a candidate identifier
   * @return true if it is lowercase kebab-case of at most {@value #MAX_LENGTH} characters
   */
  public static boolean isValid(String value) {
    // Equivalent to FORMAT, checked by hand: ids are checked for every reference a bundle holds.
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && !(c == '-' && value.charAt(i - 1) != '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Id<T> other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier text itself. */
  @Override
  public String toString() {
    return value;
  }

  // Equality is written out, with the hash a record generates: a record's own equals and hashCode
  // are bootstrapped at first use, which cost a loader's cold start about as much as a plain
  // java Hello, and loading hashes citations, reviews and ids.

  /**
   * Whether {@code o} is an id with the same value.
   *
   * @param o another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Id<?> other && value.equals(other.value);
  }

  /**
   * The hash of the value.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
