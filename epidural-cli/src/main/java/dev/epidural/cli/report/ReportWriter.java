package dev.epidural.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Renders validation results in one format. */
public interface ReportWriter {

  /**
   * Writes the results of one run.
   *
   * @param checked every bundle validated, in command-line order
   * @param options how to render
   * @param out where to write
   * @throws IOException if writing fails
   */
  void write(List<Checked> checked, ReportOptions options, Writer out) throws IOException;

  /**
   * Writes the results of one run with {@link ReportOptions#defaults()}.
   *
   * @param checked every bundle validated, in command-line order
   * @param out where to write
   * @throws IOException if writing fails
   */
  default void write(List<Checked> checked, Writer out) throws IOException {
    write(checked, ReportOptions.defaults(), out);
  }
}
