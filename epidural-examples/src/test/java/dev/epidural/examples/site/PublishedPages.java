package dev.epidural.examples.site;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.HtmlExporter;
import dev.epidural.content.export.JsonLdExporter;
import dev.epidural.content.export.MarkdownExporter;
import dev.epidural.examples.StaticSite;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page the exports can publish, for the tests that hold all of them to one rule: the static
 * site's pages, and each exporter's procedure pages, FAQ page and one page per other item, in HTML
 * and in Markdown, for patients and for clinicians, of the built-in bundle and of the site fixture.
 */
final class PublishedPages {

  /** One page: what it is, who it is for, whether it is HTML, and its text. */
  record Page(String name, Audience audience, boolean html, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  private PublishedPages() {}

  /** The contents the pages are made of: the built-in bundle and the site fixture. */
  static List<EpiduralContent> contents() {
    return List.of(EpiduralContent.builtIn(), SiteFixtures.bundle());
  }

  /** Every page, HTML and Markdown, both audiences, both contents. */
  static List<Page> all(Path siteDir) {
    List<Page> pages = new ArrayList<>();
    for (EpiduralContent content : contents()) {
      String bundle = content.bundle().id();
      pages.addAll(site(content, siteDir.resolve(bundle)));
      for (Audience audience : Audience.values()) {
        pages.addAll(exported(ExportContent.from(content), bundle + "/" + audience.code(), audience));
      }
    }
    return pages;
  }

  /** Only the HTML pages. */
  static List<Page> html(Path siteDir) {
    return all(siteDir).stream().filter(Page::html).toList();
  }

  static List<Page> site(EpiduralContent content, Path dir) {
    try {
      List<Page> pages = new ArrayList<>();
      for (Path file : StaticSite.write(content, dir)) {
        pages.add(new Page(content.bundle().id() + "/site/" + file.getFileName(), Audience.PATIENT, true,
            Files.readString(file, StandardCharsets.UTF_8)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Page> exported(ExportContent content, String prefix, Audience audience) {
    ExportOptions options = ExportOptions.of(audience);
    HtmlExporter html = HtmlExporter.of(content, options);
    MarkdownExporter md = MarkdownExporter.of(content, options);
    JsonLdExporter ld = JsonLdExporter.of(content, options);
    List<Page> pages = new ArrayList<>();
    for (Procedure procedure : content.all(Procedure.class)) {
      String name = prefix + "/procedure-" + procedure.id().value();
      pages.add(new Page(name + ".html", audience, true, html.document(options.resolve(procedure.name()),
          ld.procedurePage(procedure), html.procedureOverview(procedure))));
      pages.add(new Page(name + ".md", audience, false, md.procedureOverview(procedure)));
    }
    if (!content.all(FaqEntry.class).isEmpty()) {
      pages.add(new Page(prefix + "/faq.html", audience, true, html.document("Questions", ld.faqPage(), html.faqPage())));
      pages.add(new Page(prefix + "/faq.md", audience, false, md.faqPage()));
    }
    for (Item item : content.items()) {
      if (item instanceof Procedure) {
        continue;
      }
      String name = prefix + "/item-" + item.id().value();
      // A page of one item carries the same JSON-LD element as every page; its content does not matter here.
      pages.add(new Page(name + ".html", audience, true, html.document(item.id().value(),
          ld.indexPage(List.of()), html.item(item))));
      pages.add(new Page(name + ".md", audience, false, md.item(item)));
    }
    return pages;
  }
}
