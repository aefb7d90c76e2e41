package dev.epidural.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Procedure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports say "reviewed by" and write lastReviewed/reviewedBy only where a sign-off backs every item shown. */
class ReviewedExportsTest {

  private static final String REVIEWER = "Dr. Cy Placeholder";

  /** The export fixture with every FAQ entry approved, the fingerprints computed by the library. */
  private static EpiduralContent faqApproved(Path tmp) throws IOException {
    for (String name : List.of("bundle.json", "procedures.json", "faq.json", "reviews.json")) {
      try (InputStream in = ReviewedExportsTest.class.getClassLoader()
          .getResourceAsStream(Fixtures.BUNDLE + "/" + name)) {
        Files.copy(in, tmp.resolve(name));
      }
    }
    EpiduralContent before = EpiduralContent.loader().from(tmp).load();
    String items = before.all(FaqEntry.class).stream().map(f -> "{\"item\": \"" + f.id() + "\", \"fingerprint\": \""
        + before.reviewFingerprint(f) + "\"}").collect(Collectors.joining(", "));
    Files.writeString(tmp.resolve("reviews.json"), "{\"reviews\": [{\"id\": \"faq-review\", \"date\": \"2026-09-15\", "
        + "\"decision\": \"approved\", \"reviewer\": {\"name\": \"" + REVIEWER + "\", \"role\": \"nurse specialist\"}, "
        + "\"items\": [" + items + "]}]}", StandardCharsets.UTF_8);
    return EpiduralContent.loader().from(tmp).load();
  }

  @Test
  void jsonLdWritesLastReviewedAndReviewedByOnlyForReviewedItems(@TempDir Path tmp) throws IOException {
    ExportContent content = ExportContent.from(faqApproved(tmp));
    JsonLdExporter ld = JsonLdExporter.of(content, ExportOptions.of(Audience.PATIENT));

    Map<String, Object> faq = JsonTree.object(ld.faqPage().json());
    assertThat(faq.get("lastReviewed")).isEqualTo("2026-09-15");
    assertThat(JsonTree.list(faq, "reviewedBy")).containsExactly(
        Map.of("@type", "Person", "name", REVIEWER, "jobTitle", "nurse specialist"));
    for (Procedure p : content.all(Procedure.class)) {
      Map<String, Object> page = JsonTree.object(ld.procedurePage(p).json());
      assertThat(page).as(p.id().value()).doesNotContainKeys("lastReviewed", "reviewedBy");
    }
  }

  @Test
  void pagesSayReviewedByOnlyForReviewedItems(@TempDir Path tmp) throws IOException {
    ExportContent content = ExportContent.from(faqApproved(tmp));
    HtmlExporter html = HtmlExporter.of(content, ExportOptions.of(Audience.PATIENT));
    MarkdownExporter md = MarkdownExporter.of(content, ExportOptions.of(Audience.PATIENT));

    assertThat(html.reviewNotice(content.all(FaqEntry.class)).html())
        .contains("Reviewed by " + REVIEWER + " (nurse specialist) on <time datetime=\"2026-09-15\">");
    Procedure esi = content.all(Procedure.class).get(0);
    assertThat(html.reviewNotice(List.of(esi)).html()).doesNotContain("Reviewed by")
        .contains("not clinically reviewed");
    assertThat(md.faqPage()).contains("Reviewed by " + REVIEWER);
    assertThat(md.procedureOverview(esi)).doesNotContain("Reviewed by").contains("not clinically reviewed");
  }
}
