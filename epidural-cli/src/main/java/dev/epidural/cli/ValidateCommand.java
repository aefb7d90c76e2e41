package dev.epidural.cli;

import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.Format;
import dev.epidural.content.Loader;
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
import picocli.CommandLine;

/** {@code epidural validate}: validates bundles, all in one run, and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Validates content bundles and reports every problem, located by file, line and column.",
        "A PATH is a bundle folder, a .zip of one, or its bundle.json; " + BundleArg.BUILTIN
            + " (or --builtin) is the bundle shipped with the SDK."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every bundle is valid (warnings allowed unless --strict)",
        "1:a bundle has errors (with --strict: any problem)",
        "2:usage or I/O error: bad option, a PATH that does not exist or is not a bundle, unwritable --output"})
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = LowercaseEnums.FormatConverter.class, completionCandidates = LowercaseEnums.FormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--max-grade", paramLabel = "GRADE", defaultValue = "8", converter = GradeConverter.class,
      description = "Warn (EPI-TEXT-009) about an English patient text that reads above this Flesch-Kincaid "
          + "grade level (default: ${DEFAULT-VALUE}); 'off' turns the readability rule off.")
  double maxGrade;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  Path output;

  @Option(names = "--builtin", description = "Also validate the built-in bundle (same as the PATH "
      + BundleArg.BUILTIN + ").")
  boolean builtin;

  @Option(names = "--watch", description = "Validate again after every change to the bundle folders, printing a"
      + " fresh report each time, until interrupted (Ctrl-C).")
  boolean watch;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Bundles to validate.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    if (watch) {
      return ValidateWatch.watch(this);
    }
    List<String> args = new ArrayList<>();
    if (builtin) {
      args.add(BundleArg.BUILTIN);
    }
    args.addAll(paths);
    if (args.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing bundle: give at least one PATH, or --builtin");
    }
    // Check every path before validating any, so a typo fails fast and no partial report is written.
    List<BundleArg> bundles = args.stream().map(BundleArg::parse).toList();
    List<Checked> checked = new ArrayList<>(bundles.size());
    for (BundleArg bundle : bundles) {
      checked.add(new Checked(bundle, bundle.loader().strict(strict).clock(main.clock())
          .readabilityGrade(maxGrade).validate()));
    }
    // Reports are capped in size (see docs/problems.md) and streamed: no rendered copy is held.
    Output.stream(out -> format.writer().write(checked, out), output, spec.commandLine().getOut());
    return checked.stream().allMatch(c -> c.report().isValid()) ? ExitCode.OK : ExitCode.INVALID;
  }

  /** Reads {@code --max-grade}: a grade such as {@code 8} or {@code 6.5}, or {@code off}. */
  static final class GradeConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      if (value.equalsIgnoreCase("off")) {
        return Loader.NO_READABILITY_LIMIT;
      }
      try {
        double grade = Double.parseDouble(value);
        if (Double.isFinite(grade)) {
          return grade;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a grade level; give a number such as 8 "
          + "or 6.5, or 'off'");
    }
  }
}
