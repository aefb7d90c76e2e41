package dev.epidural.cli.report;

import dev.epidural.cli.BundleArg;
import dev.epidural.cli.Json;
import dev.epidural.cli.VersionProvider;
import dev.epidural.content.Problem;
import dev.epidural.content.internal.problem.ProblemCode;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0: one run whose driver is {@code epidural}, with a rule per problem code used and a
 * result per problem, located by artifact URI (the bundle path joined with the file, forward
 * slashes, percent-encoded; relative when the bundle path was) and, when known, line and column
 * (UTF-16 code units, as the loader counts them).
 */
final class SarifReport implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public void write(List<Checked> checked, Writer out) throws IOException {
    List<String> rules = new ArrayList<>(new TreeSet<>(checked.stream()
        .flatMap(c -> c.report().problems().stream()).map(Problem::code).toList()));
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringProperty("$schema", SCHEMA);
      g.writeStringProperty("version", "2.1.0");
      g.writeArrayPropertyStart("runs");
      g.writeStartObject();
      g.writeObjectPropertyStart("tool");
      g.writeObjectPropertyStart("driver");
      g.writeStringProperty("name", "epidural");
      g.writeStringProperty("version", VersionProvider.version());
      g.writeStringProperty("informationUri", "https://epidural.dev");
      g.writeArrayPropertyStart("rules");
      for (String rule : rules) {
        Optional<ProblemCode> known = Arrays.stream(ProblemCode.values()).filter(c -> c.code().equals(rule)).findFirst();
        g.writeStartObject();
        g.writeStringProperty("id", rule);
        g.writeObjectPropertyStart("shortDescription");
        g.writeStringProperty("text", known.map(ProblemCode::meaning).orElse(rule));
        g.writeEndObject();
        if (known.isPresent()) {
          g.writeObjectPropertyStart("defaultConfiguration");
          g.writeStringProperty("level", level(known.get().severity()));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringProperty("columnKind", "utf16CodeUnits");
      g.writeArrayPropertyStart("results");
      for (Checked c : checked) {
        for (Problem p : c.report().problems()) {
          writeResult(g, c, p, rules.indexOf(p.code()));
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeResult(JsonGenerator g, Checked c, Problem p, int ruleIndex) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", p.code());
    g.writeNumberProperty("ruleIndex", ruleIndex);
    g.writeStringProperty("level", level(p.severity()));
    g.writeObjectPropertyStart("message");
    g.writeStringProperty("text", p.message());
    g.writeEndObject();
    g.writeArrayPropertyStart("locations");
    g.writeStartObject();
    g.writeObjectPropertyStart("physicalLocation");
    g.writeObjectPropertyStart("artifactLocation");
    g.writeStringProperty("uri", uri(c, p));
    g.writeEndObject();
    if (p.line().isPresent()) {
      g.writeObjectPropertyStart("region");
      g.writeNumberProperty("startLine", p.line().getAsInt());
      if (p.column().isPresent()) {
        g.writeNumberProperty("startColumn", p.column().getAsInt());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    if (!p.pointer().isEmpty()) {
      g.writeObjectPropertyStart("properties");
      g.writeStringProperty("pointer", p.pointer());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The problem's file as a URI reference. */
  static String uri(Checked c, Problem p) {
    String location = c.location(p);
    BundleArg bundle = c.bundle();
    if (bundle.form() == BundleArg.Form.BUILTIN) {
      return BundleArg.BUILTIN + encode(location.substring(BundleArg.BUILTIN.length()));
    }
    if (bundle.path().map(Path::isAbsolute).orElse(false)) {
      return (location.startsWith("/") ? "file://" : "file:///") + encode(location);
    }
    String encoded = encode(location);
    int colon = encoded.indexOf(':');
    int slash = encoded.indexOf('/');
    // A colon in the first segment would read as a URI scheme.
    return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
  }

  /** Percent-encodes everything but the characters RFC 3986 allows in a path. */
  static String encode(String path) {
    StringBuilder sb = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  /** SARIF's level of a severity: a notice is a {@code note}, which no SARIF consumer counts as a failure. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
