package dev.epidural.content.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.ApiFixtures;
import dev.epidural.model.AnatomyFact;
import dev.epidural.model.AnatomyTopic;
import dev.epidural.model.Contraindication;
import dev.epidural.model.Id;
import dev.epidural.model.Procedure;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

  @Test
  void textsByPathIncludingNestedOnes() {
    Procedure p = ApiFixtures.clinic().item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();

    assertThat(TextFields.of(p).keySet()).containsExactly("name", "summary", "medications/0/note");
    assertThat(TextFields.of(p).get("medications/0/note")).isEqualTo(Text.of("Given after the contrast check."));
  }

  @Test
  void listsOfTextsByIndexAndAbsentOptionalsLeftOut() {
    AnatomyFact fact = new AnatomyFact(Id.of("a"), AnatomyTopic.CONTENTS, Optional.empty(), Text.of("Contents"),
        Text.of("It holds:"), List.of(Text.of("fat"), Text.of("veins")), List.of(), Review.of(ReviewStatus.DRAFT));

    assertThat(TextFields.of(fact).keySet()).containsExactly("title", "text", "items/0", "items/1");
  }

  @Test
  void theHeadingOfEveryKindIsARequiredText() {
    assertThat(Arrays.stream(Kind.values()).map(k -> TextFields.heading(k.type())).distinct())
        .containsExactlyInAnyOrder("title", "name", "text", "question");
    assertThat(TextFields.heading(Contraindication.class)).isEqualTo("name");
  }

  @Test
  void canHoldText() {
    assertThat(TextFields.canHoldText(Contraindication.class, "note")).isTrue();
    assertThat(TextFields.canHoldText(Procedure.class, "medications/3/note")).isTrue();
    assertThat(TextFields.canHoldText(Procedure.class, "intent")).isFalse();
    assertThat(TextFields.canHoldText(Procedure.class, "steps")).isFalse();
    assertThat(TextFields.canHoldText(Procedure.class, "nothing")).isFalse();
  }
}
