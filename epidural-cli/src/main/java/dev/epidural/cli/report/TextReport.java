package dev.epidural.cli.report;

import dev.epidural.cli.BundleArg;
import dev.epidural.content.BundleInfo;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.Problem;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text for people, easy to scan. Per bundle a line saying whether it is valid; then its problems
 * grouped by file, each as a compiler-style line,
 * {@code path/file:line:column: severity CODE message (at pointer)}, which editors and CI logs turn
 * into links, followed, when the problem has a line, by that source line with a caret under the
 * column. A last line sums up: {@code 8 errors, 1 warning in 2 files}, or {@code no problems}.
 *
 * <p>Everything that comes from the bundle (file names, messages, pointers, source lines) passes
 * through {@link Safe}, so no control character or terminal escape of the bundle reaches the
 * terminal; colours (only when {@link ReportOptions#color()}) are the report's own.
 */
final class TextReport implements ReportWriter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[1;33m";
  private static final String CYAN = "\u001B[1;36m";
  private static final String GREEN = "\u001B[1;32m";
  private static final String BLUE = "\u001B[1;34m";
  private static final String DIM = "\u001B[2m";

  @Override
  public void write(List<Checked> checked, ReportOptions options, Writer out) throws IOException {
    Paint paint = new Paint(options.color());
    int invalid = 0;
    int files = 0;
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      if (i > 0) {
        out.write('\n');
      }
      boolean valid = c.report().isValid();
      invalid += valid ? 0 : 1;
      StringBuilder head = new StringBuilder(paint.on(BOLD, Safe.printable(c.bundle().shown())));
      if (c.report().bundle().isPresent()) {
        BundleInfo b = c.report().bundle().get();
        head.append(" (").append(Safe.printable(b.id())).append(' ').append(Safe.printable(b.version())).append(')');
      }
      head.append(' ').append(valid ? paint.on(GREEN, "is valid") : paint.on(RED, "is invalid")).append(": ")
          .append(counts(c.report().problems(), true));
      out.write(head.append('\n').toString());
      Map<String, List<Problem>> byFile = new LinkedHashMap<>();
      for (Problem p : c.report().problems()) {
        byFile.computeIfAbsent(c.location(p), k -> new ArrayList<>()).add(p);
      }
      files += byFile.size();
      Sources sources = new Sources(c);
      for (Map.Entry<String, List<Problem>> file : byFile.entrySet()) {
        out.write('\n');
        out.write(paint.on(BOLD, Safe.printable(file.getKey())) + " (" + counts(file.getValue(), false) + ")\n");
        SourceLines lines = null;
        boolean read = false;
        int gutter = Integer.toString(file.getValue().stream().mapToInt(p -> p.line().orElse(0)).max().orElse(0)).length();
        for (Problem p : file.getValue()) {
          out.write(problemLine(c, p, paint));
          if (p.line().isEmpty()) {
            continue;
          }
          if (!read) {
            lines = sources.lines(p.file()).orElse(null);
            read = true;
          }
          if (lines != null) {
            Optional<SourceLines.Frame> frame = lines.frame(p.line().getAsInt(), p.column());
            if (frame.isPresent()) {
              writeFrame(out, p, frame.get(), gutter, paint);
            }
          }
        }
      }
    }
    out.write('\n');
    List<Problem> all = new ArrayList<>();
    for (Checked c : checked) {
      all.addAll(c.report().problems());
    }
    String where = all.isEmpty() ? "" : " in " + Checked.plural(files, "file");
    if (checked.size() > 1) {
      out.write(paint.on(BOLD, Checked.plural(checked.size(), "bundle") + ": " + (checked.size() - invalid)
          + " valid, " + invalid + " invalid; " + counts(all, true) + where) + "\n");
    } else {
      out.write(paint.on(BOLD, counts(all, true) + where) + "\n");
    }
  }

  /**
   * How many problems of each severity: {@code 3 errors, 1 warning}, with {@code , 2 notices} when
   * there are any; {@code no problems} when there are none.
   *
   * @param problems the problems
   * @param zeros whether to name severities with no problem (errors and warnings)
   */
  static String counts(List<Problem> problems, boolean zeros) {
    int errors = 0;
    int warnings = 0;
    int notices = 0;
    for (Problem p : problems) {
      switch (p.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> notices++;
      }
    }
    if (errors + warnings + notices == 0) {
      return "no problems";
    }
    List<String> parts = new ArrayList<>();
    if (zeros || errors > 0) {
      parts.add(Checked.plural(errors, "error"));
    }
    if (zeros || warnings > 0) {
      parts.add(Checked.plural(warnings, "warning"));
    }
    if (notices > 0) {
      parts.add(Checked.plural(notices, "notice"));
    }
    return String.join(", ", parts);
  }

  private static String problemLine(Checked c, Problem p, Paint paint) {
    StringBuilder where = new StringBuilder(Safe.printable(c.location(p)));
    p.line().ifPresent(l -> where.append(':').append(l));
    p.column().ifPresent(col -> where.append(':').append(col));
    where.append(':');
    StringBuilder sb = new StringBuilder(paint.on(BOLD, where.toString())).append(' ')
        .append(paint.on(colour(p.severity()), p.severity().code())).append(' ')
        .append(p.code()).append(' ').append(Safe.printable(p.message()));
    if (!p.pointer().isEmpty()) {
      sb.append(paint.on(DIM, " (at " + Safe.printable(p.pointer()) + ")"));
    }
    return sb.append('\n').toString();
  }

  private static void writeFrame(Writer out, Problem p, SourceLines.Frame frame, int gutter, Paint paint)
      throws IOException {
    String line = Integer.toString(p.line().getAsInt());
    String number = " ".repeat(Math.max(0, gutter - line.length())) + line;
    out.write("  " + paint.on(BLUE, number + " |") + (frame.text().isEmpty() ? "" : " " + frame.text()) + "\n");
    if (frame.caret().isPresent()) {
      out.write("  " + paint.on(BLUE, " ".repeat(number.length()) + " |") + " " + " ".repeat(frame.caret().getAsInt())
          + paint.on(colour(p.severity()), "^") + "\n");
    }
  }

  private static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  /** ANSI colours, or none. */
  private record Paint(boolean enabled) {
    String on(String sgr, String text) {
      return enabled ? sgr + text + RESET : text;
    }
  }

  /**
   * A bundle's files, read again to show source lines: through {@link BundleFiles}, with the same
   * path and size checks as the loader. A file that cannot be read just has no source lines.
   */
  private static final class Sources {
    private final Checked checked;
    private Optional<BundleFiles> files;

    Sources(Checked checked) {
      this.checked = checked;
    }

    Optional<SourceLines> lines(String file) {
      Problems ignored = new Problems();
      if (files == null) {
        BundleArg bundle = checked.bundle();
        files = bundle.form() == BundleArg.Form.BUILTIN
            ? Optional.of(new BundleFiles.Classpath(EpiduralContent.class.getModule(), BundleArg.BUILTIN_LOCATION))
            : BundleFiles.of(bundle.path().orElseThrow(), ignored);
      }
      if (file.equals(checked.report().bundlePath())) {
        return Optional.empty();
      }
      return files.flatMap(f -> f.read(file, ignored)).map(SourceLines::new);
    }
  }
}
