package dev.epidural.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code epidural}: validates, compares and describes Epidural SDK content bundles. Run it with
 * {@code java -jar epidural-cli.jar}; see {@code docs/cli.md}.
 *
 * <p>Exit codes: 0 valid, 1 content problems, 2 usage or I/O errors. Nothing is printed but the
 * report and, on failure, one line on stderr; {@code --debug} adds the stack trace of an internal
 * error.
 */
@Command(name = "epidural", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Validates, compares and describes Epidural SDK content bundles.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:valid (warnings allowed unless --strict); diff: both bundles loaded",
        "1:content problems: a bundle is invalid",
        "2:usage or I/O error: bad option, missing bundle path, unwritable --output"})
public final class Main implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal error, print its stack trace.")
  boolean debug;

  private final Clock clock;

  /** The command with the system clock. */
  public Main() {
    this(Clock.system(java.time.ZoneId.systemDefault()));
  }

  /**
   * The command with a clock that decides whether review dates have passed.
   *
   * @param clock the clock
   */
  public Main(Clock clock) {
    this.clock = clock;
  }

  /** The clock review dates are checked against. */
  Clock clock() {
    return clock;
  }

  /** With no command: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use validate, diff or schema");
  }

  /**
   * The command line, with its error handling: usage errors and {@link CliException}s are one line
   * on stderr and exit 2; any other failure is reported the same way, without a stack trace unless
   * {@code --debug} was given.
   *
   * @param clock the clock for review dates
   * @param out standard output
   * @param err standard error
   * @return the configured command line
   */
  public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
    return commandLine(clock, out, err, null);
  }

  /** The subcommands, by name; a supplier each, so that only the one being run is built. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand::new);
    commands.put("diff", DiffCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("review-record", ReviewRecordCommand::new);
    commands.put("review-packet", ReviewPacketCommand::new);
    commands.put("fmt", FmtCommand::new);
    commands.put("init", InitCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("explain", ExplainCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  /**
   * The command line for running {@code firstArgument}: picocli reflects over every command it is
   * given, which is a good part of a cold start, so when the first argument names a command only
   * that one is built. Otherwise (help, usage errors, no argument) all are, so usage lists them all.
   */
  static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, String firstArgument) {
    CommandLine cmd = new CommandLine(new Main(clock));
    if (firstArgument != null && COMMANDS.containsKey(firstArgument)) {
      cmd.addSubcommand(firstArgument, COMMANDS.get(firstArgument).get());
    } else {
      COMMANDS.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
    }
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      PrintWriter e = failed.getErr();
      e.println("epidural: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
      e.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      e.flush();
      if (failed.getCommand() instanceof ValidateCommand validate && !validate.usageErrorReported) {
        // Found before the command ran (an option missing its value, say): a SARIF run still gets its log.
        ValidateCommand.reportUsageErrorFromArguments(args, ex.getMessage(), failed.getOut());
      }
      return ExitCode.USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, failed, parseResult) -> {
      PrintWriter e = failed.getErr();
      boolean debug = debugRequested(parseResult);
      if (ex instanceof CliException) {
        e.println("epidural: " + ex.getMessage());
      } else {
        e.println("epidural: internal error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
            : ex.getMessage()) + (debug ? "" : " (run with --debug to see where)"));
      }
      if (debug) {
        ex.printStackTrace(e);
      }
      e.flush();
      return ExitCode.USAGE;
    });
    return cmd;
  }

  private static boolean debugRequested(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the CLI and exits with its exit code. Output is UTF-8 whatever the platform's default.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code;
    try {
      code = run(args, Clock.system(java.time.ZoneId.systemDefault()), out, err);
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(code);
  }

  /**
   * Runs the command line and returns its exit code, with the error handling of
   * {@link #commandLine}; an {@link Error} (out of memory, stack overflow), which picocli passes
   * on, is caught here too: one line on stderr and exit 2, its stack trace only with
   * {@code --debug}.
   */
  static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err) {
    try {
      return commandLine(clock, out, err, args.length > 0 ? args[0] : null).execute(args);
    } catch (Error e) {
      out.flush();
      boolean debug = java.util.Arrays.asList(args).contains("--debug");
      String what = e instanceof OutOfMemoryError ? "out of memory"
          : e instanceof StackOverflowError ? "out of stack" : e.getClass().getSimpleName();
      err.println("epidural: internal error: " + what + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + (debug ? "" : " (run with --debug to see where)"));
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCode.USAGE;
    }
  }
}
