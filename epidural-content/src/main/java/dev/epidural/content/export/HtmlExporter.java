package dev.epidural.content.export;

import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Exports content as HTML fragments: one item, a procedure overview page, the patient FAQ page, a
 * list of procedures, sources and the review notice; and {@link #document} puts fragments into a
 * complete page with its JSON-LD. Every text is escaped for its context and only {@code http} and
 * {@code https} source URLs become links, so no markup in content can reach the page. Every page
 * says how far its content was checked, in the words of the {@link Label} review notices. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * ExportContent content = ExportContent.from(EpiduralContent.builtIn());
 * ExportOptions options = ExportOptions.of(Audience.PATIENT);
 * HtmlExporter html = HtmlExporter.of(content, options);
 * JsonLdExporter ld = JsonLdExporter.of(content, options);
 * String page = html.document(name, ld.procedurePage(procedure), html.procedureOverview(procedure));
 * }</pre>
 */
public final class HtmlExporter {

  /** The inline style sheet of {@link #document}: readable type, one column, no external resources. */
  static final String STYLE = String.join("",
      "body{margin:0;background:#f3f4f6;color:#1f2328;",
      "font:17px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}",
      "main{box-sizing:border-box;max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;background:#fff;",
      "min-height:100vh}",
      "h1{font-size:1.9rem;line-height:1.2;margin:.75rem 0 1rem}",
      "h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid #d0d7de}",
      "a{color:#0b57d0}",
      ".summary{font-size:1.1rem}",
      "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}",
      "dl.facts dt{font-weight:600}dl.facts dd{margin:0}",
      "ol.steps li,ul.list li{margin-bottom:.5rem}",
      ".faq-entry h2{border:0;margin-bottom:.25rem}",
      ".cites{font-size:.85rem;color:#57606a;margin-top:.25rem}",
      ".sources{font-size:.92rem}.sources .locators{color:#57606a}",
      ".review{margin:2rem 0 0;padding:.75rem 1rem;border-left:4px solid #bf8700;background:#fff8c5}",
      ".review-clinically-reviewed{border-color:#1a7f37;background:#dafbe1}",
      ".review-draft{border-color:#cf222e;background:#ffebe9}",
      // Links at least 24 px high with room between them, so a finger finds each one (WCAG 2.5.8).
      "header nav,footer{font-size:.95rem}header nav{display:flex;flex-wrap:wrap;gap:0 1.25rem}",
      "header nav a{display:inline-block;padding:.5rem 0}.cites a{display:inline-block;min-width:24px;",
      "text-align:center}",
      "header{padding-bottom:.5rem;border-bottom:1px solid #d0d7de}",
      "footer{margin-top:2.5rem;color:#57606a}");

  private final ExportContent content;
  private final ExportOptions options;
  /** The page's {@code lang}, escaped: the same for every page. */
  private final String lang;

  private HtmlExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
    this.lang = Escape.html(options.languageTag(content.bundle().locale()));
  }

  /**
   * An exporter of {@code content} rendered with {@code options}.
   *
   * <pre>{@code
   * HtmlExporter html = HtmlExporter.of(content, ExportOptions.of(Audience.PATIENT));
   * }</pre>
   *
   * @param content what to export
   * @param options how to render it
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static HtmlExporter of(ExportContent content, ExportOptions options) {
    return new HtmlExporter(Objects.requireNonNull(content, "content"), Objects.requireNonNull(options, "options"));
  }

  /**
   * A procedure overview: its name as the {@code h1}, summary, regions, approaches and guidance,
   * the steps in order, preparation, medications, indications, contraindications, complications,
   * aftercare, the sources of everything shown, and the review notice.
   *
   * @param procedure a procedure of the content
   * @return the fragment, an {@code <article class="epidural-procedure">}
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  public HtmlFragment procedureOverview(Procedure procedure) {
    HtmlPage page = new HtmlPage(content, options);
    page.overview(procedure);
    return page.fragment();
  }

  /**
   * The patient FAQ page of every FAQ entry of the content.
   *
   * @return the fragment, a {@code <section class="epidural-faq">}
   */
  public HtmlFragment faqPage() {
    return faqPage(content.all(FaqEntry.class));
  }

  /**
   * A FAQ page of these entries: a heading, each question as an {@code h2} with its answer and the
   * numbers of the sources it cites, the sources, and the review notice.
   *
   * @param entries FAQ entries of the content, in the order to show
   * @return the fragment, a {@code <section class="epidural-faq">}
   * @throws IllegalArgumentException if an entry is not part of the content
   */
  public HtmlFragment faqPage(List<FaqEntry> entries) {
    HtmlPage page = new HtmlPage(content, options);
    page.faq(entries);
    return page.fragment();
  }

  /**
   * One item as an {@code <article>}: its name or question as an {@code h2}, its texts, its sources
   * and its review notice. A procedure gives its {@link #procedureOverview(Procedure) overview}.
   *
   * @param item an item of the content
   * @return the fragment
   * @throws IllegalArgumentException if {@code item} is not part of the content
   */
  public HtmlFragment item(Item item) {
    HtmlPage page = new HtmlPage(content, options);
    page.item(item);
    return page.fragment();
  }

  /**
   * A list of procedures, each its name linked with {@code href} (a relative path or an
   * {@code http}/{@code https} URL; anything else is shown unlinked) and its summary.
   *
   * <pre>{@code
   * HtmlFragment list = html.procedureList(procedures, p -> "procedure-" + p.id().value() + ".html");
   * }</pre>
   *
   * @param procedures procedures of the content
   * @param href the link of each procedure's page
   * @return the fragment, a {@code <ul class="procedures">}
   * @throws IllegalArgumentException if a procedure is not part of the content
   */
  public HtmlFragment procedureList(List<Procedure> procedures, Function<Procedure, String> href) {
    Objects.requireNonNull(href, "href");
    HtmlPage page = new HtmlPage(content, options);
    page.procedureList(procedures, href);
    return page.fragment();
  }

  /**
   * The sources {@code items} cite, as a numbered list: each title linked when the source has an
   * {@code http}/{@code https} URL or a DOI, its publisher and date, and (for clinicians) the places
   * cited. A patient list leaves out the locators and the sources that only back terminology codes
   * (see {@code docs/exports.md}).
   *
   * @param items items of the content
   * @return the fragment, a {@code <section class="sources">}, or empty when none cites a source
   */
  public HtmlFragment sources(List<? extends Item> items) {
    items.forEach(content::own);
    HtmlPage page = new HtmlPage(content, options);
    page.sources(PageFacts.listed(content, options, items));
    return page.fragment();
  }

  /**
   * What a reader may trust about {@code items} together: "written from the cited sources and
   * checked against them; not clinically reviewed" for status {@code sourced}, "clinically
   * reviewed" or "draft", whichever is the weakest among them, and the date of the oldest check when
   * every item has one (never for a draft).
   *
   * @param items items of the content
   * @return the fragment, a {@code <p class="review review-STATUS">}, or empty for no items
   */
  public HtmlFragment reviewNotice(List<? extends Item> items) {
    items.forEach(content::own);
    HtmlPage page = new HtmlPage(content, options);
    page.review(items);
    return page.fragment();
  }

  /**
   * A complete HTML page: doctype, {@code lang}, character set, viewport, the escaped
   * {@code title}, an inline style sheet, the JSON-LD block, and {@code body} inside
   * {@code <main>}. No script, no external resource.
   *
   * <pre>{@code
   * String page = html.document("Questions", ld.faqPage(), html.faqPage());
   * Files.writeString(Path.of("faq.html"), page);
   * }</pre>
   *
   * @param title the page title
   * @param jsonLd the page's structured data
   * @param body the page content
   * @return the HTML document
   * @throws NullPointerException if an argument is null
   */
  public String document(String title, JsonLd jsonLd, HtmlFragment... body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(jsonLd, "jsonLd");
    int length = STYLE.length() + jsonLd.json().length() + title.length() + 320;
    for (HtmlFragment part : body) {
      length += Objects.requireNonNull(part, "part").html().length();
    }
    StringBuilder out = new StringBuilder(length);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    Escape.html(title, out);
    out.append("</title>\n<style>").append(STYLE).append("</style>\n");
    jsonLd.appendScriptElement(out);
    out.append("\n</head>\n<body>\n<main>\n");
    for (HtmlFragment part : body) {
      out.append(part.html());
    }
    return out.append("\n</main>\n</body>\n</html>\n").toString();
  }

  /** A text inside a line of markup: its line breaks become {@code <br>}, blank lines dropped. */
  static HtmlFragment inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    HtmlPage.inline(text, out);
    return HtmlFragment.trusted(out.toString());
  }

  /** A text as paragraphs of one CSS class: blank lines separate them, line breaks become {@code <br>}. */
  static HtmlFragment paragraphs(String cssClass, String text) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    HtmlPage.paragraphs(cssClass, text, out);
    return HtmlFragment.trusted(out.toString());
  }
}
