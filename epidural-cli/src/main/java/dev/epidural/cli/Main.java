package dev.epidural.cli;

import dev.epidural.content.Loader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
    this(SYSTEM);
  }

  /**
   * The command with a clock that decides whether review dates have passed.
   *
   * @param clock the clock
   */
  public Main(Clock clock) {
    this.clock = clock;
  }

  /**
   * {@code loader} with the clock review dates are checked against. The system clock is the
   * loader's default, which finds today's date without loading the JDK's time-zone rules: a zone
   * looked up here would cost a cold start about as much as a plain {@code java Hello}.
   */
  Loader withClock(Loader loader) {
    return clock instanceof SystemDefaultZone ? loader : loader.clock(clock);
  }

  /** The system clock in the default time zone, which {@link #withClock} leaves to the loader. */
  static final Clock SYSTEM = new SystemDefaultZone();

  /**
   * The system clock in the default time zone, as {@code Clock.system(ZoneId.systemDefault())}, but
   * looking the zone up only when asked: the loader, given no clock, finds today's date without it.
   */
  private static final class SystemDefaultZone extends Clock {
    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now();
    }

    @Override
    public long millis() {
      return System.currentTimeMillis();
    }
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

  /** The subcommands' names, in the order usage lists them. */
  private static final List<String> COMMANDS = List.of("validate", "diff", "schema", "review-record",
      "review-packet", "fmt", "init", "export", "explain");

  /**
   * A new instance of the subcommand {@code name}, one of {@link #COMMANDS}: built only when it is
   * needed. A switch rather than a map of constructor references, each of which would be a class
   * spun at start-up.
   */
  private static Object command(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "diff" -> new DiffCommand();
      case "schema" -> new SchemaCommand();
      case "review-record" -> new ReviewRecordCommand();
      case "review-packet" -> new ReviewPacketCommand();
      case "fmt" -> new FmtCommand();
      case "init" -> new InitCommand();
      case "export" -> new ExportCommand();
      case "explain" -> new ExplainCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /**
   * The command line for running {@code firstArgument}: picocli reflects over every command it is
   * given, which is a good part of a cold start, so when the first argument names a command only
   * that one is built. Otherwise (help, usage errors, no argument) all are, so usage lists them all.
   */
  static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, String firstArgument) {
    CommandLine cmd = new CommandLine(new Main(clock));
    if (firstArgument != null && COMMANDS.contains(firstArgument)) {
      cmd.addSubcommand(firstArgument, command(firstArgument));
    } else {
      for (String name : COMMANDS) {
        cmd.addSubcommand(name, command(name));
      }
    }
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(FAILURES);
    cmd.setExecutionExceptionHandler(FAILURES);
    return cmd;
  }

  private static final Failures FAILURES = new Failures();

  /**
   * How a run that fails is reported: one line on stderr and exit 2. A class rather than two
   * lambdas, which would be spun at every start.
   */
  private static final class Failures implements CommandLine.IParameterExceptionHandler,
      CommandLine.IExecutionExceptionHandler {

    /** A usage error: the message, picocli's suggestions and where to find help. */
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
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
    }

    /** A {@link CliException}'s message, or an internal error, with its stack trace only for {@code --debug}. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine failed, ParseResult parseResult) {
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
    }
  }
  private static boolean debugRequested(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** The system property picocli reads for built-in type converters not to register. */
  private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

  /**
   * Picocli's converters for {@code java.sql} and {@code java.time} types, which no option here
   * has. Picocli looks each one up by reflection whenever it builds a command line, loading a module
   * for it; leaving them out took about a tenth off a cold run. One regular expression, as picocli
   * matches every pattern against every converter's class.
   */
  private static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

  /**
   * Runs the CLI and exits with its exit code. Output is UTF-8 whatever the platform's default.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
      System.setProperty(CONVERTERS_EXCLUDED, UNUSED_CONVERTERS);
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code;
    try {
      code = run(args, SYSTEM, out, err);
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
