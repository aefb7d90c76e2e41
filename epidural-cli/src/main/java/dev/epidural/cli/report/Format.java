package dev.epidural.cli.report;

import java.io.IOException;
import java.util.Locale;

/** The output formats of {@code validate}. */
public enum Format {
  /** Compiler-style lines, for people. */
  TEXT,
  /** One JSON object, for scripts. */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF,
  /** JUnit XML, for CI test reports. */
  JUNIT;

  /**
   * The renderer. Made when asked, so that a run loads only its own format's writer (the JUnit one
   * sets up the JDK's XML output factory). Writers hold no state: each render works on its own
   * locals.
   */
  public ReportWriter writer() {
    return switch (this) {
      case TEXT -> new TextReport();
      case JSON -> new JsonReport();
      case SARIF -> new SarifReport();
      case JUNIT -> new JunitReport();
    };
  }

  /**
   * Whether a usage error (a bad option, a missing bundle) still gives a report in this format:
   * only SARIF, whose consumers (code-scanning uploads) need a valid log whatever happened.
   */
  public boolean reportsUsageErrors() {
    return this == SARIF;
  }

  /**
   * Writes the report of a run that failed with a usage error (see {@link #reportsUsageErrors()}).
   *
   * @param message the error, as printed on stderr
   * @param exitCode the run's exit code
   * @param out where to write
   * @throws IOException if writing fails
   * @throws UnsupportedOperationException for a format that does not report usage errors
   */
  public void writeUsageError(String message, int exitCode, java.io.Writer out) throws IOException {
    if (!reportsUsageErrors()) {
      throw new UnsupportedOperationException(this + " reports no usage errors");
    }
    SarifReport.writeFailure(message, exitCode, out);
  }

  /** The name used on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
