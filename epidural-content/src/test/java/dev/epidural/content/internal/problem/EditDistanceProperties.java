package dev.epidural.content.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link EditDistance} against a plain full-matrix optimal string alignment distance. */
class EditDistanceProperties {

  /** The textbook OSA distance over code points: the whole matrix, no band, no cutoff. */
  static int naive(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length][y.length];
  }

  @Provide
  Arbitrary<String> words() {
    // A small alphabet, with an astral character, so that near strings and swaps are common.
    return Arbitraries.strings().withChars('a', 'b', 'c', '-').withChars("\ud83d\ude00").ofMaxLength(12);
  }

  @Property(tries = 1000)
  void agreesWithTheFullMatrixUpToTheCutoff(@ForAll("words") String a, @ForAll("words") String b,
                                            @ForAll @IntRange(min = 0, max = 4) int cutoff) {
    assertThat(EditDistance.within(a, b, cutoff)).isEqualTo(Math.min(naive(a, b), cutoff + 1));
  }

  @Property(tries = 300)
  void isSymmetric(@ForAll("words") String a, @ForAll("words") String b) {
    assertThat(EditDistance.within(a, b, 3)).isEqualTo(EditDistance.within(b, a, 3));
  }

  @Example
  void countsOneForEachKindOfEdit() {
    assertThat(EditDistance.within("placment", "placement", 3)).isEqualTo(1);
    assertThat(EditDistance.within("corticosteriod", "corticosteroid", 3)).isEqualTo(1);
    assertThat(EditDistance.within("theraputic", "therapeutic", 3)).isEqualTo(1);
    assertThat(EditDistance.within("lumbar", "lumbr", 3)).isEqualTo(1);
    assertThat(EditDistance.within("ca", "abc", 3)).isEqualTo(3);
    assertThat(EditDistance.within("\ud83d\ude00", "", 3)).as("one code point, two UTF-16 units").isEqualTo(1);
  }

  @Example
  void hostileLongInputsAreCutOff() {
    String a = "a".repeat(100_000);
    String b = "b".repeat(100_000);
    // Equal lengths, so only the band and the row cutoff bound the work: the first rows end it.
    assertThat(EditDistance.within(a, b, 3)).isEqualTo(4);
    assertThat(EditDistance.within(a, a + "aaaa", 3)).as("lengths too far apart").isEqualTo(4);
    assertThat(EditDistance.within(a, a.substring(1) + "b", 3)).isEqualTo(1);
    assertThat(EditDistance.within(a, "b" + a.substring(2) + "b", 3)).isEqualTo(2);
  }

  @Example
  void aNegativeCutoffIsRefused() {
    assertThatThrownBy(() -> EditDistance.within("a", "b", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
