package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

  private final ExportContent content = Fixtures.fixture();
  private final Procedure esi = content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  private final MarkdownExporter md = MarkdownExporter.of(content, ExportOptions.of(Audience.PATIENT));

  @Test
  void theOverviewIsHeadingsAndListsWithTheStepsNumberedInOrder() {
    String out = md.procedureOverview(esi);
    assertThat(out).startsWith("# Lumbar transforaminal epidural steroid injection\n\nMedicine is placed next to one"
        + " irritated nerve in the lower back, using X-ray to guide the needle.\n\n- **Where in the spine:** Lower"
        + " back\n");
    assertThat(out).contains("## What happens, step by step\n\n"
        + "1. **Check-in:** The team checks your health, your medicines and your consent.\n"
        + "2. **Positioning:** You lie on your front; the skin is cleaned and numbed.\n"
        + "3. **Placement:** Under fluoroscopy, the needle is advanced and contrast confirms its position before the"
        + " drug is given.\n"
        + "4. **Observation:** You rest for a short while before going home.\n\n");
    assertThat(out).contains("- **Test steroid:** A placeholder medicine used only in tests."
        + " (1–2 mL)\n");
    assertThat(out).endsWith("\n\n> We wrote this from the sources listed on this page and checked it against them."
        + " No doctor or nurse has reviewed it, so it is not clinically reviewed. Ask your own care team about your"
        + " care. Last checked against the sources: 2026-11-21.\n");
    assertThat(MarkdownExporter.of(content, ExportOptions.of(Audience.CLINICIAN)).procedureOverview(esi))
        .endsWith("\n\n> Written from the cited sources and checked against them; not clinically"
            + " reviewed. Last checked against the sources: 2026-11-21.\n");
  }

  @Test
  void sourcesAreLinkedOnlyWithHttpUrls() {
    String out = MarkdownExporter.of(content, ExportOptions.of(Audience.CLINICIAN)).procedureOverview(esi);
    assertThat(out).contains("## Sources\n\n1. [Guided Epidural Injections: A Test Fixture"
        + "](<https://doi.org/10.1148/rg.2017160043>), Radiographics, 2016-12-09. abstract;",
        "\n2. [Your epidural injection: a leaflet for patients](<https://example.org/leaflets/epidural-injection>),"
        + " Example Clinic. before your injection;");
  }

  @Test
  void aPatientPageListsItsSourcesWithoutLocators() {
    assertThat(md.procedureOverview(esi)).contains("## Sources\n\n1. [Guided Epidural Injections: A Test Fixture"
        + "](<https://doi.org/10.1148/rg.2017160043>), Radiographics, 2016-12-09.\n",
        "\n2. [Your epidural injection: a leaflet for patients](<https://example.org/leaflets/epidural-injection>),"
        + " Example Clinic.\n");
  }

  @Test
  void theFaqPageHasAQuestionHeadingPerEntry() {
    assertThat(md.faqPage()).startsWith("# Frequently asked questions\n\n## Does the injection hurt?\n\n"
        + "The skin is numbed first; most people feel pressure rather than pain.\n\nSources: \\[1\\]\n\n"
        + "## How long does it take?\n\nThe injection itself takes a few minutes.\n\n"
        + "Plan to stay about an hour in total.\n\nSources: \\[1\\], \\[2\\]\n\n## Sources\n\n");
  }

  @Test
  void hostileTextsAreEscapedSoNoHtmlLinkOrImageComesThrough() {
    ExportContent hostile = Fixtures.hostile();
    MarkdownExporter evil = MarkdownExporter.of(hostile, ExportOptions.of(Audience.PATIENT));
    List<String> pages = new ArrayList<>();
    pages.add(evil.procedureOverview(hostile.item(Procedure.class, "evil-procedure").orElseThrow()));
    pages.add(evil.faqPage());
    for (Item item : hostile.items()) {
      pages.add(evil.item(item));
    }
    for (String page : pages) {
      String syntax = EscapeProperties.withoutEscapes(page);
      assertThat(syntax).doesNotContain("<", "&", "](", "[", "`");
    }
    String overview = pages.get(0);
    assertThat(overview).contains("# Procedure \\</script\\>\\<script\\>window.\\_\\_pwned=1\\</script\\>",
        "Summary \\<img src=x onerror=\"window.\\_\\_pwned=1\"\\>",
        "**Complication \\<img src=x onerror=\"window.\\_\\_pwned=1\"\\>:** \\[click\\](javascript:window.\\_\\_pwned=1)");
    // The javascript: URL of the source is not linked: its title is plain text.
    assertThat(overview).contains("\n1. Evil \\</script\\>");
    assertThat(EscapeProperties.unescapeMarkdown(overview)).contains(Fixtures.SCRIPT_BREAKOUT, Fixtures.IMG_ONERROR);
  }

  @Test
  void everyKindOfItemRenders() {
    for (Item item : content.items()) {
      String out = md.item(item);
      assertThat(out).as(item.id().value()).contains("> ").endsWith(".\n");
    }
  }
}
