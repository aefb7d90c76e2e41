package dev.epidural.cli.report;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Compiler-style text: per bundle a summary line, then one line per problem,
 * {@code path/file:line:column: severity CODE message (at pointer)}, which editors and CI logs
 * turn into links. With several bundles a last line sums up.
 */
final class TextReport implements ReportWriter {

  @Override
  public void write(List<Checked> checked, Writer out) throws IOException {
    int invalid = 0;
    for (Checked c : checked) {
      boolean valid = c.report().isValid();
      invalid += valid ? 0 : 1;
      StringBuilder head = new StringBuilder(c.bundle().shown());
      c.report().bundle().ifPresent((BundleInfo b) -> head.append(" (").append(b.id()).append(' ')
          .append(b.version()).append(')'));
      head.append(valid ? " is valid: " : " is invalid: ")
          .append(Checked.plural(c.report().errors().size(), "error")).append(", ")
          .append(Checked.plural(c.report().warnings().size(), "warning"));
      line(out, head.toString());
      for (Problem p : c.report().problems()) {
        line(out, c.line(p));
      }
    }
    if (checked.size() > 1) {
      line(out, Checked.plural(checked.size(), "bundle") + ": " + (checked.size() - invalid) + " valid, " + invalid
          + " invalid; " + Checked.plural(Checked.count(checked, true), "error") + ", "
          + Checked.plural(Checked.count(checked, false), "warning"));
    }
  }

  private static void line(Writer out, String text) throws IOException {
    out.write(Safe.printable(text));
    out.write('\n');
  }
}
