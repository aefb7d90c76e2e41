package dev.epidural.cli;

import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.Format;
import dev.epidural.content.BundleValidationException;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.LocalizedContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.SiteExporter;
import dev.epidural.content.export.TextResolver;
import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code epidural export}: the static site or the data files of a bundle, as the exporters of
 * {@code dev.epidural.content.export} make them ({@link SiteExporter}). The bundle is validated first;
 * an invalid one is reported as {@code validate} reports it and nothing is written. The files are
 * written into a temporary sibling of OUT_DIR and moved into place together, so OUT_DIR is never
 * left half-written.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {"Writes a bundle's static site (html, markdown) or data files (json, jsonld) into OUT_DIR.",
        "html: index.html, procedure-<id>.html per procedure and faq.html, each with its schema.org JSON-LD;"
            + " markdown: the same pages as .md; jsonld: the pages' JSON-LD as .jsonld;"
            + " json: catalogue.json and procedure-<id>.json.",
        "An invalid bundle is reported as validate reports it, and nothing is written.",
        "OUT_DIR must not exist or be empty."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the bundle is invalid; its problems are reported and nothing is written",
        "2:usage or I/O error: OUT_DIR is not empty or cannot be written, a locale the bundle has no texts in"})
public final class ExportCommand implements Callable<Integer> {

  /** What to export. */
  public enum ExportFormat {
    /** The HTML site. */
    HTML,
    /** The site as CommonMark. */
    MARKDOWN,
    /** The JSON export. */
    JSON,
    /** The pages' JSON-LD. */
    JSONLD;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Completion candidates of {@code --format}. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(ExportFormat.values()).map(ExportFormat::toString).iterator();
    }
  }

  /** Completion candidates of {@code --audience}. */
  static final class AudienceNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(Audience.values()).map(Audience::code).iterator();
    }
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      completionCandidates = FormatNames.class, description = "What to write: ${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "patient",
      completionCandidates = AudienceNames.class,
      description = "Whose text variants to show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Audience audience;

  @Option(names = "--locale", paramLabel = "TAG", description = "Show the texts in this locale (a BCP 47 tag such as"
      + " es or es-MX) where the bundle has translations, falling back to its own texts; default: the bundle's locale.")
  String locale;

  @Option(names = "--builtin", description = "Export the built-in bundle (then give only OUT_DIR).")
  boolean builtin;

  @Parameters(paramLabel = "BUNDLE OUT_DIR", arity = "1..2",
      description = "The bundle (a folder, a .zip, its bundle.json, or " + BundleArg.BUILTIN + "), then the folder to"
          + " write into.")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    if (args.size() != (builtin ? 1 : 2)) {
      throw new CommandLine.ParameterException(spec.commandLine(), builtin
          ? "With --builtin, give only OUT_DIR" : "Give BUNDLE and OUT_DIR (or --builtin and OUT_DIR)");
    }
    BundleArg bundle = BundleArg.parse(builtin ? BundleArg.BUILTIN : args.get(0));
    Path out = Path.of(args.get(args.size() - 1));
    Locale requested = locale == null ? null : parseLocale(locale);
    refuseNonEmpty(out);
    EpiduralContent content;
    try {
      content = main.withClock(bundle.loader()).load();
    } catch (BundleValidationException e) {
      Checked checked = new Checked(bundle, e.report());
      Output.stream(w -> Format.TEXT.writer().write(List.of(checked), w), null, spec.commandLine().getOut());
      return ExitCode.INVALID;
    }
    ExportOptions options = ExportOptions.of(audience).withPretty(format == ExportFormat.JSON
        || format == ExportFormat.JSONLD);
    if (requested != null) {
      options = localized(content, requested, options);
    }
    SiteExporter site = SiteExporter.of(ExportContent.from(content), options);
    Map<String, String> files = switch (format) {
      case HTML -> site.html();
      case MARKDOWN -> site.markdown();
      case JSON -> site.json();
      case JSONLD -> site.jsonLd();
    };
    write(files, out);
    PrintWriter stdout = spec.commandLine().getOut();
    files.keySet().forEach(name -> stdout.println("wrote " + out.resolve(name)));
    stdout.flush();
    return ExitCode.OK;
  }

  private static Locale parseLocale(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new CliException("--locale '" + tag + "' is not a BCP 47 language tag, such as es or es-MX");
    }
  }

  /**
   * Options whose texts come from the bundle's translations into {@code locale}, as
   * {@link LocalizedContent} gives them (a stale translation is never shown; an untranslated text
   * falls back along the locale's chain to the bundle's own text).
   */
  private ExportOptions localized(EpiduralContent content, Locale requested, ExportOptions options) {
    LocalizedContent view = content.in(requested).forAudience(audience);
    boolean known = view.fallbacks().stream().anyMatch(l -> content.locales().contains(l)
        && !l.equals(content.bundle().locale()));
    if (!requested.equals(content.bundle().locale()) && !known) {
      throw new CliException("the bundle has no texts in locale '" + requested.toLanguageTag() + "'; it has: "
          + content.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
    }
    // The exporters resolve texts one by one; the translations are found by item and field, so map
    // each text of each item (the same instances the exporters are given) to its localized form.
    IdentityHashMap<Text, String> texts = new IdentityHashMap<>();
    for (Item item : content.items()) {
      Map<String, Text> fields = TextFields.of(item);
      view.texts(item).forEach((field, localized) -> {
        Text source = fields.get(field);
        if (source != null) {
          texts.put(source, localized.text());
        }
      });
    }
    TextResolver resolver = (text, who) -> who == audience && texts.containsKey(text) ? texts.get(text)
        : text.forAudience(who);
    return options.withTextResolver(resolver).withLanguage(requested);
  }

  private static void refuseNonEmpty(Path out) {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new CliException(out + " exists and is not a folder; give a new or empty folder");
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new CliException(out + " is not empty; export writes only into a new or empty folder");
      }
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot read " + out + ": " + Output.reason(e), e);
    }
  }

  /** Writes every file into a temporary sibling folder, then moves that folder to {@code out}. */
  private static void write(Map<String, String> files, Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".export-");
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(temp.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      // Readable as an ordinary new folder would be, not private as a temporary one is.
      if (Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      Files.deleteIfExists(absolute); // only ever an empty folder here
      Files.move(temp, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot write " + out + ": " + Output.reason(e), e);
    } finally {
      if (temp != null) {
        deleteTree(temp);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: a leftover hidden temporary folder is named after OUT_DIR.
    }
  }
}
