package dev.epidural.cli.report;

import dev.epidural.cli.Json;
import dev.epidural.cli.VersionProvider;
import dev.epidural.content.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * One JSON object:
 * {@code {"tool","version","valid","bundles":[{path,id,version,valid}],"problems":[...],"counts":{error,warning}}}.
 * A problem has {@code code, severity, message, file, pointer}, {@code line} and {@code column}
 * when known, and {@code bundle} (the bundle's path) when the run checked several bundles.
 */
final class JsonReport implements ReportWriter {

  @Override
  public void write(List<Checked> checked, ReportOptions options, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringProperty("tool", "epidural");
      g.writeStringProperty("version", VersionProvider.version());
      g.writeBooleanProperty("valid", checked.stream().allMatch(c -> c.report().isValid()));
      g.writeArrayPropertyStart("bundles");
      for (Checked c : checked) {
        g.writeStartObject();
        g.writeStringProperty("path", c.bundle().shown());
        if (c.report().bundle().isPresent()) {
          g.writeStringProperty("id", c.report().bundle().get().id());
          g.writeStringProperty("version", c.report().bundle().get().version());
        }
        g.writeBooleanProperty("valid", c.report().isValid());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("problems");
      for (Checked c : checked) {
        for (Problem p : c.report().problems()) {
          writeProblem(g, p, checked.size() > 1 ? c.bundle().shown() : null);
        }
      }
      g.writeEndArray();
      g.writeObjectPropertyStart("counts");
      g.writeNumberProperty("error", Checked.count(checked, true));
      g.writeNumberProperty("warning", Checked.count(checked, false));
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** Writes one problem object; {@code bundle} is added when not null. */
  static void writeProblem(JsonGenerator g, Problem p, String bundle) {
    g.writeStartObject();
    if (bundle != null) {
      g.writeStringProperty("bundle", bundle);
    }
    g.writeStringProperty("code", p.code());
    g.writeStringProperty("severity", p.severity().code());
    g.writeStringProperty("message", p.message());
    g.writeStringProperty("file", p.file());
    g.writeStringProperty("pointer", p.pointer());
    if (p.line().isPresent()) {
      g.writeNumberProperty("line", p.line().getAsInt());
    }
    if (p.column().isPresent()) {
      g.writeNumberProperty("column", p.column().getAsInt());
    }
    g.writeEndObject();
  }
}
