package dev.epidural.cli.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a report is rendered, beyond its format.
 *
 * @param color whether the text report uses ANSI colours (the caller decides, see {@link ColorMode})
 * @param sarifBase the folder SARIF URIs are relative to (the {@code SRCROOT} base), absolute
 */
public record ReportOptions(boolean color, Path sarifBase) {

  /**
   * Checks and normalizes the options.
   *
   * @throws NullPointerException if {@code sarifBase} is null
   */
  public ReportOptions {
    sarifBase = Objects.requireNonNull(sarifBase, "sarifBase").toAbsolutePath().normalize();
  }

  /** No colour; SARIF URIs relative to the working directory. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, Path.of(""));
  }
}
