package dev.epidural.content;

import dev.epidural.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every problem found in one bundle, in reading order. Validation never stops at the first
 * problem. Immutable and thread-safe.
 *
 * <p>A report made by the loader is bounded whatever the input: past 100 problems of one code in
 * one file, or 10,000 in all, one summary problem ({@code EPI-LIM-001}, {@code EPI-LIM-002})
 * stands for the rest, so it holds at most 11,001 problems; whether the bundle is valid never
 * depends on the caps. See "Report limits" in {@code docs/problems.md}.
 *
 * <pre>{@code
 * ValidationReport report = EpiduralContent.validate(Path.of("my-bundle"));
 * report.problems().forEach(System.out::println);
 * }</pre>
 *
 * @param bundlePath where the bundle was read from, as given
 * @param bundle the manifest's description of the bundle, when the manifest could be read
 * @param problems every problem, sorted by file, line and column
 */
public record ValidationReport(String bundlePath, Optional<BundleInfo> bundle, List<Problem> problems) {

  /**
   * Sorts and copies the problems.
   *
   * @throws NullPointerException if a component is null
   */
  public ValidationReport {
    Objects.requireNonNull(bundlePath, "bundlePath");
    Objects.requireNonNull(bundle, "bundle");
    // Sorted in an array rather than a stream: builtIn() makes a report in every cold start.
    Problem[] sorted = problems.toArray(new Problem[0]);
    java.util.Arrays.sort(sorted);
    problems = java.util.Collections.unmodifiableList(java.util.Arrays.asList(sorted));
  }

  /**
   * Whether the bundle can be used: no problem is an error.
   *
   * @return true if there are no errors (warnings allowed)
   */
  public boolean isValid() {
    for (Problem p : problems) {
      if (p.isError()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The errors.
   *
   * @return the problems of severity error
   */
  public List<Problem> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * The warnings.
   *
   * @return the problems of severity warning
   */
  public List<Problem> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /**
   * The notices: how the content was checked, such as texts the readability rule could not score.
   * They never make a bundle invalid, in strict mode either.
   *
   * @return the problems of severity info
   */
  public List<Problem> infos() {
    return bySeverity(Severity.INFO);
  }

  private List<Problem> bySeverity(Severity severity) {
    List<Problem> of = new java.util.ArrayList<>();
    for (Problem p : problems) {
      if (p.severity() == severity) {
        of.add(p);
      }
    }
    return java.util.Collections.unmodifiableList(of);
  }

  /** A summary line followed by one line per problem. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(bundlePath).append(": ")
        .append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s)");
    problems.forEach(p -> sb.append(System.lineSeparator()).append(p));
    return sb.toString();
  }
}
