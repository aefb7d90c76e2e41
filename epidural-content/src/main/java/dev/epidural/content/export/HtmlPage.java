package dev.epidural.content.export;

import dev.epidural.content.internal.meta.Kind;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page of HTML being written, for {@link HtmlExporter}: every text escaped for its context as it
 * is appended, only {@code http} and {@code https} source URLs linked. Not thread-safe.
 */
final class HtmlPage extends PageWriter {

  /** The CSS class of each kind's article, {@code epidural-item epidural-<property in lower case>}. */
  private static final Map<Kind, String> ITEM_CLASSES = new EnumMap<>(Kind.class);

  static {
    for (Kind kind : Kind.values()) {
      ITEM_CLASSES.put(kind, "epidural-item epidural-" + kind.property().toLowerCase(Locale.ROOT));
    }
  }

  /** What a page of one procedure takes, about: most of it is the procedure's texts. */
  private static final int CAPACITY = 8192;

  HtmlPage(ExportContent content, ExportOptions options) {
    super(content, options, CAPACITY);
  }

  /** The page written so far, as a fragment. */
  HtmlFragment fragment() {
    return HtmlFragment.trusted(page());
  }

  /**
   * A list of procedures, each its name linked with {@code href} (unlinked unless it is an
   * {@code http}/{@code https} URL or a relative reference) and its summary.
   */
  void procedureList(List<Procedure> procedures, Function<Procedure, String> href) {
    out.append("<ul class=\"procedures\">");
    for (Procedure procedure : procedures) {
      content.own(procedure);
      out.append("<li><strong>");
      link(Objects.requireNonNull(href.apply(procedure), "href"), options.resolve(procedure.name()));
      out.append("</strong>");
      paragraphs("summary", options.resolve(procedure.summary()));
      out.append("</li>");
    }
    out.append("</ul>");
  }

  /** {@code text} linked to {@code href}, as {@link HtmlFragment#link(String, String)} links it. */
  private void link(String href, String text) {
    if (Escape.httpUrl(href).isPresent()) {
      out.append("<a href=\"");
      Escape.html(href, out);
      out.append("\" rel=\"noopener noreferrer\">");
      Escape.html(text, out);
      out.append("</a>");
    } else if (Escape.href(href).isPresent()) {
      out.append("<a href=\"");
      Escape.html(href, out);
      out.append("\">");
      Escape.html(text, out);
      out.append("</a>");
    } else {
      Escape.html(text, out);
    }
  }

  @Override
  void beginArticle(String cssClass, Item item) {
    open("article", cssClass, item.id().value());
  }

  /** Opens element {@code tag} with a CSS class and an id (escaped). */
  private void open(String tag, String cssClass, String id) {
    out.append('<').append(tag).append(" class=\"").append(cssClass).append("\" id=\"");
    Escape.html(id, out);
    out.append("\">");
  }

  @Override
  void endArticle() {
    out.append("</article>");
  }

  @Override
  void beginItem(Item item) {
    beginArticle(ITEM_CLASSES.get(Kind.of(item)), item);
  }

  @Override
  void endItem() {
    endArticle();
  }

  @Override
  void beginFaq() {
    out.append("<section class=\"epidural-faq\">");
  }

  @Override
  void endFaq() {
    out.append("</section>");
  }

  @Override
  void beginFaqEntry(FaqEntry entry) {
    open("div", "faq-entry", entry.id().value());
  }

  @Override
  void endFaqEntry() {
    out.append("</div>");
  }

  @Override
  void heading(int level, String text) {
    out.append("<h").append(level).append('>');
    Escape.html(text, out);
    out.append("</h").append(level).append('>');
  }

  @Override
  void paragraphs(String cssClass, String text) {
    paragraphs(cssClass, text, out);
  }

  /**
   * Appends {@code text} as paragraphs of one CSS class: blank lines separate them, line breaks
   * become {@code <br>}.
   */
  static void paragraphs(String cssClass, String text, StringBuilder out) {
    boolean open = false;
    int start = 0;
    while (true) {
      int end = Escape.lineEnd(text, start);
      if (Escape.isBlank(text, start, end)) {
        if (open) {
          out.append("</p>");
          open = false;
        }
      } else {
        if (open) {
          out.append("<br>");
        } else {
          out.append("<p class=\"");
          Escape.html(cssClass, out);
          out.append("\">");
          open = true;
        }
        Escape.html(text, start, end, out);
      }
      if (end == text.length()) {
        break;
      }
      start = Escape.nextLine(text, end);
    }
    if (open) {
      out.append("</p>");
    }
  }

  @Override
  void inline(Text text) {
    inline(options.resolve(text), out);
  }

  /** Appends a text inside a line of markup: its line breaks become {@code <br>}, blank lines dropped. */
  static void inline(String text, StringBuilder out) {
    boolean any = false;
    int start = 0;
    while (true) {
      int end = Escape.lineEnd(text, start);
      if (!Escape.isBlank(text, start, end)) {
        if (any) {
          out.append("<br>");
        }
        Escape.html(text, start, end, out);
        any = true;
      }
      if (end == text.length()) {
        return;
      }
      start = Escape.nextLine(text, end);
    }
  }

  @Override
  void text(String text) {
    Escape.html(text, out);
  }

  @Override
  void date(LocalDate date) {
    String iso = date.toString();
    out.append("<time datetime=\"").append(iso).append("\">").append(iso).append("</time>");
  }

  @Override
  void named(Text name, Optional<Text> detail) {
    out.append("<strong>");
    Escape.html(options.resolve(name), out);
    out.append("</strong>");
    if (detail.isPresent()) {
      out.append(": ");
      inline(detail.get());
    }
  }

  @Override
  void lead(Text name) {
    out.append("<strong>");
    Escape.html(options.resolve(name), out);
    out.append("</strong>: ");
  }

  @Override
  void beginFacts() {
    out.append("<dl class=\"facts\">");
  }

  @Override
  void fact(Label label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.append("<dt>");
    Escape.html(options.label(label), out);
    out.append("</dt><dd>");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Escape.html(values.get(i), out);
    }
    out.append("</dd>");
  }

  @Override
  void endFacts() {
    out.append("</dl>");
  }

  @Override
  void beginSection(String cssClass, String heading) {
    out.append("<section class=\"").append(cssClass).append("\">");
    heading(2, heading);
  }

  @Override
  void endSection() {
    out.append("</section>");
  }

  @Override
  void beginList(boolean numbered, String cssClass) {
    if (numbered) {
      out.append("<ol class=\"").append(cssClass).append("\">");
    } else {
      out.append("<ul class=\"list\">");
    }
  }

  @Override
  void beginListItem(int index) {
    out.append("<li>");
  }

  @Override
  void endListItem() {
    out.append("</li>");
  }

  @Override
  void endList(boolean numbered) {
    out.append(numbered ? "</ol>" : "</ul>");
  }

  @Override
  void cites(List<Integer> numbers, List<PageFacts.CitedSource> cited) {
    out.append("<p class=\"cites\">");
    Escape.html(options.label(Label.CITED), out);
    for (int number : numbers) {
      out.append(" <a href=\"#source-");
      Escape.html(cited.get(number - 1).source().id().value(), out);
      out.append("\">[").append(number).append("]</a>");
    }
    out.append("</p>");
  }

  @Override
  void sources(List<PageFacts.CitedSource> cited) {
    if (cited.isEmpty()) {
      return;
    }
    out.append("<section class=\"sources\"><h2>");
    Escape.html(options.label(Label.SOURCES), out);
    out.append("</h2><ol>");
    for (PageFacts.CitedSource entry : cited) {
      Source source = entry.source();
      out.append("<li id=\"source-");
      Escape.html(source.id().value(), out);
      out.append("\"><cite>");
      Optional<String> url = content.link(source);
      if (url.isPresent()) {
        // linkOf gives only URLs that may be linked: no second check.
        out.append("<a href=\"");
        Escape.html(url.get(), out);
        out.append("\" rel=\"noopener noreferrer\">");
        Escape.html(source.title(), out);
        out.append("</a>");
      } else {
        Escape.html(source.title(), out);
      }
      out.append("</cite>. ");
      Escape.html(source.publisher(), out);
      if (source.published().isPresent()) {
        out.append(", ").append(source.published().get());
      }
      out.append('.');
      if (!entry.locators().isEmpty()) {
        out.append(" <span class=\"locators\">");
        for (int i = 0; i < entry.locators().size(); i++) {
          if (i > 0) {
            out.append("; ");
          }
          Escape.html(entry.locators().get(i), out);
        }
        out.append("</span>");
      }
      out.append("</li>");
    }
    out.append("</ol></section>");
  }

  @Override
  void beginReview(ReviewStatus status) {
    out.append("<p class=\"review review-").append(status.code()).append("\">");
  }

  @Override
  void endReview() {
    out.append("</p>");
  }
}
