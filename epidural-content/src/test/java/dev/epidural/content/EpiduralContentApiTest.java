package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Citation;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The entry points the query API adds to {@link EpiduralContent}. */
class EpiduralContentApiTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Test
  void sourcesOfResolvesEveryCitation() {
    FaqEntry drive = content.item(FaqEntry.class, "faq-drive").orElseThrow();

    assertThat(content.sourcesOf(drive)).singleElement().satisfies(c -> {
      assertThat(c.source().id().value()).isEqualTo("patient-guide-2025");
      assertThat(c.source().url()).contains("https://clinic.example/epidural-guide");
      assertThat(c.locator()).isEqualTo("after the injection");
    });
  }

  @Test
  void everyItemsSourcesResolve() {
    assertThat(content.items()).allSatisfy(item ->
        assertThat(content.sourcesOf(item)).hasSameSizeAs(item.sources()));
  }

  @Test
  void sourcesOfAnItemCitingAnUnknownSourceIsRefused() {
    FaqEntry drive = content.item(FaqEntry.class, "faq-drive").orElseThrow();
    FaqEntry foreign = new FaqEntry(drive.id(), Text.of("Q?"), Text.of("A."),
        List.of(Citation.of("elsewhere", "p. 1")), drive.review());

    assertThatThrownBy(() -> content.sourcesOf(foreign)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'elsewhere'");
  }

  @Test
  void localesAreTheBundlesFirstThenItsTranslations() {
    assertThat(content.locales()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("es"),
        Locale.forLanguageTag("es-MX"));
  }

  @Test
  void layersOfAPlainBundleIsTheBundle() {
    assertThat(content.layers()).containsExactly(content.bundle());
  }

  @Test
  void onlyContentReadByALoaderCanBeABase() {
    EpiduralContent bare = new EpiduralContent(content.bundle(), content.catalogue(), content.report());

    assertThatThrownBy(() -> EpiduralContent.loader().base(bare)).isInstanceOf(IllegalArgumentException.class);
    assertThat(EpiduralContent.loader().base(content).load().items()).isEqualTo(content.items());
  }

  @Test
  void theReportKeepsTheStaleTranslationWarning() {
    assertThat(content.report().warnings()).extracting(Problem::code).containsExactly("EPI-L10N-005");
  }

  @Test
  void queriesStartEmptyOfFilters() {
    assertThat(content.procedures()).hasToString("ProcedureQuery[]");
    assertThat(content.medications().count()).isEqualTo(content.all(dev.epidural.model.Medication.class).size());
    assertThat(content.faq().count()).isEqualTo(4);
    assertThat(content.approaches().count()).isEqualTo(3);
  }
}
