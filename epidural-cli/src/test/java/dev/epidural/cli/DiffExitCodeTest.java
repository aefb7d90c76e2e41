package dev.epidural.cli;

import static dev.epidural.cli.Cli.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code diff --exit-code}: 1 when the bundles differ, 0 when they are equal, the diff printed either way. */
class DiffExitCodeTest {

  @Test
  void differentBundlesExitWithOneAndPrintTheUsualDiff() throws IOException {
    Cli.Result r = Cli.run("diff", "--exit-code", bundle("valid"), bundle("valid-v2"));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().replace(VersionProvider.version(), "@VERSION@"))
        .isEqualTo(Files.readString(Path.of("src/test/resources/golden/diff.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void equalBundlesExitWithZero() {
    Cli.Result r = Cli.run("diff", "--exit-code", bundle("valid"), bundle("valid") + "/bundle.json");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("0 added, 0 removed, 0 changed");
  }

  @Test
  void withoutTheOptionDifferentBundlesStillExitWithZero() {
    assertThat(Cli.run("diff", bundle("valid"), bundle("valid-v2")).exitCode()).isZero();
  }

  @Test
  void anInvalidBundleStillExitsWithOneAndUsageErrorsWithTwo() {
    assertThat(Cli.run("diff", "--exit-code", bundle("valid"), bundle("invalid")).exitCode()).isEqualTo(1);
    assertThat(Cli.run("diff", "--exit-code", bundle("valid"), "no-such-bundle").exitCode()).isEqualTo(2);
  }

  @Test
  void jsonAndMarkdownFollowTheSameRule() {
    for (String format : new String[] {"json", "markdown"}) {
      assertThat(Cli.run("diff", "--exit-code", "--format", format, bundle("valid"), bundle("valid-v2")).exitCode())
          .as(format).isEqualTo(1);
      assertThat(Cli.run("diff", "--exit-code", "--format", format, bundle("valid"), bundle("valid")).exitCode())
          .as(format).isZero();
    }
  }
}
