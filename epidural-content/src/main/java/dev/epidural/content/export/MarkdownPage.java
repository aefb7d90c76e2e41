package dev.epidural.content.export;

import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A page of Markdown being written, for {@link MarkdownExporter}: blocks (headings, paragraphs,
 * lists) separated by a blank line, the page ending with a line break; every text escaped as it is
 * appended. Not thread-safe.
 */
final class MarkdownPage extends PageWriter {

  /** What a page of one procedure takes, about. */
  private static final int CAPACITY = 4096;

  /** The blocks written so far. */
  private int blocks;
  /** Where the open block starts, before its separator, and where its own text starts. */
  private int blockStart;
  private int textStart;
  /** Whether a block that came out empty is left out (in one item's page) or kept as an empty block. */
  private boolean dropEmptyBlocks;
  /** The lines of the open list of facts so far. */
  private int factLines;
  private boolean numbered;

  MarkdownPage(ExportContent content, ExportOptions options) {
    super(content, options, CAPACITY);
  }

  private void beginBlock() {
    blockStart = out.length();
    if (blocks > 0) {
      out.append("\n\n");
    }
    textStart = out.length();
  }

  private void endBlock() {
    if (dropEmptyBlocks && out.length() == textStart) {
      out.setLength(blockStart);
    } else {
      blocks++;
    }
  }

  @Override
  void beginArticle(String cssClass, Item item) {
    // A Markdown page is its blocks.
  }

  @Override
  void endArticle() {
    out.append('\n');
  }

  @Override
  void beginItem(Item item) {
    dropEmptyBlocks = true;
  }

  @Override
  void endItem() {
    dropEmptyBlocks = false;
    out.append('\n');
  }

  @Override
  void beginFaq() {
    // A Markdown page is its blocks.
  }

  @Override
  void endFaq() {
    out.append('\n');
  }

  @Override
  void beginFaqEntry(FaqEntry entry) {
    // Each entry is its heading and blocks.
  }

  @Override
  void endFaqEntry() {
    // Nothing closes an entry.
  }

  @Override
  void heading(int level, String text) {
    beginBlock();
    for (int i = 0; i < level; i++) {
      out.append('#');
    }
    out.append(' ');
    Escape.markdownInline(text, out);
    endBlock();
  }

  @Override
  void paragraphs(String cssClass, String text) {
    beginBlock();
    Escape.markdownBlock(text, out);
    endBlock();
  }

  @Override
  void inline(Text text) {
    Escape.markdownInline(options.resolve(text), out);
  }

  @Override
  void text(String text) {
    Escape.markdownInline(text, out);
  }

  @Override
  void date(LocalDate date) {
    out.append(date);
  }

  @Override
  void named(Text name, Optional<Text> detail) {
    int start = out.length();
    out.append("**");
    Escape.markdownInline(options.resolve(name), out);
    if (out.length() == start + 2) {
      // No name to show: no empty emphasis.
      out.setLength(start);
      if (detail.isPresent()) {
        inline(detail.get());
      }
    } else if (detail.isPresent()) {
      out.append(":** ");
      inline(detail.get());
    } else {
      out.append("**");
    }
  }

  @Override
  void lead(Text name) {
    out.append("**");
    inline(name);
    out.append(":** ");
  }

  @Override
  void beginFacts() {
    beginBlock();
    factLines = 0;
  }

  @Override
  void fact(Label label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    if (factLines++ > 0) {
      out.append('\n');
    }
    out.append("- **");
    Escape.markdownInline(options.label(label), out);
    out.append(":** ");
    // Escaped as one line: where it starts and ends matters to Markdown.
    Escape.markdownInline(values.size() == 1 ? values.get(0) : String.join(", ", values), out);
  }

  @Override
  void endFacts() {
    endBlock();
  }

  @Override
  void beginSection(String cssClass, String heading) {
    heading(2, heading);
  }

  @Override
  void endSection() {
    // The section ends with its list.
  }

  @Override
  void beginList(boolean numberedList, String cssClass) {
    beginBlock();
    numbered = numberedList;
  }

  @Override
  void beginListItem(int index) {
    if (index > 0) {
      out.append('\n');
    }
    if (numbered) {
      out.append(index + 1).append(". ");
    } else {
      out.append("- ");
    }
  }

  @Override
  void endListItem() {
    // One line an item.
  }

  @Override
  void endList(boolean numberedList) {
    endBlock();
  }

  @Override
  void cites(List<Integer> numbers, List<PageFacts.CitedSource> cited) {
    beginBlock();
    Escape.markdownInline(options.label(Label.CITED), out);
    out.append(' ');
    for (int i = 0; i < numbers.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append("\\[").append(numbers.get(i)).append("\\]");
    }
    endBlock();
  }

  @Override
  void sources(List<PageFacts.CitedSource> cited) {
    if (cited.isEmpty()) {
      return;
    }
    heading(2, options.label(Label.SOURCES));
    beginBlock();
    for (int i = 0; i < cited.size(); i++) {
      PageFacts.CitedSource entry = cited.get(i);
      Source source = entry.source();
      if (i > 0) {
        out.append('\n');
      }
      out.append(entry.number()).append(". ");
      Optional<String> url = content.link(source);
      if (url.isPresent()) {
        out.append('[');
        Escape.markdownInline(source.title(), out);
        out.append("](<").append(url.get()).append(">)");
      } else {
        Escape.markdownInline(source.title(), out);
      }
      out.append(", ");
      Escape.markdownInline(source.publisher(), out);
      if (source.published().isPresent()) {
        out.append(", ").append(source.published().get());
      }
      out.append('.');
      if (!entry.locators().isEmpty()) {
        out.append(' ');
        Escape.markdownInline(String.join("; ", entry.locators()), out);
      }
    }
    endBlock();
  }

  @Override
  void beginReview(ReviewStatus status) {
    beginBlock();
    out.append("> ");
  }

  @Override
  void endReview() {
    endBlock();
  }
}
