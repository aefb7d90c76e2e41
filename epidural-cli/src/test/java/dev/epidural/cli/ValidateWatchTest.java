package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --watch} on a temporary bundle: a fresh report after each save, until interrupted.
 * Waits for output with a generous timeout; asserts nothing about how fast it comes.
 */
class ValidateWatchTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir
  Path tmp;

  @Test
  void reportsAgainAfterEverySaveUntilInterrupted() throws Exception {
    Path dir = FmtCommandTest.copy("valid", tmp.resolve("clinic"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread watch = new Thread(() -> exit.set(Main.commandLine(Cli.CLOCK, new PrintWriter(out, true),
        new PrintWriter(err, true)).execute("validate", "--watch", dir.toString())));
    watch.start();
    try {
      await(() -> count(out, " is valid") == 1 && err.toString().contains("watching 1 folder"));

      Path procedures = dir.resolve("procedures.json");
      String valid = Files.readString(procedures);
      Files.writeString(procedures, valid.replace("\"steps\": [\"step-placement\"]", "\"steps\": [\"step-missing\"]"));
      await(() -> out.toString().contains("error EPI-REF-002"));
      assertThat(out.toString()).contains(dir + "/procedures.json:");

      Files.writeString(procedures, valid);
      await(() -> count(out, " is valid") == 2);
    } finally {
      watch.interrupt();
      watch.join(TIMEOUT.toMillis());
    }
    assertThat(watch.isAlive()).as("the watch ends when interrupted").isFalse();
    assertThat(exit.get()).isZero();
    assertThat(err.toString()).contains("change detected").doesNotContain("Exception");
  }

  @Test
  void theBuiltInBundleCannotBeWatched() {
    Cli.Result r = Cli.run("validate", "--watch", "--builtin");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cannot watch the built-in bundle");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingPathIsAUsageErrorAtOnce() {
    Cli.Result r = Cli.run("validate", "--watch", tmp.resolve("nothing").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory");
  }

  private static int count(StringWriter out, String what) {
    String s = out.toString();
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static void await(BooleanSupplier condition) throws InterruptedException, IOException {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out after " + TIMEOUT + " waiting for the watch's output");
      }
      Thread.sleep(50);
    }
  }
}
