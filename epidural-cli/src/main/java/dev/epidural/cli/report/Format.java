package dev.epidural.cli.report;

import java.util.Locale;

/** The output formats of {@code validate}. */
// The writers hold no state (each render works on its own locals), so the constants are immutable in fact.
@SuppressWarnings("ImmutableEnumChecker")
public enum Format {
  /** Compiler-style lines, for people. */
  TEXT(new TextReport()),
  /** One JSON object, for scripts. */
  JSON(new JsonReport()),
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF(new SarifReport()),
  /** JUnit XML, for CI test reports. */
  JUNIT(new JunitReport());

  private final ReportWriter writer;

  Format(ReportWriter writer) {
    this.writer = writer;
  }

  /** The renderer. */
  public ReportWriter writer() {
    return writer;
  }

  /** The name used on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
