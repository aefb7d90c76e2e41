package dev.epidural.cli;

import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.Format;
import dev.epidural.content.BundleValidationException;
import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Item;
import dev.epidural.model.ReviewDecision;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/**
 * {@code epidural review-record}: turns a completed sign-off into a sign-off file, with the
 * fingerprint of each reviewed item computed from the bundle as it stands, never typed by hand.
 */
@Command(name = "review-record", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Writes a sign-off file recording a clinical review of items of BUNDLE.",
        "The fingerprints are computed from BUNDLE exactly as it is now: run it on the version the reviewer saw.",
        "List the file in the manifest's \"reviews\"; see docs/reviewing.md.",
        "Exit codes:",
        "0:written",
        "1:BUNDLE is not valid (its report is printed)",
        "2:usage error: an option is missing or wrong, or an item is not in BUNDLE"})
public final class ReviewRecordCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle as the reviewer saw it.")
  String bundlePath;

  @Option(names = "--id", required = true, paramLabel = "ID", description = "The sign-off's id, e.g. review-2026-11.")
  String id;

  @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who reviewed.")
  String reviewer;

  @Option(names = "--role", required = true, paramLabel = "ROLE", description = "Their role or qualification.")
  String role;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When the review was done.")
  String date;

  @Option(names = "--decision", required = true, paramLabel = "DECISION",
      description = "approved or changes-requested.")
  String decision;

  @Option(names = "--next-review", paramLabel = "YYYY-MM-DD", description = "When to review again.")
  String nextReview;

  @Option(names = "--note", paramLabel = "TEXT", description = "The reviewer's note.")
  String note;

  @Option(names = "--items", required = true, split = ",", paramLabel = "ID",
      description = "The reviewed items, comma-separated.")
  List<String> items;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the sign-off file to FILE (UTF-8) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    BundleArg bundle = BundleArg.parse(bundlePath);
    EpiduralContent content;
    try {
      content = main.withClock(bundle.loader()).load();
    } catch (BundleValidationException e) {
      StringWriter report = new StringWriter();
      try {
        Format.TEXT.writer().write(List.of(new Checked(bundle, e.report())), report);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      Output.write(report.toString(), null, spec.commandLine().getOut());
      return ExitCode.INVALID;
    }
    ReviewDecision chosen;
    try {
      chosen = ReviewDecision.of(decision);
    } catch (IllegalArgumentException e) {
      throw new CliException("--decision: " + e.getMessage());
    }
    LocalDate day = date("--date", date);
    Optional<LocalDate> next = Optional.ofNullable(nextReview).map(d -> date("--next-review", d));
    List<Item> reviewed = new ArrayList<>();
    for (String item : items) {
      reviewed.add(content.item(item.strip()).orElseThrow(() -> new CliException("--items: '" + item
          + "' is not an item of " + bundle.shown())));
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("reviews");
      g.writeStartObject();
      g.writeStringProperty("id", id);
      g.writeObjectPropertyStart("reviewer");
      g.writeStringProperty("name", reviewer);
      g.writeStringProperty("role", role);
      g.writeEndObject();
      g.writeStringProperty("date", day.toString());
      g.writeStringProperty("decision", chosen.code());
      if (next.isPresent()) {
        g.writeStringProperty("nextReview", next.get().toString());
      }
      if (note != null) {
        g.writeStringProperty("note", note);
      }
      g.writeArrayPropertyStart("items");
      for (Item item : reviewed) {
        g.writeStartObject();
        g.writeStringProperty("item", item.id().value());
        g.writeStringProperty("fingerprint", content.reviewFingerprint(item));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    Output.write(out + "\n", output, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  private static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new CliException(option + ": '" + value + "' is not a date written YYYY-MM-DD");
    }
  }
}
