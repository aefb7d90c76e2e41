package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.UnvalidatedContent;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import dev.epidural.model.WorkflowPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

  /** Every element the exporter may write into a body. */
  private static final Set<String> EXPECTED_ELEMENTS = Set.of("article", "section", "div", "h1", "h2", "p", "dl",
      "dt", "dd", "ol", "ul", "li", "strong", "cite", "a", "span", "time", "br");

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  /** The start of an overview's entry for the procedure's article, for either audience. */
  private static final String ARTICLE_CITATION = "<li id=\"source-radiographics-2017-esi\"><cite><a href=\"https://"
      + "doi.org/10.1148/rg.2017160043\" rel=\"noopener noreferrer\">Guided Epidural Injections: A Test Fixture"
      + "</a></cite>. Radiographics, 2016-12-09.";

  private final ExportContent content = Fixtures.fixture();
  private final Procedure esi = content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  private final HtmlExporter html = HtmlExporter.of(content, ExportOptions.of(Audience.PATIENT));
  private final HtmlExporter clinicianHtml = HtmlExporter.of(content, ExportOptions.of(Audience.CLINICIAN));

  private final ExportContent hostile = Fixtures.hostile();
  private final Procedure evil = hostile.item(Procedure.class, "evil-procedure").orElseThrow();
  private final HtmlExporter hostileHtml = HtmlExporter.of(hostile, ExportOptions.of(Audience.PATIENT));

  /** The names of the elements in {@code html}, and a check that each attribute is one the exporter writes. */
  private static List<String> elements(String html) {
    List<String> names = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      names.add(tag.group(2));
      String attributes = tag.group(3).replaceAll("(class|id|href|rel|datetime)=\"[^\"<>]*\"", "").trim();
      assertThat(attributes).as("attributes of %s", tag.group()).isEmpty();
    }
    return names;
  }

  private static List<String> hrefs(String html) {
    List<String> hrefs = new ArrayList<>();
    Matcher href = HREF.matcher(html);
    while (href.find()) {
      hrefs.add(href.group(1));
    }
    return hrefs;
  }

  @Test
  void theOverviewShowsTheProcedureItsStepsInOrderAndWhatSurroundsIt() {
    String out = html.procedureOverview(esi).html();
    assertThat(out).startsWith("<article class=\"epidural-procedure\" id=\"lumbar-transforaminal-esi\"><h1>"
        + "Lumbar transforaminal epidural steroid injection</h1>");
    assertThat(out).containsSubsequence("<ol class=\"steps\">", "Check-in", "Positioning", "Placement",
        "Observation", "</ol>");
    assertThat(out).contains("<dt>Where in the spine</dt><dd>Lower back</dd>",
        "<dt>Imaging guidance</dt><dd>Live X-ray</dd>",
        "<li>Arrange for someone to take you home.</li>",
        "<strong>Test steroid</strong>: A placeholder medicine used only in tests. (1–2 mL)",
        "<strong>Bleeding disorder or blood thinners</strong>: Tell the team if you take blood thinners.",
        "<li>Take it easy for the rest of the day.</li>");
    assertThat(elements(out)).allMatch(EXPECTED_ELEMENTS::contains);
  }

  @Test
  void theOverviewListsTheSourcesOfEverythingShownWithLinks() {
    String out = clinicianHtml.procedureOverview(esi).html();
    assertThat(out).contains(ARTICLE_CITATION);
    // The leaflet is cited by the steps, not by the procedure itself: it is still listed.
    assertThat(out).contains("id=\"source-example-clinic-leaflet\"", "before your injection; on the day");
  }

  @Test
  void aPatientPageCitesEachDocumentAsAReaderExpectsWithoutLocators() {
    String out = html.procedureOverview(esi).html();
    assertThat(out).contains(ARTICLE_CITATION + "</li>");
    assertThat(out).contains("id=\"source-example-clinic-leaflet\"")
        .doesNotContain("class=\"locators\"", "before your injection; on the day");
  }

  @Test
  void sourcedContentSaysItWasNotClinicallyReviewed() {
    String out = clinicianHtml.procedureOverview(esi).html();
    assertThat(out).contains(sourcedNotice("Written from the cited sources and checked against them; not clinically"
        + " reviewed."));
  }

  @Test
  void aPatientPageSaysSoInPlainWordsAndClaimsNoClinicalReview() {
    String out = html.procedureOverview(esi).html();
    assertThat(out).contains(sourcedNotice("We wrote this from the sources listed on this page and checked it against"
        + " them. No doctor or nurse has reviewed it, so it is not clinically reviewed. Ask your own care team about"
        + " your care."));
    assertThat(noticeFor(ReviewStatus.DRAFT, Optional.empty(), Audience.PATIENT))
        .isEqualTo("<p class=\"review review-draft\">This is a draft. It has not yet been checked against its"
            + " sources.</p>");
  }

  @Test
  void theNoticeFollowsTheWeakestStatusAndNeverDatesADraft() {
    assertThat(noticeFor(ReviewStatus.DRAFT, Optional.of(LocalDate.of(2026, 1, 2))))
        .isEqualTo("<p class=\"review review-draft\">Draft: not yet checked against its sources.</p>");
    assertThat(noticeFor(ReviewStatus.CLINICALLY_REVIEWED, Optional.of(LocalDate.of(2026, 1, 2))))
        .isEqualTo("<p class=\"review review-clinically-reviewed\">Clinically reviewed. Last reviewed: "
            + "<time datetime=\"2026-01-02\">2026-01-02</time>.</p>");
    assertThat(noticeFor(ReviewStatus.SOURCED, Optional.empty()))
        .isEqualTo("<p class=\"review review-sourced\">Written from the cited sources and checked against them;"
            + " not clinically reviewed.</p>");
    Procedure block = content.item(Procedure.class, "lumbar-selective-nerve-root-block").orElseThrow();
    // Clinically reviewed itself, but its steps are only sourced: the page says sourced.
    assertThat(html.procedureOverview(block).html()).contains("review-sourced",
        "<time datetime=\"2026-10-01\">2026-10-01</time>").doesNotContain("Clinically reviewed");
    assertThat(html.reviewNotice(List.of()).isEmpty()).isTrue();
  }

  /** The notice on the fixture's sourced pages, last checked on 2026-11-21: {@code words}, then that date. */
  private static String sourcedNotice(String words) {
    return "<p class=\"review review-sourced\">" + words
        + " Last checked against the sources: <time datetime=\"2026-11-21\">2026-11-21</time>.</p>";
  }

  private static String noticeFor(ReviewStatus status, Optional<LocalDate> date) {
    return noticeFor(status, date, Audience.CLINICIAN);
  }

  private static String noticeFor(ReviewStatus status, Optional<LocalDate> date, Audience audience) {
    Source source = new Source(Id.of("s"), "S", "P", Optional.empty(), Optional.empty(), Optional.empty());
    BundleInfo info = new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(source));
    ProcedureStep step = new ProcedureStep(Id.of("step"), WorkflowPhase.INTERVENTION, Text.of("Step"),
        Text.of("Does"), List.of(Fixtures.cite("s")), new Review(status, date, Optional.empty()));
    ExportContent content = ExportContent.from(UnvalidatedContent.of(info, List.<Item>of(step)));
    return HtmlExporter.of(content, ExportOptions.of(audience)).reviewNotice(List.of(step)).html();
  }

  @Test
  void theFaqPageShowsEachQuestionWithItsAnswerAndCitations() {
    String out = html.faqPage().html();
    assertThat(out).startsWith("<section class=\"epidural-faq\"><h1>Frequently asked questions</h1>");
    assertThat(out).containsSubsequence("<h2>Does the injection hurt?</h2>",
        "<p class=\"answer\">The skin is numbed first; most people feel pressure rather than pain.</p>",
        "<p class=\"cites\">Sources: <a href=\"#source-example-clinic-leaflet\">[1]</a></p>",
        "<h2>How long does it take?</h2>",
        "<p class=\"answer\">The injection itself takes a few minutes.</p>",
        "<p class=\"answer\">Plan to stay about an hour in total.</p>",
        "<a href=\"#source-example-clinic-leaflet\">[1]</a> <a href=\"#source-radiographics-2017-esi\">[2]</a>",
        "<section class=\"sources\">", "review-sourced");
    assertThat(elements(out)).allMatch(EXPECTED_ELEMENTS::contains);
  }

  @Test
  void everyKindOfItemRendersAsAnArticle() {
    for (Item item : content.items()) {
      String out = html.item(item).html();
      assertThat(out).as(item.id().value()).contains("id=\"" + item.id().value() + "\"", "review-");
      assertThat(elements(out)).allMatch(EXPECTED_ELEMENTS::contains);
    }
    FaqEntry faq = content.item(FaqEntry.class, "faq-does-it-hurt").orElseThrow();
    assertThat(html.item(faq).html()).startsWith("<article class=\"epidural-item epidural-faq\" id=\"faq-does-it-hurt\">"
        + "<h2>Does the injection hurt?</h2>");
  }

  @Test
  void hostileTextsRenderAsTextWithNoElementScriptOrHandler() {
    List<HtmlFragment> pages = new ArrayList<>();
    pages.add(hostileHtml.procedureOverview(evil));
    pages.add(hostileHtml.faqPage());
    pages.add(hostileHtml.procedureList(List.of(evil), p -> Fixtures.JAVASCRIPT_URL));
    hostile.items().forEach(i -> pages.add(hostileHtml.item(i)));
    for (HtmlFragment page : pages) {
      String out = page.html();
      assertThat(elements(out)).allMatch(EXPECTED_ELEMENTS::contains);
      assertThat(out).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
          .doesNotContainIgnoringCase("<!--").doesNotContain("onerror=\"");
      assertThat(hrefs(out)).allMatch(h -> h.startsWith("#source-"));
      assertThat(EscapeProperties.unescapeHtml(out.replaceAll("<[^>]*>", ""))).doesNotContain("\u0000");
    }
    String overview = hostileHtml.procedureOverview(evil).html();
    assertThat(overview).contains("<h1>Procedure &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</h1>",
        "Summary &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;",
        "<cite>Evil &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</cite>");
    // The text of the page, tags removed and entities decoded, is the hostile text as written.
    String text = EscapeProperties.unescapeHtml(overview.replaceAll("<[^>]*>", " "));
    assertThat(text).contains(Fixtures.SCRIPT_BREAKOUT, Fixtures.IMG_ONERROR, Fixtures.COMMENT_AND_SEPARATORS,
        "[click](" + Fixtures.JAVASCRIPT_URL + ")");
  }

  @Test
  void theDocumentHasOneScriptTheJsonLdAndAnEscapedTitle() {
    JsonLd ld = JsonLdExporter.of(hostile, ExportOptions.of(Audience.PATIENT)).procedurePage(evil);
    String page = hostileHtml.document("Title " + Fixtures.SCRIPT_BREAKOUT, ld, hostileHtml.procedureOverview(evil));
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
    assertThat(page).contains("<title>Title &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>");
    assertThat(page.split("<script", -1)).hasSize(2);
    assertThat(page.split("</script", -1)).hasSize(2);
    assertThat(page).contains("<script type=\"application/ld+json\">" + ld.json() + "</script>");
    assertThat(page).doesNotContain("<img", "<!--", "href=").endsWith("</main>\n</body>\n</html>\n");
  }

  @Test
  void theDocumentLanguageFollowsTheOptions() {
    HtmlExporter german = HtmlExporter.of(content, ExportOptions.of(Audience.PATIENT).withLanguage(Locale.GERMAN)
        .withLabel(Label.STEPS, "Ablauf <Schritt für Schritt>"));
    assertThat(german.document("T", JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT)).faqPage()))
        .contains("<html lang=\"de\">");
    assertThat(german.procedureOverview(esi).html()).contains("<h2>Ablauf &lt;Schritt für Schritt&gt;</h2>");
  }

  @Test
  void theProcedureListLinksOnlySafeTargets() {
    String list = html.procedureList(content.all(Procedure.class), p -> "procedure-" + p.id().value() + ".html")
        .html();
    assertThat(hrefs(list)).containsExactly("procedure-lumbar-transforaminal-esi.html",
        "procedure-lumbar-selective-nerve-root-block.html");
    String unsafe = html.procedureList(List.of(esi), p -> "javascript:alert(1)").html();
    assertThat(unsafe).doesNotContain("href").contains("<strong>Lumbar transforaminal epidural steroid injection");
  }

  @Test
  void fragmentsCanOnlyBeMadeOfSafeElementsAndText() {
    assertThat(HtmlFragment.element("p", "note", HtmlFragment.text("<b>")).html())
        .isEqualTo("<p class=\"note\">&lt;b&gt;</p>");
    for (String tag : List.of("script", "img", "a", "iframe", "style", "P", "p onclick=x")) {
      assertThatThrownBy(() -> HtmlFragment.element(tag)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> HtmlFragment.element("p", "x\" onclick=\"y")).isInstanceOf(IllegalArgumentException.class);
    assertThat(HtmlFragment.link(Fixtures.JAVASCRIPT_URL, "go").html()).isEqualTo("go");
    assertThat(HtmlFragment.link("faq.html", "<FAQ>").html()).isEqualTo("<a href=\"faq.html\">&lt;FAQ&gt;</a>");
    assertThat(HtmlFragment.link("https://example.org/?a=1&b='2'", "x").html())
        .isEqualTo("<a href=\"https://example.org/?a=1&amp;b=&#39;2&#39;\" rel=\"noopener noreferrer\">x</a>");
    assertThat(HtmlFragment.concat(HtmlFragment.text("a"), HtmlFragment.empty(), HtmlFragment.text("&")))
        .isEqualTo(HtmlFragment.text("a&"));
  }

  @Test
  void aCssClassIsALowercaseLetterThenUpTo63LettersDigitsAndHyphens() {
    for (String allowed : List.of("a", "faq-entry", "h2", "a-", "z" + "9".repeat(63))) {
      assertThat(HtmlFragment.element("p", allowed).html()).isEqualTo("<p class=\"" + allowed + "\"></p>");
    }
    for (String refused : List.of("", "A", "1a", "-a", "a_b", "a b", "aé", "a".repeat(65), "note\n")) {
      assertThatThrownBy(() -> HtmlFragment.element("p", refused)).as(refused)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void multiLineTextsBecomeParagraphsAndLineBreaks() {
    assertThat(HtmlExporter.paragraphs("answer", "one\ntwo\n\n\nthree <b>").html())
        .isEqualTo("<p class=\"answer\">one<br>two</p><p class=\"answer\">three &lt;b&gt;</p>");
    assertThat(HtmlExporter.inline("one\r\n\r\ntwo").html()).isEqualTo("one<br>two");
  }
}
