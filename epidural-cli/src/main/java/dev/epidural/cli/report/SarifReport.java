package dev.epidural.cli.report;

import dev.epidural.cli.BundleArg;
import dev.epidural.cli.Json;
import dev.epidural.cli.VersionProvider;
import dev.epidural.content.Problem;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run whose driver is {@code epidural}, with a
 * rule per problem code used (descriptions, help and a link to the code's entry in
 * {@code docs/problems.md}) and a result per problem.
 *
 * <p>Every artifact URI is relative, with a {@code uriBaseId} that {@code originalUriBaseIds}
 * describes: {@code SRCROOT} (the {@code --sarif-base} folder, by default the working directory)
 * for every file under it, {@code BUNDLE1}, {@code BUNDLE2}, ... (a bundle's folder, or the folder
 * holding its zip) for a bundle outside it, and {@code EPIDURAL_BUILTIN} for the built-in bundle. No
 * URI starts with {@code ../} or {@code file:}, so a log does not leak the machine's paths and code
 * scanning maps results to the repository's files. Each result has a region: its line and column
 * (UTF-16 code units) when known, else line 1 (a problem with a whole file). An entry of a zip is
 * located at the zip; the entry and its line and column are in the message and in
 * {@code properties}. {@code partialFingerprints} hold a hash of the code, the file and the JSON
 * pointer, which do not move when lines do.
 */
final class SarifReport implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "SRCROOT";
  static final String BUILTIN = "EPIDURAL_BUILTIN";
  static final String FINGERPRINT = "epiduralProblem/v1";

  @Override
  public void write(List<Checked> checked, ReportOptions options, Writer out) throws IOException {
    List<String> rules = new ArrayList<>(new TreeSet<>(checked.stream()
        .flatMap(c -> c.report().problems().stream()).map(Problem::code).toList()));
    Bases bases = new Bases(options.sarifBase());
    List<Base> bundleBases = checked.stream().map(bases::of).toList();
    try (JsonGenerator g = Json.generator(out)) {
      startRun(g, rules);
      g.writeArrayPropertyStart("invocations");
      g.writeStartObject();
      g.writeBooleanProperty("executionSuccessful", true);
      g.writeNumberProperty("exitCode", checked.stream().allMatch(c -> c.report().isValid()) ? 0 : 1);
      g.writeEndObject();
      g.writeEndArray();
      bases.write(g);
      g.writeStringProperty("columnKind", "utf16CodeUnits");
      g.writeArrayPropertyStart("results");
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < checked.size(); i++) {
        Checked c = checked.get(i);
        for (Problem p : c.report().problems()) {
          writeResult(g, c, bundleBases.get(i), p, rules.indexOf(p.code()), seen);
        }
      }
      g.writeEndArray();
      endRun(g);
    }
    out.write('\n');
  }

  /**
   * A log for a run that could not validate anything (a usage error): no results, and the error as
   * a tool execution notification of a failed invocation, so that a CI step that uploads the log
   * still has a valid one.
   *
   * @param message the error, as printed on stderr
   * @param exitCode the exit code
   * @param out where to write
   * @throws IOException if writing fails
   */
  static void writeFailure(String message, int exitCode, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      startRun(g, List.of());
      g.writeArrayPropertyStart("invocations");
      g.writeStartObject();
      g.writeBooleanProperty("executionSuccessful", false);
      g.writeNumberProperty("exitCode", exitCode);
      g.writeArrayPropertyStart("toolExecutionNotifications");
      g.writeStartObject();
      g.writeStringProperty("level", "error");
      g.writeObjectPropertyStart("message");
      g.writeStringProperty("text", message);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayPropertyStart("results");
      g.writeEndArray();
      endRun(g);
    }
    out.write('\n');
  }

  private static void startRun(JsonGenerator g, List<String> rules) {
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
      writeRule(g, rule);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void endRun(JsonGenerator g) {
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, String rule) {
    Optional<Explanations.Explanation> doc = Explanations.of(rule);
    Optional<ProblemCode> known = doc.flatMap(Explanations.Explanation::problemCode);
    String meaning = known.map(ProblemCode::meaning).orElse(rule);
    g.writeStartObject();
    g.writeStringProperty("id", rule);
    g.writeObjectPropertyStart("shortDescription");
    g.writeStringProperty("text", meaning);
    g.writeEndObject();
    g.writeObjectPropertyStart("fullDescription");
    g.writeStringProperty("text", doc.map(d -> Explanations.plain(d.description())).filter(s -> !s.isEmpty())
        .orElse(meaning));
    g.writeEndObject();
    if (doc.isPresent()) {
      Explanations.Explanation d = doc.get();
      g.writeStringProperty("helpUri", d.uri());
      g.writeObjectPropertyStart("help");
      g.writeStringProperty("text", Explanations.plain(d.description()) + "\n\nExample:\n" + d.example()
          + "\n\nFix: " + Explanations.plain(d.fix()) + "\n\nSee " + d.uri());
      g.writeStringProperty("markdown", Explanations.absoluteLinks(d.description() + "\n\nExample:\n\n```text\n"
          + d.example() + "\n```\n\n**Fix:** " + d.fix()) + "\n\nSee [" + rule + " in problems.md](" + d.uri() + ").");
      g.writeEndObject();
    }
    if (known.isPresent()) {
      g.writeObjectPropertyStart("defaultConfiguration");
      g.writeStringProperty("level", level(known.get().severity()));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeResult(JsonGenerator g, Checked c, Base base, Problem p, int ruleIndex,
      Map<String, Integer> seen) {
    boolean wholeBundle = p.file().equals(c.report().bundlePath()) || p.file().equals(c.bundle().shown());
    boolean zipEntry = c.bundle().form() == BundleArg.Form.ZIP && !wholeBundle;
    // A path the bundle may not use (absolute, '..') is located at the manifest that lists it.
    boolean unsafe = !wholeBundle && BundleFiles.checkRelative(p.file()).isPresent();
    String uri = wholeBundle || zipEntry ? base.uri(null) : base.uri(unsafe ? BundleFiles.MANIFEST : p.file());
    g.writeStartObject();
    g.writeStringProperty("ruleId", p.code());
    g.writeNumberProperty("ruleIndex", ruleIndex);
    g.writeStringProperty("level", level(p.severity()));
    g.writeObjectPropertyStart("message");
    StringBuilder text = new StringBuilder(p.message());
    if (zipEntry) {
      text.append(" (in zip entry ").append(p.file());
      p.line().ifPresent(l -> text.append(", line ").append(l));
      p.column().ifPresent(col -> text.append(", column ").append(col));
      text.append(')');
    }
    g.writeStringProperty("text", text.toString());
    g.writeEndObject();
    g.writeArrayPropertyStart("locations");
    g.writeStartObject();
    g.writeObjectPropertyStart("physicalLocation");
    g.writeObjectPropertyStart("artifactLocation");
    g.writeStringProperty("uri", uri);
    g.writeStringProperty("uriBaseId", base.id());
    g.writeEndObject();
    g.writeObjectPropertyStart("region");
    if (p.line().isPresent() && !zipEntry && !unsafe) {
      g.writeNumberProperty("startLine", p.line().getAsInt());
      if (p.column().isPresent()) {
        g.writeNumberProperty("startColumn", p.column().getAsInt());
      }
    } else {
      g.writeNumberProperty("startLine", 1);
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    String key = base.id() + "\u0000" + uri + "\u0000" + (zipEntry ? p.file() : "") + "\u0000" + p.pointer();
    String hash = sha256(p.code() + "\u0000" + key);
    int n = seen.merge(hash, 1, Integer::sum);
    g.writeObjectPropertyStart("partialFingerprints");
    g.writeStringProperty(FINGERPRINT, n == 1 ? hash : hash + ":" + n);
    g.writeEndObject();
    g.writeObjectPropertyStart("properties");
    g.writeStringProperty("file", p.file());
    g.writeStringProperty("pointer", p.pointer());
    if (zipEntry) {
      if (p.line().isPresent()) {
        g.writeNumberProperty("entryLine", p.line().getAsInt());
      }
      if (p.column().isPresent()) {
        g.writeNumberProperty("entryColumn", p.column().getAsInt());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Where a bundle's files are: a base id and the path, relative to that base, of its root. */
  private record Base(String id, String root) {
    /** The URI of a bundle file, or of the root itself when {@code file} is null. */
    String uri(String file) {
      String path = file == null ? root : root.isEmpty() ? file : root + "/" + file;
      return encode(path.isEmpty() ? "." : path);
    }
  }

  /** The base ids of a run, in the order they are first used. */
  private static final class Bases {
    private final Path srcRoot;
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private int outside;

    Bases(Path srcRoot) {
      this.srcRoot = srcRoot;
    }

    Base of(Checked c) {
      BundleArg bundle = c.bundle();
      if (bundle.form() == BundleArg.Form.BUILTIN) {
        descriptions.putIfAbsent(BUILTIN, "the built-in bundle of epidural-content, on the class path at "
            + BundleArg.BUILTIN_LOCATION + "/");
        return new Base(BUILTIN, "");
      }
      Path path = bundle.path().orElseThrow().toAbsolutePath().normalize();
      // The folder the bundle's files are relative to; a zip's files are located at the zip.
      Path root = bundle.form() == BundleArg.Form.MANIFEST ? parent(path) : path;
      if (root.startsWith(srcRoot)) {
        descriptions.putIfAbsent(SRCROOT, "the folder given with --sarif-base (by default the working directory)");
        return new Base(SRCROOT, slashes(srcRoot.relativize(root)));
      }
      outside++;
      String id = "BUNDLE" + outside;
      boolean zip = bundle.form() == BundleArg.Form.ZIP;
      descriptions.put(id, (zip ? "the folder holding the zip " : "the bundle ") + bundle.shown()
          + ", outside the --sarif-base folder");
      return new Base(id, zip ? String.valueOf(path.getFileName()) : "");
    }

    void write(JsonGenerator g) {
      if (descriptions.isEmpty()) {
        return;
      }
      g.writeObjectPropertyStart("originalUriBaseIds");
      for (Map.Entry<String, String> base : descriptions.entrySet()) {
        g.writeObjectPropertyStart(base.getKey());
        g.writeObjectPropertyStart("description");
        g.writeStringProperty("text", base.getValue());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    private static Path parent(Path path) {
      Path parent = path.getParent();
      return parent == null ? path.getRoot() : parent;
    }

    private static String slashes(Path relative) {
      List<String> parts = new ArrayList<>();
      for (Path part : relative) {
        if (!part.toString().isEmpty()) {
          parts.add(part.toString());
        }
      }
      return String.join("/", parts);
    }
  }

  /**
   * Percent-encodes everything but the characters RFC 3986 allows in a path segment and {@code /};
   * a colon in the first segment, which would read as a scheme, gets a {@code ./} in front.
   */
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
    String encoded = sb.toString();
    int colon = encoded.indexOf(':');
    int slash = encoded.indexOf('/');
    return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
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
