package dev.epidural.content;

import dev.epidural.model.Severity;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with a bundle, with where it is. Immutable and thread-safe.
 *
 * <p>The {@code code} is stable across releases (see {@code docs/problems.md}); the message says
 * what was wrong, shows the offending value and says what is allowed. Messages are plain data:
 * bundle text is never interpreted as a message template.
 *
 * @param code the stable problem code, such as {@code EPI-REF-002}; {@link ProblemCode} lists them
 * @param severity error, warning, or info (a notice that never makes content invalid)
 * @param message what is wrong, in lowercase prose
 * @param file the bundle file, relative to the bundle root, {@code /}-separated; the bundle path
 *     itself for problems with the bundle as a whole
 * @param pointer the RFC 6901 JSON pointer of the offending value; empty for the whole file
 * @param line the 1-based line, when the position is known
 * @param column the 1-based column, when the position is known
 */
public record Problem(String code, Severity severity, String message, String file, String pointer,
                      OptionalInt line, OptionalInt column) implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
      .thenComparingInt(p -> p.line().orElse(0))
      .thenComparingInt(p -> p.column().orElse(0))
      .thenComparing(Problem::pointer)
      .thenComparing(Problem::code)
      .thenComparing(Problem::message);

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
  }

  /**
   * Whether this problem is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Whether this problem has the given code: {@code p.is(ProblemCode.REF_UNRESOLVED)} rather than
   * {@code p.code().equals("EPI-REF-002")}.
   *
   * @param problemCode the code to compare with
   * @return true if {@link #code()} is {@code problemCode}'s code
   * @throws NullPointerException if {@code problemCode} is null
   */
  public boolean is(ProblemCode problemCode) {
    return code.equals(problemCode.code());
  }

  /**
   * A copy with another severity, used by strict mode to turn warnings (not infos) into errors.
   *
   * @param newSeverity the severity
   * @return a new problem
   */
  public Problem withSeverity(Severity newSeverity) {
    return new Problem(code, newSeverity, message, file, pointer, line, column);
  }

  /** Orders by file, line, column, pointer, code and message, so reports read top to bottom. */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /**
   * The problem as one line, the way compilers print them:
   * {@code file:line:column: severity CODE message (at pointer)}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    line.ifPresent(l -> sb.append(':').append(l));
    column.ifPresent(c -> sb.append(':').append(c));
    sb.append(": ").append(severity.code()).append(' ').append(code).append(' ').append(message);
    if (!pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb.toString();
  }
}
