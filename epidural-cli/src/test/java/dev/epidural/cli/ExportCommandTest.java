package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.SiteExporter;
import dev.epidural.model.Audience;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code epidural export}: the exporters' files, nothing written for an invalid bundle. */
class ExportCommandTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String L10N = "../epidural-content/src/test/resources/l10n/clinic";

  @TempDir
  Path tmp;

  @Test
  void writesTheGoldenSiteAndDataFiles() throws IOException {
    StringBuilder listing = new StringBuilder();
    for (String format : List.of("html", "markdown", "json", "jsonld")) {
      Path out = tmp.resolve(format);
      Cli.Result r = Cli.run("export", "--format", format, bundle("valid"), out.toString());

      assertThat(r.exitCode()).as(format).isZero();
      assertThat(r.err()).isEmpty();
      listing.append(format).append(":\n").append(r.out().replace(tmp.toString(), "TMP"));
    }
    golden("export-files.txt", listing.toString());
    golden("export-index.html", Files.readString(tmp.resolve("html/index.html")));
    golden("export-index.md", Files.readString(tmp.resolve("markdown/index.md")));
    golden("export-procedure.jsonld", Files.readString(tmp.resolve("jsonld/procedure-lumbar-transforaminal-esi.jsonld")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "markdown", "json", "jsonld"})
  void theFilesAreWhatTheExportersProduce(String format) throws IOException {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("export", "--format", format.toUpperCase(java.util.Locale.ROOT), "--audience", "Clinician",
        "--builtin", out.toString()).exitCode()).isZero();

    ExportOptions options = ExportOptions.of(Audience.CLINICIAN).withPretty(format.startsWith("json"));
    SiteExporter site = SiteExporter.of(ExportContent.from(EpiduralContent.builtIn()), options);
    Map<String, String> expected = switch (format) {
      case "html" -> site.html();
      case "markdown" -> site.markdown();
      case "json" -> site.json();
      default -> site.jsonLd();
    };
    assertThat(read(out)).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(expected).hasSizeGreaterThan(3);
  }

  @Test
  void theMarkdownIndexLinksEveryPageItWrites() throws IOException {
    Path out = tmp.resolve("md");
    assertThat(Cli.run("export", "--format", "markdown", "--builtin", out.toString()).exitCode()).isZero();

    List<String> links = new java.util.ArrayList<>();
    Parser.builder().build().parse(Files.readString(out.resolve("index.md"))).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        links.add(link.getDestination());
      }
    });
    try (Stream<Path> files = Files.list(out)) {
      assertThat(links).containsExactlyInAnyOrderElementsOf(files.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("index.md")).toList());
    }
  }

  @Test
  void anInvalidBundleIsReportedAndNothingIsWritten() throws IOException {
    Path out = tmp.resolve("site");

    Cli.Result r = Cli.run("export", "--format", "html", bundle("invalid"), out.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("is invalid").contains("error EPI-");
    assertThat(r.err()).isEmpty();
    Cli.assertNoStackTrace(r);
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aNonEmptyOutDirIsRefusedAndLeftAsItWas() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("mine.html"), "mine");

    Cli.Result r = Cli.run("export", "--format", "html", bundle("valid"), out.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("epidural: ").contains("not empty");
    assertThat(read(out)).containsExactly(Map.entry("mine.html", "mine"));
  }

  @Test
  void aLocaleShowsTheTranslationsAndAnUnknownOneIsAUsageError() throws IOException {
    Path out = tmp.resolve("es");

    Cli.Result r = Cli.run("export", "--format", "json", "--locale", "es-MX", L10N, out.toString());

    assertThat(r.exitCode()).as(r.all()).isZero();
    String catalogue = Files.readString(out.resolve("catalogue.json"));
    assertThat(catalogue).contains("\"language\": \"es-MX\"")
        .contains("Se coloca un medicamento junto a un nervio irritado de la zona lumbar");
    Cli.Result unknown = Cli.run("export", "--format", "json", "--locale", "fr", L10N, tmp.resolve("fr").toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no texts in locale 'fr'").contains("es");
    assertThat(tmp.resolve("fr")).doesNotExist();
    assertThat(Cli.run("export", "--format", "json", "--locale", "not a tag!", L10N, tmp.resolve("x").toString())
        .exitCode()).isEqualTo(2);
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("export", "--format", "pdf", "--builtin", tmp.resolve("a").toString()).err())
        .contains("HTML, MARKDOWN, JSON, JSONLD").contains("case-insensitive");
    assertThat(Cli.run("export", "--format", "html", "--builtin").exitCode()).isEqualTo(2);
    assertThat(Cli.run("export", "--format", "html", "--builtin", bundle("valid"), tmp.resolve("b").toString())
        .exitCode()).isEqualTo(2);
    assertThat(Cli.run("export", "--format", "html", bundle("valid")).exitCode()).isEqualTo(2);
  }

  private static Map<String, String> read(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      Map<String, String> out = new LinkedHashMap<>();
      for (Path f : files.sorted().toList()) {
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    }
  }

  private static void golden(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static String names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(","));
    }
  }
}
