package dev.epidural.content;

import java.util.Objects;

/**
 * Thrown when a bundle cannot be loaded because it has errors. The only exception that loading
 * throws for any input: bad bytes, bad JSON, bad content and unreadable files all end here, each
 * described by a located {@link Problem} in the {@link #report()}.
 */
public final class BundleValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The report; transient because reports are not meant to travel by serialization. */
  private final transient ValidationReport report;

  /**
   * An exception carrying a report with at least one error.
   *
   * @param report the report
   */
  public BundleValidationException(ValidationReport report) {
    super(summary(Objects.requireNonNull(report, "report")));
    this.report = report;
  }

  /**
   * Every problem found, errors and warnings.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  private static String summary(ValidationReport report) {
    String first = report.errors().stream().findFirst().map(Problem::toString).orElse("");
    return "bundle " + report.bundlePath() + " has " + report.errors().size() + " error(s); first: " + first;
  }
}
