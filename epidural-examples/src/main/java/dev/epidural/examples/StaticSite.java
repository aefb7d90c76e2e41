package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.HtmlExporter;
import dev.epidural.content.export.HtmlFragment;
import dev.epidural.content.export.JsonLdExporter;
import dev.epidural.content.export.Label;
import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a small static patient-education site from the built-in bundle: an {@code index.html}
 * listing the procedures, a page per procedure and a {@code faq.html}. Every page shows its sources
 * and how far its content was checked (for {@code sourced} content: written from the cited sources,
 * not clinically reviewed, with the date of the last check), and embeds its schema.org JSON-LD.
 * Plain HTML with a little inline CSS; no script.
 *
 * <pre>{@code
 * ./mvnw -pl epidural-examples -am exec:java -Dexample=StaticSite -Dexec.args=target/site
 * }</pre>
 */
public final class StaticSite {

  private StaticSite() {}

  /**
   * Writes the site of the built-in bundle.
   *
   * @param args the output folder, {@code target/site} when none is given
   * @throws IOException if a page cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/site");
    for (Path page : write(EpiduralContent.builtIn(), out)) {
      System.out.println("wrote " + page);
    }
  }

  /**
   * Writes the site of {@code content} into {@code outDir}, creating it if needed.
   *
   * <pre>{@code
   * List<Path> pages = StaticSite.write(EpiduralContent.builtIn(), Path.of("site"));
   * }</pre>
   *
   * @param content validated content
   * @param outDir the folder to write into
   * @return the pages written: the index, one per procedure, then the FAQ
   * @throws IOException if a page cannot be written
   */
  public static List<Path> write(EpiduralContent content, Path outDir) throws IOException {
    return write(ExportContent.from(Objects.requireNonNull(content, "content")), outDir);
  }

  /**
   * Writes the site of export content, such as content built from records.
   *
   * @param content the content
   * @param outDir the folder to write into
   * @return the pages written: the index, one per procedure, then the FAQ
   * @throws IOException if a page cannot be written
   */
  public static List<Path> write(ExportContent content, Path outDir) throws IOException {
    Objects.requireNonNull(content, "content");
    Files.createDirectories(Objects.requireNonNull(outDir, "outDir"));
    ExportOptions options = ExportOptions.of(Audience.PATIENT);
    HtmlExporter html = HtmlExporter.of(content, options);
    JsonLdExporter ld = JsonLdExporter.of(content, options);
    String siteTitle = content.bundle().title();
    HtmlFragment header = header(siteTitle, options.label(Label.FAQ));
    HtmlFragment footer = footer(content);
    List<Procedure> procedures = content.all(Procedure.class);
    List<Path> written = new ArrayList<>();

    written.add(page(outDir, "index.html", html.document(siteTitle, ld.indexPage(procedures),
        header,
        HtmlFragment.element("h1", HtmlFragment.text(siteTitle)),
        HtmlFragment.element("p", "summary", HtmlFragment.text(
            "Plain-language information about epidural procedures, written from the sources listed below."
                + " It does not replace the advice of your own care team.")),
        HtmlFragment.element("h2", HtmlFragment.text(options.label(Label.PROCEDURES))),
        html.procedureList(procedures, StaticSite::pageName),
        HtmlFragment.element("p", HtmlFragment.link("faq.html", options.label(Label.FAQ))),
        html.sources(procedures),
        html.reviewNotice(procedures),
        footer)));

    for (Procedure procedure : procedures) {
      String name = options.resolve(procedure.name());
      written.add(page(outDir, pageName(procedure), html.document(name + " \u2013 " + siteTitle,
          ld.procedurePage(procedure), header, html.procedureOverview(procedure), footer)));
    }

    written.add(page(outDir, "faq.html", html.document(options.label(Label.FAQ) + " \u2013 " + siteTitle,
        ld.faqPage(), header, html.faqPage(), footer)));
    return written;
  }

  /**
   * The file name of a procedure's page: {@code procedure-<id>.html}. Ids are lowercase kebab-case,
   * so the name is safe in a file system and in a URL.
   *
   * @param procedure the procedure
   * @return the file name
   */
  public static String pageName(Procedure procedure) {
    return "procedure-" + procedure.id().value() + ".html";
  }

  private static HtmlFragment header(String siteTitle, String faqTitle) {
    return HtmlFragment.element("header",
        HtmlFragment.element("nav",
            HtmlFragment.link("index.html", siteTitle),
            HtmlFragment.link("faq.html", faqTitle)));
  }

  private static HtmlFragment footer(ExportContent content) {
    var bundle = content.bundle();
    return HtmlFragment.element("footer", HtmlFragment.element("p", HtmlFragment.text(
        "Published by " + bundle.publisher() + " under " + bundle.license() + ". Content bundle " + bundle.id()
            + " " + bundle.version() + ".")));
  }

  private static Path page(Path outDir, String name, String document) throws IOException {
    Path file = outDir.resolve(name);
    Files.writeString(file, document, StandardCharsets.UTF_8);
    return file;
  }
}
