package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Who did a clinical review, as the content team records it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.of("Dr. A. Example", "consultant anaesthetist");
 * }</pre>
 *
 * @param name the reviewer's name
 * @param role the reviewer's role or qualification
 */
public record Reviewer(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Reviewer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /**
   * A reviewer.
   *
   * @param name the name
   * @param role the role or qualification
   * @return the reviewer
   */
  public static Reviewer of(String name, String role) {
    return new Reviewer(name, role);
  }

  /** Returns the name and, in parentheses, the role. */
  @Override
  public String toString() {
    return name + " (" + role + ")";
  }
}
