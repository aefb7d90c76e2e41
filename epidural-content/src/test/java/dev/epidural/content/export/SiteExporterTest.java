package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteExporterTest {

  private final ExportContent content = ExportContent.from(EpiduralContent.builtIn());
  private final SiteExporter site = SiteExporter.of(content, ExportOptions.of(Audience.PATIENT));
  private final List<Procedure> procedures = content.all(Procedure.class);

  @Test
  void everyFormatHasItsFilesInPageOrder() {
    assertThat(site.html().keySet()).containsExactlyElementsOf(names("index.html", "html", "faq.html"));
    assertThat(site.markdown().keySet()).containsExactlyElementsOf(names("index.md", "md", "faq.md"));
    assertThat(site.jsonLd().keySet()).containsExactlyElementsOf(names("index.jsonld", "jsonld", "faq.jsonld"));
    assertThat(site.json().keySet()).containsExactlyElementsOf(names("catalogue.json", "json", null));
  }

  @Test
  void thePagesAreTheExportersOwn() {
    ExportOptions options = ExportOptions.of(Audience.PATIENT);
    Procedure first = procedures.get(0);
    assertThat(site.markdown().get(SiteExporter.pageName(first, "md")))
        .isEqualTo(MarkdownExporter.of(content, options).procedureOverview(first));
    assertThat(site.markdown().get("faq.md")).isEqualTo(MarkdownExporter.of(content, options).faqPage());
    assertThat(site.json().get("catalogue.json")).isEqualTo(JsonExporter.of(content, options).catalogue() + "\n");
    assertThat(site.jsonLd().get("faq.jsonld")).isEqualTo(JsonLdExporter.of(content, options).faqPage().json() + "\n");
    assertThat(site.html().get(SiteExporter.pageName(first, "html")))
        .contains(HtmlExporter.of(content, options).procedureOverview(first).html());
  }

  @Test
  void theMarkdownIndexLinksEveryProcedurePage() {
    String index = site.markdown().get("index.md");
    for (Procedure procedure : procedures) {
      assertThat(index).contains("](<" + SiteExporter.pageName(procedure, "md") + ">)");
    }
    assertThat(index).contains("](<faq.md>)").startsWith("# ");
  }

  private List<String> names(String first, String extension, String last) {
    List<String> names = new ArrayList<>();
    names.add(first);
    procedures.forEach(p -> names.add("procedure-" + p.id().value() + "." + extension));
    if (last != null) {
      names.add(last);
    }
    return names;
  }
}
