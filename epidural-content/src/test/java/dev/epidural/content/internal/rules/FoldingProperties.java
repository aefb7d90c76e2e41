package dev.epidural.content.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class FoldingProperties {

  @Property
  void anAccentAfterAnyLetterFoldsAway(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String word,
                                       @ForAll @CharRange(from = '\u0300', to = '\u036f') char mark,
                                       @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 19) int at) {
    int i = Math.min(at, word.length() - 1) + 1;
    String accented = word.substring(0, i) + mark + word.substring(i);

    assertThat(Folding.fold(accented)).isEqualTo(Folding.fold(word));
    assertThat(Folding.fold(Normalizer.normalize(accented, Normalizer.Form.NFC))).isEqualTo(Folding.fold(word));
  }

  @Property
  void foldingIsIdempotent(@ForAll String text) {
    String folded = Folding.fold(text);

    assertThat(Folding.fold(folded)).isEqualTo(folded);
  }

  @Provide
  Arbitrary<String> latinWords() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzàáâãäåçèéêëìíîïñòóôõöùúûüýÿ").ofMaxLength(20);
  }

  @Property
  void caseDoesNotMatterForLatinLetters(@ForAll("latinWords") String word) {
    // Not for every character: some uppercase to two letters (U+1FB3 becomes "ΑΙ").
    assertThat(Folding.fold(word.toUpperCase(Locale.ROOT))).isEqualTo(Folding.fold(word));
  }

  @Property
  void aFoldedTextHasNoCombiningMark(@ForAll String text) {
    assertThat(Folding.fold(text)).doesNotContainPattern("\\p{M}");
  }
}
