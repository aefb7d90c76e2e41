package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code epidural review-packet}: every variant, sources, a word diff, a sign-off form; Markdown with no raw HTML. */
class ReviewPacketCommandTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @Test
  void thePacketShowsVariantsSourcesChangesAndAForm(@TempDir Path tmp) throws IOException {
    Cli.Result r = Cli.run("review-packet", "--since", Cli.bundle("valid"), Cli.bundle("valid-v2"), tmp.toString());
    assertThat(r.exitCode()).as(r.all()).isZero();
    String md = Files.readString(tmp.resolve("review-packet.md"), StandardCharsets.UTF_8);
    String html = Files.readString(tmp.resolve("review-packet.html"), StandardCharsets.UTF_8);

    Path golden = GOLDEN.resolve("review-packet.md");
    if (UPDATE) {
      Files.writeString(golden, md, StandardCharsets.UTF_8);
    }
    assertThat(md).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(md).contains("## Sign-off", "### Sources", "**General**", "\\{\\+");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<ins>", "<h2>Sign-off</h2>", "Fingerprint: sha256:");
  }

  @Test
  void theMarkdownHasNoRawHtmlForACommonMarkParser(@TempDir Path tmp) throws IOException {
    assertThat(Cli.run("review-packet", "--since", Cli.bundle("valid"), Cli.bundle("valid-v2"), tmp.toString())
        .exitCode()).isZero();
    Node doc = Parser.builder().build().parse(Files.readString(tmp.resolve("review-packet.md"), StandardCharsets.UTF_8));
    List<String> raw = new ArrayList<>();
    int[] headings = {0};
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock b) {
        raw.add(b.getLiteral());
      }

      @Override
      public void visit(HtmlInline i) {
        raw.add(i.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.Heading h) {
        headings[0]++;
        visitChildren(h);
      }
    });

    assertThat(raw).isEmpty();
    assertThat(headings[0]).isGreaterThan(3);
  }

  @Test
  void markdownEscapingKeepsMarkupOut() {
    assertThat(ReviewPacketCommand.md("<b>x</b> *y*")).isEqualTo("\\<b\\>x\\<\\/b\\> \\*y\\*");
    Node doc = Parser.builder().build().parse(ReviewPacketCommand.md("<script>alert(1)</script>"));
    assertThat(doc.getFirstChild().getFirstChild()).isInstanceOf(org.commonmark.node.Text.class);
  }

  @Test
  void theWordDiffKeepsCommonWordsAndMarksTheRest() {
    assertThat(ReviewPacketCommand.wordDiff("the needle is advanced", "the needle is moved"))
        .extracting(w -> w.op() + w.word())
        .containsExactly("=the", "=needle", "=is", "+moved", "-advanced");
  }
}
