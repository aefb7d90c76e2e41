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

  /** A standard output that runs out of memory as the report is written to it. */
  private static Cli.Result runOutOfMemory(String... args) {
    StringWriter err = new StringWriter();
    PrintWriter out = new PrintWriter(new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        throw new OutOfMemoryError("Java heap space");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    int code = Main.run(args, Cli.CLOCK, out, new PrintWriter(err));
    return new Cli.Result(code, "", err.toString());
  }

  @Test
  void anErrorSuchAsOutOfMemoryIsOneLineAndExitTwo() {
    Cli.Result r = runOutOfMemory("validate", bundle("invalid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("epidural: internal error: out of memory: Java heap space (run with --debug to see where)\n");
    Cli.assertNoStackTrace(r);
  }

  @Test
  void debugShowsTheStackTraceOfAnError() {
    Cli.Result r = runOutOfMemory("validate", "--debug", bundle("invalid"));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("epidural: internal error: out of memory").contains("\tat ", "OutOfMemoryError");
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
