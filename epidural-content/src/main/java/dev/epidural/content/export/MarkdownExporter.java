package dev.epidural.content.export;

import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import java.util.List;
import java.util.Objects;

/**
 * Exports content as Markdown (CommonMark, also read correctly by GitHub-flavoured renderers): one
 * item, a procedure overview page or the patient FAQ page. Every text is escaped, {@code <} and
 * {@code &} included, so no raw HTML, entity, link or emphasis can come from content; only
 * {@code http} and {@code https} source URLs become links. Every page ends with its sources and
 * review notice. Immutable and thread-safe.
 *
 * <pre>{@code
 * MarkdownExporter md = MarkdownExporter.of(ExportContent.from(EpiduralContent.builtIn()),
 *     ExportOptions.of(Audience.PATIENT));
 * String faq = md.faqPage();
 * }</pre>
 */
public final class MarkdownExporter {

  private final ExportContent content;
  private final ExportOptions options;

  private MarkdownExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
  }

  /**
   * An exporter of {@code content} rendered with {@code options}.
   *
   * <pre>{@code
   * MarkdownExporter md = MarkdownExporter.of(content, ExportOptions.of(Audience.PATIENT));
   * }</pre>
   *
   * @param content what to export
   * @param options how to render it
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static MarkdownExporter of(ExportContent content, ExportOptions options) {
    return new MarkdownExporter(Objects.requireNonNull(content, "content"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * A procedure overview, as {@link HtmlExporter#procedureOverview(Procedure)} shows it: a level-1
   * heading, the summary, the facts, each section as a level-2 heading with a list (the steps
   * numbered, in order), the sources and the review notice.
   *
   * @param procedure a procedure of the content
   * @return the Markdown, ending with a line break
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  public String procedureOverview(Procedure procedure) {
    MarkdownPage page = new MarkdownPage(content, options);
    page.overview(procedure);
    return page.page();
  }

  /**
   * The patient FAQ page of every FAQ entry of the content.
   *
   * @return the Markdown, ending with a line break
   */
  public String faqPage() {
    return faqPage(content.all(FaqEntry.class));
  }

  /**
   * A FAQ page of these entries: a level-1 heading, each question as a level-2 heading with its
   * answer and the numbers of the sources it cites, the sources, and the review notice.
   *
   * @param entries FAQ entries of the content, in the order to show
   * @return the Markdown, ending with a line break
   * @throws IllegalArgumentException if an entry is not part of the content
   */
  public String faqPage(List<FaqEntry> entries) {
    MarkdownPage page = new MarkdownPage(content, options);
    page.faq(entries);
    return page.page();
  }

  /**
   * One item: its name or question as a level-2 heading, its texts, its sources and its review
   * notice. A procedure gives its {@link #procedureOverview(Procedure) overview}.
   *
   * @param item an item of the content
   * @return the Markdown, ending with a line break
   * @throws IllegalArgumentException if {@code item} is not part of the content
   */
  public String item(Item item) {
    MarkdownPage page = new MarkdownPage(content, options);
    page.item(item);
    return page.page();
  }
}
