package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package-private helper behind every set component of the records. */
class CopiesTest {

  @Test
  void sortedSetIteratesInDeclarationOrderForEnums() {
    Set<SpinalRegion> set = Copies.sortedSet(List.of(SpinalRegion.SACRAL, SpinalRegion.CERVICAL, SpinalRegion.LUMBAR));

    assertThat(set).containsExactly(SpinalRegion.CERVICAL, SpinalRegion.LUMBAR, SpinalRegion.SACRAL);
  }

  @Test
  void sortedSetIteratesInNaturalOrderForStrings() {
    assertThat(Copies.sortedSet(List.of("local-infection", "anticoagulant-use", "bleeding-disorder")))
        .containsExactly("anticoagulant-use", "bleeding-disorder", "local-infection");
  }

  @Test
  void sortedSetDropsDuplicates() {
    assertThat(Copies.sortedSet(List.of(Intent.DIAGNOSTIC, Intent.DIAGNOSTIC))).containsExactly(Intent.DIAGNOSTIC);
  }

  @Test
  void sortedSetIsACopy() {
    List<Intent> source = new ArrayList<>(List.of(Intent.THERAPEUTIC));
    Set<Intent> copy = Copies.sortedSet(source);

    source.add(Intent.DIAGNOSTIC);

    assertThat(copy).containsExactly(Intent.THERAPEUTIC);
  }

  @Test
  void sortedSetIsUnmodifiable() {
    Set<Intent> copy = Copies.sortedSet(List.of(Intent.THERAPEUTIC));

    assertThatThrownBy(() -> copy.add(Intent.DIAGNOSTIC)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.remove(Intent.THERAPEUTIC)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sortedSetRejectsANullElement() {
    assertThatThrownBy(() -> Copies.sortedSet(Arrays.asList(Intent.THERAPEUTIC, null)))
        .isInstanceOf(NullPointerException.class);
  }
}
