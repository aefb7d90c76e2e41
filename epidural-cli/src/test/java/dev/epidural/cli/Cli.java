package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the CLI in-process with captured output, on a fixed date so review dates never drift. */
final class Cli {

  /** The date tests run "on": after every lastReviewed and before every nextReview of the fixtures. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  /** Test bundles, relative to the module folder (Maven runs tests there), as a user would type them. */
  static final String BUNDLES = "src/test/resources/bundles/";

  private Cli() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    /** Output of both streams, for assertions that no stack trace leaked anywhere. */
    String all() {
      return out + err;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(CLOCK, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A test bundle's path as typed on the command line; fails if the fixture is missing. */
  static String bundle(String name) {
    String path = BUNDLES + name;
    assertThat(Path.of(path)).as("test bundle %s (tests run from the module folder)", name).exists();
    return path;
  }

  /** Asserts that output shows no stack trace and names no exception. */
  static void assertNoStackTrace(Result r) {
    assertThat(r.all()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  static String read(Path file) throws java.io.IOException {
    return Files.readString(file);
  }
}
