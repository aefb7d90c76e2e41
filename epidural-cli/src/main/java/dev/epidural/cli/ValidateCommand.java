package dev.epidural.cli;

import dev.epidural.cli.report.Checked;
import dev.epidural.cli.report.ColorMode;
import dev.epidural.cli.report.Format;
import dev.epidural.cli.report.ReportOptions;
import dev.epidural.cli.report.ReportWriter;
import dev.epidural.content.Loader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import picocli.CommandLine.Unmatched;
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
        "2:usage or I/O error: bad option, a PATH that does not exist or is not a bundle, unwritable --output "
            + "(with --format sarif the report is still a SARIF log, holding the error)"})
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

  @Option(names = "--max-grade", paramLabel = "GRADE", defaultValue = "8",
      description = "Warn (EPI-TEXT-009) about an English patient text that reads above this Flesch-Kincaid "
          + "grade level (default: ${DEFAULT-VALUE}); 'off' turns the readability rule off.")
  String maxGrade;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  Path output;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text report: auto (when standard output is a terminal and NO_COLOR is not set), "
          + "always or never (default: ${DEFAULT-VALUE}).")
  String color;

  @Option(names = "--sarif-base", paramLabel = "DIR",
      description = "SARIF artifact URIs are relative to DIR, the base id SRCROOT (default: the working "
          + "directory); give the repository root. Bundles outside DIR get a base id of their own.")
  Path sarifBase;

  @Option(names = "--builtin", description = "Also validate the built-in bundle (same as the PATH "
      + BundleArg.BUILTIN + ").")
  boolean builtin;

  @Option(names = "--watch", description = "Validate again after every change to the bundle folders, printing a"
      + " fresh report each time, until interrupted (Ctrl-C).")
  boolean watch;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Bundles to validate.")
  List<String> paths = new ArrayList<>();

  // Unknown options are collected rather than refused while parsing, so that they are reported
  // from call(), where --format is known and a SARIF run still gets its log.
  @Unmatched
  List<String> unmatched = new ArrayList<>();

  /** Set once this run wrote its usage-error report, so that {@link Main}'s handler does not again. */
  boolean usageErrorReported;

  @Override
  public Integer call() {
    if (watch) {
      return ValidateWatch.watch(this);
    }
    try {
      return validate();
    } catch (CommandLine.ParameterException | CliException e) {
      if (format != null && format.reportsUsageErrors()) {
        reportUsageError(e.getMessage());
      }
      throw e;
    }
  }

  private int validate() {
    if (!unmatched.isEmpty()) {
      throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), unmatched);
    }
    ColorMode colorMode;
    try {
      colorMode = ColorMode.parse(color);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--color': " + e.getMessage());
    }
    double grade = grade(maxGrade);
    if (sarifBase != null && !Files.isDirectory(sarifBase)) {
      throw new CliException("--sarif-base " + sarifBase + " is not a folder");
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
    List<BundleArg> bundles = new ArrayList<>(args.size());
    for (String arg : args) {
      bundles.add(BundleArg.parse(arg));
    }
    List<Checked> checked = new ArrayList<>(bundles.size());
    for (BundleArg bundle : bundles) {
      checked.add(new Checked(bundle, main.withClock(bundle.loader()).strict(strict)
          .readabilityGrade(grade).validate()));
    }
    boolean colors = format == Format.TEXT && colorMode.colors(output == null && ColorMode.stdoutIsTerminal(),
        System.getenv("NO_COLOR"), System.getenv("TERM"));
    ReportOptions options = new ReportOptions(colors, sarifBase == null ? Path.of("") : sarifBase);
    // Reports are capped in size (see docs/problems.md) and streamed: no rendered copy is held.
    ReportWriter writer = format.writer();
    Output.stream(new Output.Rendering() {
      @Override
      public void to(Writer out) throws IOException {
        writer.write(checked, options, out);
      }
    }, output, spec.commandLine().getOut());
    for (Checked c : checked) {
      if (!c.report().isValid()) {
        return ExitCode.INVALID;
      }
    }
    return ExitCode.OK;
  }

  /**
   * For a usage error picocli finds before this command runs: when the raw arguments ask for a
   * format that reports usage errors (SARIF), writes that report where {@code --output} names, or to
   * {@code out}. A {@code --format} value that is not a format asks for none.
   */
  static void reportUsageErrorFromArguments(String[] args, String message, PrintWriter out) {
    String formatName = null;
    String outputName = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String next = i + 1 < args.length ? args[i + 1] : null;
      if ((a.equals("--format") || a.equals("-f")) && next != null) {
        formatName = next;
      } else if (a.startsWith("--format=")) {
        formatName = a.substring("--format=".length());
      } else if ((a.equals("--output") || a.equals("-o")) && next != null && !next.startsWith("-")) {
        outputName = next;
      } else if (a.startsWith("--output=")) {
        outputName = a.substring("--output=".length());
      }
    }
    Format requested = null;
    for (Format f : Format.values()) {
      if (f.toString().equalsIgnoreCase(String.valueOf(formatName))) {
        requested = f;
      }
    }
    if (requested == null || !requested.reportsUsageErrors()) {
      return;
    }
    try {
      if (outputName == null) {
        requested.writeUsageError(message, ExitCode.USAGE, out);
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(Path.of(outputName), StandardCharsets.UTF_8)) {
          requested.writeUsageError(message, ExitCode.USAGE, w);
        }
      }
    } catch (IOException | RuntimeException e) {
      // stdout is gone or the --output file cannot be written: stderr already says why the run failed
    }
  }

  /**
   * Writes the SARIF log of a failed run where the report would have gone; if even that cannot be
   * written (an unwritable --output), the error on stderr is all there is.
   */
  private void reportUsageError(String message) {
    usageErrorReported = true;
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        format.writeUsageError(message, ExitCode.USAGE, out);
      } catch (IOException e) {
        // stdout is gone: nothing more can be said there
      }
      out.flush();
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      format.writeUsageError(message, ExitCode.USAGE, out);
    } catch (IOException | RuntimeException e) {
      // the --output file cannot be written: stderr says why the run failed
    }
  }

  /** Reads {@code --max-grade}: a grade such as {@code 8} or {@code 6.5}, or {@code off}. */
  private double grade(String value) {
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
    throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--max-grade': '" + value
        + "' is not a grade level; give a number such as 8 or 6.5, or 'off'");
  }
}
