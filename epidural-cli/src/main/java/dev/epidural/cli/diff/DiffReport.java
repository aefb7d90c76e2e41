package dev.epidural.cli.diff;

import dev.epidural.cli.Json;
import dev.epidural.cli.VersionProvider;
import dev.epidural.cli.diff.BundleDiff.Change;
import dev.epidural.cli.diff.BundleDiff.Entry;
import dev.epidural.cli.diff.BundleDiff.FieldChange;
import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.Safe;
import dev.epidural.content.Problem;
import dev.epidural.content.BundleInfo;
import dev.epidural.model.Text;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** Renders a {@link BundleDiff} as text, JSON or Markdown. */
public final class DiffReport {

  /** Longest value shown in text and Markdown; JSON always has the whole value. */
  static final int MAX_SHOWN = 100;

  private DiffReport() {}

  /**
   * Writes the diff.
   *
   * @param diff the differences
   * @param oldPath the old bundle as named on the command line
   * @param newPath the new bundle as named on the command line
   * @param format the format
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(BundleDiff diff, String oldPath, String newPath, DiffFormat format, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> text(diff, oldPath, newPath, out);
      case JSON -> json(diff, oldPath, newPath, out);
      case MARKDOWN -> markdown(diff, out);
      default -> throw new IllegalArgumentException(format.toString());
    }
  }

  /**
   * The Markdown for a diff that could not be made: each invalid bundle with its problems.
   *
   * @param invalid the bundles that did not load
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void invalid(List<Checked> invalid, Writer out) throws IOException {
    line(out, "### Content changes: cannot compare");
    for (Checked c : invalid) {
      line(out, "");
      line(out, code(c.bundle().shown()) + " is invalid: " + Checked.plural(c.report().errors().size(), "error")
          + ", " + Checked.plural(c.report().warnings().size(), "warning"));
      line(out, "");
      for (Problem p : c.report().problems()) {
        line(out, "- " + code(c.line(p)));
      }
    }
  }

  // ------------------------------------------------------------------ text

  private static void text(BundleDiff diff, String oldPath, String newPath, Writer out) throws IOException {
    line(out, "old: " + oldPath + " (" + describe(diff.oldBundle()) + ")");
    line(out, "new: " + newPath + " (" + describe(diff.newBundle()) + ")");
    line(out, counts(diff));
    for (Entry e : diff.added()) {
      line(out, "added    " + e.kind() + "/" + e.id());
    }
    for (Entry e : diff.removed()) {
      line(out, "removed  " + e.kind() + "/" + e.id());
    }
    for (Change c : diff.changed()) {
      line(out, "changed  " + c.kind() + "/" + c.id());
      if (c.needsReview().isPresent()) {
        line(out, "  " + c.needsReview().get());
      }
      for (String detail : details(c, false)) {
        line(out, "  " + detail);
      }
    }
  }

  // ------------------------------------------------------------------ json

  private static void json(BundleDiff diff, String oldPath, String newPath, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringProperty("tool", "epidural");
      g.writeStringProperty("version", VersionProvider.version());
      bundle(g, "old", oldPath, diff.oldBundle());
      bundle(g, "new", newPath, diff.newBundle());
      g.writeObjectPropertyStart("counts");
      g.writeNumberProperty("added", diff.added().size());
      g.writeNumberProperty("removed", diff.removed().size());
      g.writeNumberProperty("changed", diff.changed().size());
      g.writeEndObject();
      entries(g, "added", diff.added());
      entries(g, "removed", diff.removed());
      g.writeArrayPropertyStart("changed");
      for (Change c : diff.changed()) {
        g.writeStartObject();
        g.writeStringProperty("kind", c.kind());
        g.writeStringProperty("id", c.id());
        if (c.invalidatedApproval().isPresent()) {
          g.writeObjectPropertyStart("invalidatedApproval");
          g.writeStringProperty("signOff", c.invalidatedApproval().get().id().value());
          g.writeStringProperty("reviewer", c.invalidatedApproval().get().reviewer().name());
          g.writeStringProperty("role", c.invalidatedApproval().get().reviewer().role());
          g.writeStringProperty("date", c.invalidatedApproval().get().date().toString());
          g.writeEndObject();
        }
        g.writeArrayPropertyStart("fields");
        for (FieldChange f : c.fields()) {
          g.writeStartObject();
          g.writeStringProperty("field", f.field());
          if (!f.variants().isEmpty()) {
            g.writeArrayPropertyStart("variants");
            for (String v : f.variants()) {
              g.writeString(v);
            }
            g.writeEndArray();
          }
          if (f.oldValue().isPresent()) {
            g.writeName("old");
            ModelJson.write(g, f.oldValue().get());
          }
          if (f.newValue().isPresent()) {
            g.writeName("new");
            ModelJson.write(g, f.newValue().get());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void bundle(JsonGenerator g, String name, String path, BundleInfo info) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("path", path);
    g.writeStringProperty("id", info.id());
    g.writeStringProperty("version", info.version());
    g.writeEndObject();
  }

  private static void entries(JsonGenerator g, String name, List<Entry> entries) {
    g.writeArrayPropertyStart(name);
    for (Entry e : entries) {
      g.writeStartObject();
      g.writeStringProperty("kind", e.kind());
      g.writeStringProperty("id", e.id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ markdown

  private static void markdown(BundleDiff diff, Writer out) throws IOException {
    BundleInfo o = diff.oldBundle();
    BundleInfo n = diff.newBundle();
    String title = o.id().equals(n.id())
        ? code(o.id()) + " " + code(o.version()) + " → " + code(n.version())
        : code(o.id()) + " " + code(o.version()) + " → " + code(n.id()) + " " + code(n.version());
    line(out, "### Content changes: " + title);
    line(out, "");
    line(out, "**" + counts(diff) + "**");
    section(out, "Added", diff.added());
    section(out, "Removed", diff.removed());
    if (!diff.changed().isEmpty()) {
      line(out, "");
      line(out, "#### Changed");
      line(out, "");
      for (Change c : diff.changed()) {
        line(out, "- " + code(c.kind() + "/" + c.id()) + (c.needsReview().isPresent()
            ? " **needs a new review**: " + code(c.needsReview().get()) : ""));
        for (String detail : details(c, true)) {
          line(out, "  - " + detail);
        }
      }
    }
  }

  private static void section(Writer out, String title, List<Entry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    line(out, "");
    line(out, "#### " + title);
    line(out, "");
    for (Entry e : entries) {
      line(out, "- " + code(e.kind() + "/" + e.id()));
    }
  }

  /** A Markdown code span that holds any text: the fence is longer than any backtick run inside. */
  static String code(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    int longest = 0;
    int run = 0;
    for (int i = 0; i < oneLine.length(); i++) {
      run = oneLine.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`") || oneLine.isBlank();
    return fence + (pad ? " " : "") + oneLine + (pad ? " " : "") + fence;
  }

  // ------------------------------------------------------------------ shared

  private static String describe(BundleInfo info) {
    return info.id() + " " + info.version();
  }

  private static String counts(BundleDiff diff) {
    return diff.added().size() + " added, " + diff.removed().size() + " removed, " + diff.changed().size()
        + " changed";
  }

  /**
   * One line per changed field; a text field gives one line per changed variant:
   * {@code summary (patient): "old" -> "new"}.
   */
  private static List<String> details(Change c, boolean markdown) {
    List<String> lines = new ArrayList<>();
    String arrow = markdown ? " → " : " -> ";
    for (FieldChange f : c.fields()) {
      String field = markdown ? code(f.field()) : f.field();
      if (f.variants().isEmpty()) {
        lines.add(field + ": " + shown(f.oldValue(), markdown) + arrow + shown(f.newValue(), markdown));
        continue;
      }
      for (String v : f.variants()) {
        lines.add(field + " (" + v + "): " + shown(variant(f.oldValue(), v), markdown) + arrow
            + shown(variant(f.newValue(), v), markdown));
      }
    }
    return lines;
  }

  private static Optional<Object> variant(Optional<Object> text, String variant) {
    return text.flatMap(t -> BundleDiff.variant((Text) t, variant));
  }

  private static String shown(Optional<Object> value, boolean markdown) {
    if (value.isEmpty()) {
      return markdown ? "*(none)*" : "(none)";
    }
    String json = ModelJson.compact(value.get());
    String clipped = json.codePointCount(0, json.length()) > MAX_SHOWN
        ? json.substring(0, json.offsetByCodePoints(0, MAX_SHOWN)) + "..." : json;
    return markdown ? code(clipped) : clipped;
  }

  private static void line(Writer out, String text) throws IOException {
    out.write(Safe.printable(text));
    out.write('\n');
  }
}
