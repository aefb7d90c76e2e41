package dev.epidural.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value with a stable code, as written in content bundles. Every enum of the model implements it.
 */
public interface Coded {

  /**
   * The code used in bundles and exports, e.g. {@code "lumbar"}. Stable across releases.
   *
   * @return the code, lowercase kebab-case
   */
  String code();

  /**
   * Finds the constant of {@code type} whose code is {@code code}.
   *
   * <pre>{@code
   * SpinalRegion region = Coded.of(SpinalRegion.class, "lumbar");
   * }</pre>
   *
   * @param type the enum type
   * @param code the code to look up
   * @param <E> the enum type
   * @return the constant with that code
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   * @throws NullPointerException if an argument is null
   */
  static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown " + describe(type) + " '" + code
        + "'; expected one of " + codes(type));
  }

  /**
   * The codes of every constant of {@code type}, in declaration order.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return an immutable list of codes
   */
  static <E extends Enum<E> & Coded> java.util.List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
  }

  private static String describe(Class<?> type) {
    // SpinalRegion -> "spinal region": the same words the messages of the validator use.
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
