package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.ReviewStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code epidural review-record} writes a sign-off the validator accepts, with fingerprints it computed. */
class ReviewRecordCommandTest {

  @Test
  void aRecordedApprovalMakesTheItemClinicallyReviewed(@TempDir Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(Cli.bundle("valid")))) {
      for (Path f : files.toList()) {
        Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    Cli.Result r = Cli.run("review-record", "--id", "r1", "--reviewer", "Dr. Eve Madeup", "--role", "anaesthetist",
        "--date", "2026-11-30", "--decision", "approved", "--items", "approach-transforaminal",
        "-o", tmp.resolve("reviews.json").toString(), tmp.toString());
    assertThat(r.exitCode()).as(r.all()).isZero();
    Path manifest = tmp.resolve("bundle.json");
    String m = Files.readString(manifest, StandardCharsets.UTF_8);
    Files.writeString(manifest, m.substring(0, m.lastIndexOf('}')) + ", \"reviews\": [\"reviews.json\"]}\n",
        StandardCharsets.UTF_8);

    EpiduralContent content = EpiduralContent.loader().from(tmp).clock(Cli.CLOCK).strict(true).load();

    assertThat(content.item("approach-transforaminal").orElseThrow().review().status())
        .isEqualTo(ReviewStatus.CLINICALLY_REVIEWED);
    assertThat(Cli.run("validate", "--strict", tmp.toString()).exitCode()).isZero();
  }

  @Test
  void badInputIsOneLineAndAUsageError() {
    Cli.Result unknown = Cli.run("review-record", "--id", "r1", "--reviewer", "A", "--role", "B", "--date",
        "2026-11-30", "--decision", "approved", "--items", "no-such-item", Cli.bundle("valid"));
    Cli.Result badDate = Cli.run("review-record", "--id", "r1", "--reviewer", "A", "--role", "B", "--date",
        "30/11/2026", "--decision", "approved", "--items", "approach-transforaminal", Cli.bundle("valid"));
    Cli.Result badDecision = Cli.run("review-record", "--id", "r1", "--reviewer", "A", "--role", "B", "--date",
        "2026-11-30", "--decision", "ok", "--items", "approach-transforaminal", Cli.bundle("valid"));

    for (Cli.Result r : new Cli.Result[] {unknown, badDate, badDecision}) {
      assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCode.USAGE);
      assertThat(r.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(unknown.err()).contains("no-such-item");
    assertThat(badDate.err()).contains("30/11/2026");
    assertThat(badDecision.err()).contains("'ok'");
  }
}
