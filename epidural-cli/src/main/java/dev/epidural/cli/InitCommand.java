package dev.epidural.cli;

import dev.epidural.cli.fmt.CanonicalJson.FileRole;
import dev.epidural.cli.fmt.CanonicalJson;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.JsonReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epidural init}: writes a new bundle to start from, one that validates strictly: a manifest,
 * one example item per content file, the JSON Schema the files name in {@code "$schema"}, and a
 * README explaining each file. The examples are placeholders that say so, not medical content.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {"Writes a new bundle into DIR: bundle.json, one example item per content file, the JSON Schema"
        + " the files name in \"$schema\" (bundle.schema.json) and a README.md explaining each file.",
        "The bundle validates strictly. Its items are placeholders to replace, not medical content.",
        "DIR must not exist or be empty."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage or I/O error: DIR is not empty, or cannot be written"})
public final class InitCommand implements Callable<Integer> {

  /** The schema file init writes, and the {@code "$schema"} value of every file it writes. */
  static final String SCHEMA_FILE = "bundle.schema.json";

  private static final String SCHEMA_REF = "./" + SCHEMA_FILE;

  @Spec
  CommandSpec spec;

  @Option(names = "--overlay-of-builtin", description = "Write an overlay of the built-in bundle instead: a bundle"
      + " laid over the SDK's own content that adds, replaces or withdraws items.")
  boolean overlay;

  @Parameters(paramLabel = "DIR", description = "The folder to write the bundle into (created if needed).")
  Path dir;

  @Override
  public Integer call() {
    refuseNonEmpty(dir);
    Map<String, String> files = overlay ? overlayFiles() : bundleFiles();
    PrintWriter out = spec.commandLine().getOut();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot write " + dir + ": " + Output.reason(e), e);
    }
    files.keySet().forEach(name -> out.println("wrote " + dir.resolve(name)));
    out.println("Next: replace the examples, then run: epidural validate --strict " + dir);
    out.flush();
    return ExitCode.OK;
  }

  private static void refuseNonEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + " exists and is not a folder; give a new or empty folder");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new CliException(dir + " is not empty; init writes only into a new or empty folder");
      }
    } catch (IOException | SecurityException e) {
      throw new CliException("cannot read " + dir + ": " + Output.reason(e), e);
    }
  }

  /** A stand-alone bundle: a procedure, the step it refers to, and a question. */
  static Map<String, String> bundleFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(BundleFiles.MANIFEST, manifest("example-bundle", "Example bundle: replace this title",
        "[\"procedures.json\", \"steps.json\", \"faq.json\"]"));
    files.put("procedures.json", content("""
        {"procedures": [{"id": "example-procedure",
          "name": "Example procedure (replace this)",
          "summary": {"text": "Example summary. Replace it with a summary written from your sources.",
                      "patient": "Example text for patients. Use plain words and short sentences."},
          "intent": "therapeutic", "regions": ["lumbar"], "guidance": ["fluoroscopy"],
          "delivery": ["single-injection"], "steps": ["example-step"],
          "sources": [{"source": "example-source", "locator": "Replace with the section you used"}]}]}"""));
    files.put("steps.json", content("""
        {"steps": [{"id": "example-step", "phase": "preparation",
          "name": "Example step (replace this)",
          "description": "Example description of one step. Replace it with text from your sources.",
          "sources": [{"source": "example-source", "locator": "Replace with the section you used"}]}]}"""));
    files.put("faq.json", faqFile());
    files.put(SCHEMA_FILE, BundleSchema.text());
    files.put("README.md", readme(false));
    return files;
  }

  /** An overlay of the built-in bundle: one question added to the SDK's own. */
  static Map<String, String> overlayFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(BundleFiles.MANIFEST, manifest("example-overlay", "Example overlay: replace this title",
        "[\"faq.json\"]"));
    files.put("faq.json", faqFile());
    files.put(SCHEMA_FILE, BundleSchema.text());
    files.put("README.md", readme(true));
    return files;
  }

  private static String manifest(String id, String title, String files) {
    // Draft: nobody has checked the examples against a source, and the review says no more than that.
    return format(BundleFiles.MANIFEST, """
        {"$schema": "%s", "schemaVersion": 1, "id": "%s", "version": "0.1.0", "title": "%s",
         "locale": "en", "publisher": "Example Publisher (replace this)", "license": "CC-BY-4.0",
         "defaultReview": {"status": "draft"},
         "sources": [{"id": "example-source",
           "title": "Example source: replace with the document your content is written from",
           "publisher": "Example Publisher", "url": "https://example.org/replace-with-the-source"}],
         "files": %s}""".formatted(SCHEMA_REF, id, title, files), FileRole.MANIFEST);
  }

  private static String faqFile() {
    return content("""
        {"faq": [{"id": "example-question",
          "question": "Example question: what will patients ask?",
          "answer": {"text": "Example answer. Replace it with an answer written from your sources.",
                     "patient": "Example answer for patients. Keep it short and plain."},
          "sources": [{"source": "example-source", "locator": "Replace with the section you used"}]}]}""");
  }

  private static String content(String json) {
    String withSchema = "{\"$schema\": \"" + SCHEMA_REF + "\", " + json.strip().substring(1);
    return format("content", withSchema, FileRole.CONTENT);
  }

  private static String format(String name, String json, FileRole role) {
    Problems problems = new Problems();
    return CanonicalJson.format(JsonReader.read(name, json.getBytes(StandardCharsets.UTF_8), problems)
        .orElseThrow(() -> new IllegalStateException("init template " + name + " does not parse: "
            + problems.toList())), role);
  }

  private static String readme(boolean overlay) {
    StringBuilder md = new StringBuilder();
    if (overlay) {
      md.append("""
          # Example overlay of the built-in bundle

          This folder is an Epidural SDK content bundle laid over the SDK's built-in bundle: it adds,
          replaces or withdraws items of the built-in content. `epidural init --overlay-of-builtin` wrote
          it. Its items are placeholders that show the format; they are not medical content. Replace
          them with content written from your own sources, or delete them.

          """);
    } else {
      md.append("""
          # Example bundle

          This folder is an Epidural SDK content bundle, written by `epidural init`. Its items are
          placeholders that show the format; they are not medical content. Replace them with content
          written from your own sources, or delete them.

          """);
    }
    md.append("""
        ## The files

        | file | what it is |
        |---|---|
        | `bundle.json` | the manifest: the bundle's id, version, title, locale, publisher and licence, the sources items cite, the review every item has unless it gives its own (`defaultReview`), and the content files to read (`files`) |
        """);
    if (!overlay) {
      md.append("""
          | `procedures.json` | a content file with one example procedure; it refers to the step in `steps.json` by its id |
          | `steps.json` | a content file with one example procedure step |
          """);
    }
    md.append("""
        | `faq.json` | a content file with one example question and answer, with a variant of the answer for patients |
        | `bundle.schema.json` | the JSON Schema of bundle files, which every file names in its `"$schema"` key so that editors check it as you type; `epidural schema` prints the same schema |
        | `README.md` | this file; the SDK does not read it |

        A content file holds arrays of items by kind (`procedures`, `steps`, `faq`, ...); a file may hold
        several kinds and a kind may be spread over several files. Only the files the manifest lists in
        `files` are read. Every item cites at least one source the manifest declares, with a locator
        (the section or passage it was written from).

        The examples are marked `draft` (the manifest's `defaultReview`): they were checked against no
        source. Once an item is written from its sources and checked against them, give it
        `"review": {"status": "sourced", "lastReviewed": "YYYY-MM-DD"}`; a clinical review is recorded
        apart, in a sign-off file (see the SDK's docs/reviewing.md).

        """);
    if (overlay) {
      md.append("""
          ## How an overlay works

          The overlay's items are added to the built-in bundle's. To change a built-in item, copy the
          whole item here, change it and list its id in the manifest's `replace`; to remove one, list
          its id in `withdraw`. The overlay's `locale` must be the base's (`en`), and a source id the
          built-in bundle declares must have the same details here. Load it over the built-in bundle
          with `EpiduralContent.loader().base(EpiduralContent.builtIn()).overlay(Path.of("this-folder")).load()`.
          `epidural validate` checks the overlay on its own (as long as it lists no `replace` or
          `withdraw`); loading it as above checks the merged result.

          """);
    }
    md.append("""
        ## Next steps

            epidural validate --strict .   # every problem, located by file, line and column
            epidural fmt .                 # the canonical layout, so diffs stay small
            epidural diff OLD .            # what changed since another version

        The bundle format is described in the SDK's docs/bundle-format.md.
        """);
    return md.toString();
  }
}
