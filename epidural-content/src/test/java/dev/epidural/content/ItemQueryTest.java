package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Approach;
import dev.epidural.model.Contraindication;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Item;
import dev.epidural.model.Procedure;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.SpinalRegion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The behaviour every query shares, shown on procedures, contraindications and questions. */
class ItemQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  private static List<String> ids(List<? extends Item> items) {
    return items.stream().map(i -> i.id().value()).toList();
  }

  private static List<String> ids(Stream<? extends Item> items) {
    return items.map(i -> i.id().value()).toList();
  }

  @Test
  void listAnswersInBundleOrder() {
    assertThat(ids(content.procedures().list())).containsExactly("lumbar-transforaminal-esi",
        "lumbar-interlaminar-esi", "cervical-epidural-steroid-injection", "caudal-epidural-injection",
        "diagnostic-transforaminal-block", "epidural-blood-patch");
  }

  @Test
  void eachStepReturnsANewQueryAndLeavesTheOldOneAsItWas() {
    ProcedureQuery all = content.procedures();
    ProcedureQuery lumbar = all.inRegion(SpinalRegion.LUMBAR);

    assertThat(lumbar).isNotSameAs(all).isNotEqualTo(all);
    assertThat(all.count()).isEqualTo(6);
    assertThat(lumbar.count()).isEqualTo(5);
    assertThat(all.count()).isEqualTo(6);
  }

  @Test
  void terminalCallsAgree() {
    ProcedureQuery lumbar = content.procedures().inRegion(SpinalRegion.LUMBAR);

    assertThat(lumbar.count()).isEqualTo(lumbar.list().size());
    assertThat(ids(lumbar.stream())).isEqualTo(ids(lumbar.list()));
    assertThat(lumbar.first()).contains(lumbar.list().get(0));
  }

  @Test
  void firstIsEmptyWhenNothingMatches() {
    assertThat(content.procedures().inRegion(SpinalRegion.THORACIC).first()).isEmpty();
    assertThat(content.procedures().inRegion(SpinalRegion.THORACIC).list()).isEmpty();
  }

  @Test
  void theListIsImmutable() {
    List<Procedure> list = content.procedures().list();
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyStepNarrows() {
    assertThat(ids(content.procedures().inRegion(SpinalRegion.LUMBAR).inRegion(SpinalRegion.SACRAL).list()))
        .containsExactly("caudal-epidural-injection");
  }

  @Test
  void matchingFindsNamesAndNotes() {
    // "Pregnancy" is one contraindication's name and appears in another's note.
    assertThat(ids(content.contraindications().matching("pregnancy").list()))
        .containsExactly("ci-pregnancy", "ci-contrast-allergy");
  }

  @Test
  void matchingNeedsEveryWord() {
    assertThat(ids(content.faq().matching("drive home").list())).containsExactly("faq-drive");
    assertThat(content.faq().matching("drive cost").list()).isEmpty();
  }

  @Test
  void matchingSearchesAudienceVariantsToo() {
    // Only the clinician variant of the driving answer speaks of a motor block.
    assertThat(ids(content.faq().matching("motor block").list())).containsExactly("faq-drive");
  }

  @Test
  void matchingRefusesTextWithoutWords() {
    assertThatThrownBy(() -> content.faq().matching(" -- ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no letter or digit");
    assertThatThrownBy(() -> content.faq().matching(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void reviewedAtLeastFollowsDraftSourcedClinicallyReviewed() {
    assertThat(ids(content.procedures().reviewedAtLeast(ReviewStatus.CLINICALLY_REVIEWED).list()))
        .containsExactly("lumbar-transforaminal-esi");
    assertThat(ids(content.procedures().reviewedAtLeast(ReviewStatus.SOURCED).list()))
        .doesNotContain("diagnostic-transforaminal-block").hasSize(5);
    assertThat(content.procedures().reviewedAtLeast(ReviewStatus.DRAFT).count()).isEqualTo(6);
  }

  @Test
  void searchGivesFieldsAndSourcesOfEachHit() {
    List<SearchHit<FaqEntry>> hits = content.faq().search("drive");

    assertThat(hits).singleElement().satisfies(hit -> {
      assertThat(hit.item().id().value()).isEqualTo("faq-drive");
      assertThat(hit.fields()).containsExactly("question", "answer");
      assertThat(hit.sources()).extracting(c -> c.source().id().value(), CitedSource::locator)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("patient-guide-2025", "after the injection"));
    });
  }

  @Test
  void searchRunsOnTheFilteredAnswers() {
    List<SearchHit<Procedure>> hits = content.procedures().inRegion(SpinalRegion.CERVICAL).search("steroid");

    assertThat(hits).extracting(h -> h.item().id().value()).containsExactly("cervical-epidural-steroid-injection");
  }

  @Test
  void queriesWithTheSameStepsInAnyOrderAreEqual() {
    ProcedureQuery a = content.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL);
    ProcedureQuery b = content.procedures().via(Approach.TRANSFORAMINAL).inRegion(SpinalRegion.LUMBAR);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.inRegion(SpinalRegion.LUMBAR)).isEqualTo(a);
    assertThat(a).isNotEqualTo(content.procedures().inRegion(SpinalRegion.CERVICAL).via(Approach.TRANSFORAMINAL));
  }

  @Test
  void queriesOverDifferentContentAreNotEqual() {
    EpiduralContent other = EpiduralContent.loader().from(ApiFixtures.resource("l10n/clinic"))
        .clock(ApiFixtures.CLOCK).load();

    assertThat(other.procedures().inRegion(SpinalRegion.LUMBAR)).isNotEqualTo(content.procedures().inRegion(SpinalRegion.LUMBAR));
  }

  @Test
  void queriesOfDifferentKindsAreNotEqual() {
    assertThat((Object) content.complications()).isNotEqualTo(content.alternatives());
  }

  @Test
  void toStringNamesTheStepsInTheOrderGiven() {
    assertThat(content.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL))
        .hasToString("ProcedureQuery[inRegion=lumbar, via=transforaminal]");
    assertThat(content.contraindications().matching("Blood Thinners"))
        .hasToString("ContraindicationQuery[matching=blood thinners]");
  }

  @Test
  void aQueryCanBeKeptAndRunAgain() {
    ContraindicationQuery bleeding = content.contraindications().listingFactor("anticoagulant-use");
    List<Contraindication> first = bleeding.list();

    assertThat(bleeding.list()).isEqualTo(first);
  }
}
