package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top-level error handling: one line for any failure, a stack trace only with --debug. */
class MainTest {

  /** Runs with no clock, which makes validation fail inside the loader: an internal error. */
  private static Cli.Result runBroken(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(null, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  @Test
  void anInternalErrorIsOneLineAndExitTwo() {
    Cli.Result r = runBroken("validate", bundle("valid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("epidural: internal error: ").endsWith(" (run with --debug to see where)\n")
        .hasLineCount(1);
    Cli.assertNoStackTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"before", "after"})
  void debugShowsTheStackTraceWhereverItIsGiven(String where) {
    Cli.Result r = where.equals("before")
        ? runBroken("--debug", "validate", bundle("valid"))
        : runBroken("validate", "--debug", bundle("valid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("epidural: internal error: ").contains("\tat ")
        .doesNotContain("run with --debug");
  }

  @Test
  void debugDoesNotChangeANormalRun() {
    Cli.Result r = Cli.run("validate", "--debug", bundle("valid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void topLevelHelpListsTheCommandsAndExitCodes() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("validate", "diff", "schema", "Exit codes:");
  }
}
