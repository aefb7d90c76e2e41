package dev.epidural.content.export;

import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small static site, or its data files, from the exporters: the files a site needs, by file name,
 * ready to write into one folder. Nothing is written here; {@code epidural export} and the
 * {@code StaticSite} example write the files. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #html()}: {@code index.html} listing the procedures, {@code procedure-<id>.html}
 *       per procedure and {@code faq.html}, each a whole page with its schema.org JSON-LD, its
 *       sources and its review notice; plain HTML with a little inline CSS and no script;</li>
 *   <li>{@link #markdown()}: the same pages as CommonMark ({@code index.md}, ...), linked to each
 *       other;</li>
 *   <li>{@link #jsonLd()}: the pages' JSON-LD documents ({@code index.jsonld}, ...);</li>
 *   <li>{@link #json()}: {@code catalogue.json}, every item, and {@code procedure-<id>.json}, each
 *       procedure with the items it references.</li>
 * </ul>
 *
 * <pre>{@code
 * Map<String, String> site = SiteExporter.of(ExportContent.from(EpiduralContent.builtIn()),
 *     ExportOptions.of(Audience.PATIENT)).html();
 * }</pre>
 */
public final class SiteExporter {

  private final ExportContent content;
  private final ExportOptions options;

  private SiteExporter(ExportContent content, ExportOptions options) {
    this.content = content;
    this.options = options;
  }

  /**
   * A site of {@code content} rendered with {@code options}.
   *
   * @param content the content
   * @param options the audience, text resolver, language, labels and JSON layout
   * @return the exporter
   * @throws NullPointerException if an argument is null
   */
  public static SiteExporter of(ExportContent content, ExportOptions options) {
    return new SiteExporter(Objects.requireNonNull(content, "content"), Objects.requireNonNull(options, "options"));
  }

  /**
   * The file name of a procedure's page: {@code procedure-<id>.<extension>}. Ids are lowercase
   * kebab-case, so the name is safe in a file system and in a URL.
   *
   * @param procedure the procedure
   * @param extension the file name extension, such as {@code html}
   * @return the file name
   */
  public static String pageName(Procedure procedure, String extension) {
    return "procedure-" + procedure.id().value() + "." + extension;
  }

  /**
   * The HTML site: the index, one page per procedure, then the FAQ.
   *
   * @return the pages by file name, in that order, as an immutable map
   */
  public Map<String, String> html() {
    HtmlExporter html = HtmlExporter.of(content, options);
    JsonLdExporter ld = JsonLdExporter.of(content, options);
    String siteTitle = content.bundle().title();
    HtmlFragment header = HtmlFragment.element("header",
        HtmlFragment.element("nav",
            HtmlFragment.link("index.html", siteTitle),
            HtmlFragment.link("faq.html", options.label(Label.FAQ))));
    HtmlFragment footer = HtmlFragment.element("footer", HtmlFragment.element("p", HtmlFragment.text(footer())));
    List<Procedure> procedures = content.all(Procedure.class);
    Map<String, String> pages = new LinkedHashMap<>();

    pages.put("index.html", html.document(siteTitle, ld.indexPage(procedures),
        header,
        HtmlFragment.element("h1", HtmlFragment.text(siteTitle)),
        HtmlFragment.element("p", "summary", HtmlFragment.text(introduction())),
        HtmlFragment.element("h2", HtmlFragment.text(options.label(Label.PROCEDURES))),
        html.procedureList(procedures, p -> pageName(p, "html")),
        HtmlFragment.element("p", HtmlFragment.link("faq.html", options.label(Label.FAQ))),
        html.sources(procedures),
        html.reviewNotice(procedures),
        footer));
    for (Procedure procedure : procedures) {
      String name = options.resolve(procedure.name());
      pages.put(pageName(procedure, "html"), html.document(name + " \u2013 " + siteTitle,
          ld.procedurePage(procedure), header, html.procedureOverview(procedure), footer));
    }
    pages.put("faq.html", html.document(options.label(Label.FAQ) + " \u2013 " + siteTitle,
        ld.faqPage(), header, html.faqPage(), footer));
    return Collections.unmodifiableMap(pages);
  }

  /**
   * The Markdown site: the index (the procedures, each linked to its page with its summary, and a
   * link to the FAQ), one page per procedure, then the FAQ.
   *
   * @return the pages by file name, in that order, as an immutable map
   */
  public Map<String, String> markdown() {
    MarkdownExporter md = MarkdownExporter.of(content, options);
    List<Procedure> procedures = content.all(Procedure.class);
    Map<String, String> pages = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder();
    index.append("# ").append(Escape.markdownInline(content.bundle().title())).append("\n\n")
        .append(Escape.markdownBlock(introduction())).append("\n\n")
        .append("## ").append(Escape.markdownInline(options.label(Label.PROCEDURES))).append("\n\n");
    for (Procedure procedure : procedures) {
      index.append("- [").append(Escape.markdownInline(options.resolve(procedure.name()))).append("](<")
          .append(pageName(procedure, "md")).append(">): ")
          .append(Escape.markdownInline(options.resolve(procedure.summary()))).append('\n');
    }
    if (!procedures.isEmpty()) {
      index.append('\n');
    }
    index.append("[").append(Escape.markdownInline(options.label(Label.FAQ))).append("](<faq.md>)\n\n")
        .append(Escape.markdownBlock(footer())).append('\n');
    pages.put("index.md", index.toString());
    for (Procedure procedure : procedures) {
      pages.put(pageName(procedure, "md"), md.procedureOverview(procedure));
    }
    pages.put("faq.md", md.faqPage());
    return Collections.unmodifiableMap(pages);
  }

  /**
   * The JSON-LD documents of the HTML pages, each on its own: the index, one per procedure page,
   * then the FAQ page.
   *
   * @return the documents by file name, in that order, each ending with a line break
   */
  public Map<String, String> jsonLd() {
    JsonLdExporter ld = JsonLdExporter.of(content, options);
    List<Procedure> procedures = content.all(Procedure.class);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.jsonld", ld.indexPage(procedures).json() + "\n");
    for (Procedure procedure : procedures) {
      files.put(pageName(procedure, "jsonld"), ld.procedurePage(procedure).json() + "\n");
    }
    files.put("faq.jsonld", ld.faqPage().json() + "\n");
    return Collections.unmodifiableMap(files);
  }

  /**
   * The JSON export: {@code catalogue.json} with every item, then one file per procedure with the
   * items it references.
   *
   * @return the documents by file name, in that order, each ending with a line break
   */
  public Map<String, String> json() {
    JsonExporter json = JsonExporter.of(content, options);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("catalogue.json", json.catalogue() + "\n");
    for (Procedure procedure : content.all(Procedure.class)) {
      files.put(pageName(procedure, "json"), json.item(procedure) + "\n");
    }
    return Collections.unmodifiableMap(files);
  }

  private String introduction() {
    return options.audience() == Audience.PATIENT
        ? "Plain-language information about epidural procedures, written from the sources listed below."
            + " It does not replace the advice of your own care team."
        : "Information about epidural procedures for clinicians, written from the sources listed below.";
  }

  private String footer() {
    var bundle = content.bundle();
    return "Published by " + bundle.publisher() + " under " + bundle.license() + ". Content bundle " + bundle.id()
        + " " + bundle.version() + ".";
  }
}
