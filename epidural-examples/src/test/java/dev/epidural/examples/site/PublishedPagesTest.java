package dev.epidural.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.HtmlExporter;
import dev.epidural.content.export.MarkdownExporter;
import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clinic publishing the pages can rely on, checked over every page the exports write. */
class PublishedPagesTest {

  @TempDir
  Path dir;

  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");

  /**
   * The prose of a page, one block per line: HTML without its head, its source list and the
   * "Sources: [1]" lines (which repeat by design), tags removed and entities decoded; Markdown
   * likewise.
   */
  static List<String> prose(PublishedPages.Page page) {
    String text = page.text();
    if (page.html()) {
      text = text.replaceAll("(?s)<head>.*?</head>", "")
          .replaceAll("(?s)<section class=\"sources\">.*?</section>", "")
          .replaceAll("(?s)<p class=\"cites\">.*?</p>", "")
          .replaceAll("(?s)<footer>.*?</footer>", "")
          .replaceAll("<(br|/p|/li|/h[1-6]|/dd|/dt)>", "\n")
          .replaceAll("<[^>]+>", " ")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
          .replace("&amp;", "&");
    } else {
      text = text.replaceAll("(?s)\n## Sources\n\n.*?(\n\n|$)", "\n\n")
          .replaceAll("(?m)^Sources: .*$", "");
    }
    return List.of(text.split("\n"));
  }

  /** Sentences of three words or more, lowercased, blanks collapsed, final stop dropped. */
  static List<String> sentences(PublishedPages.Page page) {
    List<String> out = new ArrayList<>();
    for (String block : prose(page)) {
      for (String part : SENTENCE_BREAK.split(block.strip())) {
        String s = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[.!?]+$", "").strip();
        if (s.split(" ").length >= 3) {
          out.add(s);
        }
      }
    }
    return out;
  }

  @Test
  void noSentenceAppearsTwiceOnOnePage() {
    List<String> repeated = new ArrayList<>();
    List<PublishedPages.Page> pages = PublishedPages.all(dir);
    for (PublishedPages.Page page : pages) {
      Map<String, Integer> seen = new LinkedHashMap<>();
      sentences(page).forEach(s -> seen.merge(s, 1, Integer::sum));
      seen.forEach((s, n) -> {
        if (n > 1) {
          repeated.add(page + ": '" + s + "' " + n + " times");
        }
      });
    }

    assertThat(pages).hasSizeGreaterThan(800);
    assertThat(repeated).as("sentences repeated on one page").isEmpty();
  }

  /** The sentence splitter finds a repeat when there is one, in HTML and in Markdown. */
  @Test
  void aRepeatedSentenceIsFound() {
    var html = new PublishedPages.Page("p.html", Audience.PATIENT, true,
        "<main><p>You may feel some pressure.</p><ul><li><strong>A</strong>: You may feel some pressure.</li></ul></main>");
    var md = new PublishedPages.Page("p.md", Audience.PATIENT, false, "# T\n\nRest a while. Rest   a while!\n");
    assertThat(sentences(html)).containsExactly("you may feel some pressure", "a : you may feel some pressure");
    assertThat(sentences(md)).containsExactly("rest a while", "rest a while");
  }

  /**
   * A patient page shows the patient variant of every text it shows: wherever an item on a page has
   * a patient variant that differs from its general text, the general text is not on the patient
   * page; and a clinician page likewise shows no general text that has a clinician variant.
   */
  @Test
  void aPatientPageShowsPatientTextThroughout() {
    List<String> general = new ArrayList<>();
    for (EpiduralContent content : PublishedPages.contents()) {
      ExportContent export = ExportContent.from(content);
      for (Audience audience : Audience.values()) {
        HtmlExporter html = HtmlExporter.of(export, ExportOptions.of(audience));
        MarkdownExporter md = MarkdownExporter.of(export, ExportOptions.of(audience));
        for (Item item : content.items()) {
          String page = html.item(item).html() + "\n" + md.item(item);
          for (Text text : texts(content, item)) {
            String shown = text.forAudience(audience);
            // Only general texts of five words or more: a short name ("Epidural space") may rightly
            // appear inside another text on the page.
            boolean distinctive = text.text().split("\\s+").length >= 5;
            if (distinctive && !shown.equals(text.text()) && !shown.contains(text.text())
                && page.contains(escape(text.text()))) {
              general.add(audience.code() + " page of " + item.id() + " shows the general '" + text.text() + "'");
            }
          }
        }
      }
    }

    assertThat(general).isEmpty();
  }

  /** The texts a page of {@code item} shows: its own, and for a procedure those of what it references. */
  private static List<Text> texts(EpiduralContent content, Item item) {
    List<Text> texts = new ArrayList<>(dev.epidural.content.internal.meta.TextFields.of(item).values());
    if (item instanceof Procedure p) {
      p.steps().forEach(id -> content.item(id.value()).ifPresent(i ->
          texts.addAll(dev.epidural.content.internal.meta.TextFields.of(i).values())));
      p.aftercare().forEach(id -> content.item(id.value()).ifPresent(i ->
          texts.addAll(dev.epidural.content.internal.meta.TextFields.of(i).values())));
      p.preparation().forEach(id -> content.item(id.value()).ifPresent(i ->
          texts.addAll(dev.epidural.content.internal.meta.TextFields.of(i).values())));
    }
    return texts;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void patientPagesListDocumentsAndClinicianPagesEverySource() {
    EpiduralContent content = EpiduralContent.builtIn();
    ExportContent export = ExportContent.from(content);
    Procedure patch = content.item(Procedure.class, "epidural-blood-patch").orElseThrow();
    Procedure esi = content.item(Procedure.class, "lumbar-epidural-steroid-injection").orElseThrow();
    String patient = HtmlExporter.of(export, ExportOptions.of(Audience.PATIENT)).procedureOverview(patch).html()
        + HtmlExporter.of(export, ExportOptions.of(Audience.PATIENT)).procedureOverview(esi).html();
    String clinician = HtmlExporter.of(export, ExportOptions.of(Audience.CLINICIAN)).procedureOverview(patch).html()
        + HtmlExporter.of(export, ExportOptions.of(Audience.CLINICIAN)).procedureOverview(esi).html();

    List<String> terminology = List.of("source-mesh", "source-dicom-cid-630", "source-atc-drug-data-file",
        "source-atc-fhir-medication-example", "source-nlm-rxclass-h02ab");
    assertThat(patient).contains("id=\"source-blood-patch-patient-info\"", "id=\"source-bsh-epidural-space-2026\"")
        .doesNotContain(terminology.toArray(String[]::new)).doesNotContain("class=\"locators\"");
    assertThat(clinician).contains(terminology.toArray(String[]::new)).contains("class=\"locators\"");
  }
}
