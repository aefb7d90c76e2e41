package dev.epidural.cli;

import dev.epidural.cli.diff.BundleDiff;
import dev.epidural.cli.diff.DiffFormat;
import dev.epidural.cli.diff.DiffReport;
import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.Format;
import dev.epidural.content.BundleValidationException;
import dev.epidural.content.EpiduralContent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code epidural diff}: what changed between two bundles, for review in a pull request. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Lists the items added, removed and changed between two bundles.",
        "A changed item lists its changed fields and, for texts, the changed audience variants.",
        "Both bundles must be valid; if one is not, its problems are reported instead.",
        "OLD and NEW are bundle folders, zips, bundle.json files or " + BundleArg.BUILTIN + "."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:both bundles loaded (with --exit-code: and they are equal)",
        "1:a bundle is invalid; its problems are reported (with --exit-code: or the bundles differ)",
        "2:usage or I/O error"})
public final class DiffCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "OLD", description = "The bundle before the change.")
  String oldPath;

  @Parameters(index = "1", paramLabel = "NEW", description = "The bundle after the change.")
  String newPath;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = LowercaseEnums.DiffFormatConverter.class,
      completionCandidates = LowercaseEnums.DiffFormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiffFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the diff to FILE (UTF-8) instead of standard output.")
  Path output;

  @Option(names = "--exit-code", description = "Exit with 1 when the bundles differ and 0 when they are equal,"
      + " as git diff --exit-code does.")
  boolean exitCode;

  @Override
  public Integer call() {
    BundleArg oldBundle = BundleArg.parse(oldPath);
    BundleArg newBundle = BundleArg.parse(newPath);
    List<Checked> invalid = new ArrayList<>();
    EpiduralContent before = load(oldBundle, invalid);
    EpiduralContent after = load(newBundle, invalid);
    StringWriter rendered = new StringWriter();
    boolean differ = false;
    try {
      if (!invalid.isEmpty()) {
        switch (format) {
          case TEXT -> Format.TEXT.writer().write(invalid, rendered);
          case JSON -> Format.JSON.writer().write(invalid, rendered);
          case MARKDOWN -> DiffReport.invalid(invalid, rendered);
          default -> throw new IllegalStateException(format.toString());
        }
      } else {
        BundleDiff diff = BundleDiff.of(before, after);
        differ = !diff.isEmpty();
        DiffReport.write(diff, oldBundle.shown(), newBundle.shown(), format, rendered);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Output.write(rendered.toString(), output, spec.commandLine().getOut());
    return invalid.isEmpty() && !(exitCode && differ) ? ExitCode.OK : ExitCode.INVALID;
  }

  private EpiduralContent load(BundleArg bundle, List<Checked> invalid) {
    try {
      return main.withClock(bundle.loader()).load();
    } catch (BundleValidationException e) {
      invalid.add(new Checked(bundle, e.report()));
      return null;
    }
  }
}
