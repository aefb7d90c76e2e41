package dev.epidural.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.examples.StaticSite;
import dev.epidural.model.Procedure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's files and links, without a browser. */
class StaticSiteTest {

  @TempDir
  Path dir;

  @Test
  void writesAnIndexAPagePerProcedureAndTheFaq() throws IOException {
    EpiduralContent content = SiteFixtures.bundle();
    List<Path> pages = StaticSite.write(content, dir);
    List<String> expected = new ArrayList<>();
    expected.add("index.html");
    content.all(Procedure.class).forEach(p -> expected.add("procedure-" + p.id().value() + ".html"));
    expected.add("faq.html");
    assertThat(pages).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void everyLocalLinkPointsToAWrittenPage() throws IOException {
    List<Path> pages = StaticSite.write(SiteFixtures.bundle(), dir);
    Pattern href = Pattern.compile("href=\"([^\"#]*)[^\"]*\"");
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = href.matcher(html);
      while (m.find()) {
        String target = m.group(1);
        if (!target.isEmpty() && !target.startsWith("https://")) {
          assertThat(dir.resolve(target)).as("link %s in %s", target, page.getFileName()).exists();
        }
      }
    }
  }

  @Test
  void everyPageEmbedsItsJsonLdAndStatesTheReview() throws IOException {
    for (Path page : StaticSite.write(SiteFixtures.bundle(), dir)) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(html).as(page.getFileName().toString())
          .contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
          .contains("not clinically reviewed")
          .contains("<section class=\"sources\">");
      assertThat(html.split("<script", -1)).hasSize(2);
    }
  }

  @Test
  void hostileRecordsWriteNoMarkup() throws IOException {
    for (Path page : StaticSite.write(SiteFixtures.hostile(), dir)) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(html).doesNotContain("<img", "href=\"javascript");
      assertThat(html.split("<script", -1)).hasSize(2);
      assertThat(html.split("</script", -1)).hasSize(2);
    }
  }
}
