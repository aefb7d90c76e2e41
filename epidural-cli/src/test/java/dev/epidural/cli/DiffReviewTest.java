package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code epidural diff} marks the changed items whose approval the change invalidates. */
class DiffReviewTest {

  private static final Path VALID = Path.of("src/test/resources/schema/valid");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.commandLine(Cli.CLOCK, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return out + err.toString();
  }

  private static Path copy(Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(VALID)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  @Test
  void anEditToAnApprovedItemIsMarkedAsNeedingANewReview(@TempDir Path tmp) throws IOException {
    Path before = copy(tmp.resolve("old"));
    Path after = copy(tmp.resolve("new"));
    Path content = after.resolve("everything.json");
    String s = Files.readString(content, StandardCharsets.UTF_8);
    Files.writeString(content, s.replace("\"title\": \"The epidural space\"", "\"title\": \"The epidural space (edited)\""),
        StandardCharsets.UTF_8);

    String text = run("diff", before.toString(), after.toString());
    String json = run("diff", "--format", "json", before.toString(), after.toString());
    String md = run("diff", "--format", "markdown", before.toString(), after.toString());
    String same = run("diff", before.toString(), before.toString());

    assertThat(text).contains("needs a new review: the approval by Dr. Dee Fictional");
    assertThat(json).contains("\"invalidatedApproval\"").contains("\"signOff\"");
    assertThat(md).contains("**needs a new review**");
    assertThat(same).doesNotContain("needs a new review");
  }
}
