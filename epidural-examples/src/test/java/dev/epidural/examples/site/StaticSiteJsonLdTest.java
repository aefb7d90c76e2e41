package dev.epidural.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.export.schemaorg.SchemaOrgProcessing;
import dev.epidural.content.export.schemaorg.SchemaOrgVocabulary;
import dev.epidural.examples.StaticSite;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD embedded in the static site's pages, as a search engine reads it from the HTML: each
 * page carries one {@code <script type="application/ld+json">} block, and that block keeps to the
 * schema.org vocabulary of the release the exporter claims and expands with a real JSON-LD
 * processor without a dropped term. The same checks as the export's own tests, over the site of the
 * built-in bundle, of the site test bundle and of hostile records.
 */
class StaticSiteJsonLdTest {

  /** Script data ends at the first {@code </script}: the export escapes every {@code <} inside it. */
  private static final Pattern BLOCK = Pattern.compile(
      "<script type=\"application/ld\\+json\">(.*?)</script", Pattern.DOTALL);

  @TempDir
  static Path dir;

  /** One page of one site and the JSON-LD it embeds. */
  record Page(String name, String jsonLd) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Page> pages() throws IOException {
    List<Page> pages = new ArrayList<>();
    pages.addAll(site("built-in", StaticSite.write(EpiduralContent.builtIn(), dir.resolve("built-in"))));
    pages.addAll(site("site-bundle", StaticSite.write(SiteFixtures.bundle(), dir.resolve("site-bundle"))));
    pages.addAll(site("hostile", StaticSite.write(SiteFixtures.hostile(), dir.resolve("hostile"))));
    return pages;
  }

  private static List<Page> site(String name, List<Path> written) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (Path file : written) {
      List<String> blocks = blocks(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(blocks).as("JSON-LD blocks of %s/%s", name, file.getFileName()).hasSize(1);
      pages.add(new Page(name + "/" + file.getFileName(), blocks.get(0)));
    }
    return pages;
  }

  private static List<String> blocks(String html) {
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(html);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theEmbeddedJsonLdKeepsToTheSchemaOrgVocabulary(Page page) {
    SchemaOrgVocabulary.Findings findings = SchemaOrgVocabulary.load().check(page.jsonLd());
    assertThat(findings.violations()).as(page.name()).isEmpty();
    assertThat(findings.pendingTerms()).as("pending terms of %s", page.name()).isSubsetOf("codeValue");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theEmbeddedJsonLdExpandsWithoutADroppedTerm(Page page) {
    assertThat(SchemaOrgProcessing.load().check(page.jsonLd())).as(page.name()).isEmpty();
  }

  @Test
  void aPageWhoseJsonLdUsesIndicationFailsBothChecks() throws IOException {
    Path site = dir.resolve("mutated");
    Path file = StaticSite.write(SiteFixtures.bundle(), site).get(1);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    String mutated = html.replaceFirst(Pattern.quote("\"mainEntity\":{"),
        Matcher.quoteReplacement("\"mainEntity\":{\"indication\":[{\"@type\":\"MedicalIndication\",\"name\":\"Leg pain\"}],"));
    assertThat(mutated).isNotEqualTo(html);
    String jsonLd = blocks(mutated).get(0);
    assertThat(SchemaOrgVocabulary.load().check(jsonLd).violations())
        .anySatisfy(v -> assertThat(v).contains("'indication' is not a schema.org 30.0 property"));
    assertThat(SchemaOrgProcessing.load().check(jsonLd)).contains("dropped term 'indication': 1 of 1 values lost in expansion");
  }
}
