package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.model.Approach;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Intent;
import dev.epidural.model.Item;
import dev.epidural.model.SpinalRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureQueryTest {

  private final EpiduralContent content = ApiFixtures.clinic();

  private static List<String> ids(List<? extends Item> items) {
    return items.stream().map(i -> i.id().value()).toList();
  }

  @Test
  void regionApproachAndIntentTogether() {
    assertThat(ids(content.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL)
        .forIntent(Intent.THERAPEUTIC).list())).containsExactly("lumbar-transforaminal-esi");
    assertThat(ids(content.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL)
        .forIntent(Intent.DIAGNOSTIC).list())).containsExactly("diagnostic-transforaminal-block");
  }

  @Test
  void inMatchesAnyOfAProceduresRegions() {
    assertThat(ids(content.procedures().inRegion(SpinalRegion.SACRAL).list())).containsExactly("caudal-epidural-injection");
    assertThat(ids(content.procedures().inRegion(SpinalRegion.CERVICAL).list()))
        .containsExactly("cervical-epidural-steroid-injection");
  }

  @Test
  void viaMatchesAnyOfAProceduresApproaches() {
    assertThat(ids(content.procedures().via(Approach.INTERLAMINAR).list())).containsExactly(
        "lumbar-interlaminar-esi", "cervical-epidural-steroid-injection", "epidural-blood-patch");
    assertThat(ids(content.procedures().via(Approach.CAUDAL).list())).containsExactly("caudal-epidural-injection");
  }

  @Test
  void forIntent() {
    assertThat(ids(content.procedures().forIntent(Intent.BLOOD_PATCH).list())).containsExactly("epidural-blood-patch");
    assertThat(content.procedures().forIntent(Intent.ANESTHETIC_ANALGESIC).list()).isEmpty();
  }

  @Test
  void guidedBy() {
    assertThat(content.procedures().guidedBy(ImagingGuidance.FLUOROSCOPY).count()).isEqualTo(6);
    assertThat(content.procedures().guidedBy(ImagingGuidance.ULTRASOUND).list()).isEmpty();
  }

  @Test
  void viewsFollowTheAnswersInOrder() {
    List<ProcedureView> views = content.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL).views();

    assertThat(views).extracting(ProcedureView::id)
        .containsExactly("lumbar-transforaminal-esi", "diagnostic-transforaminal-block");
    assertThat(views.get(0)).isSameAs(content.procedure("lumbar-transforaminal-esi").orElseThrow());
  }

  @Test
  void stepsRefuseNull() {
    ProcedureQuery q = content.procedures();
    assertThatThrownBy(() -> q.inRegion(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> q.via(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> q.forIntent(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> q.guidedBy(null)).isInstanceOf(NullPointerException.class);
  }
}
