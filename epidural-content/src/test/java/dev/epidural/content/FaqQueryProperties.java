package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.FaqEntry;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Search is case- and accent-insensitive for any accent placed on any letter. */
class FaqQueryProperties {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("drive", "home", "injection", "coffee", "sedation", "numbed", "pressure", "clinic",
        "insurance", "fast", "cafe", "hurt", "parking", "epidural");
  }

  @Provide
  Arbitrary<Character> marks() {
    // The combining diacritical marks block.
    return Arbitraries.chars().range('\u0300', '\u036f');
  }

  /** {@code word} with {@code mark} after each letter that {@code random} picks, and some letters uppercased. */
  private static String decorate(String word, char mark, Random random) {
    StringBuilder sb = new StringBuilder();
    for (char c : word.toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      if (random.nextBoolean()) {
        sb.append(mark);
      }
    }
    return sb.toString();
  }

  private List<String> ids(String query) {
    return content.faq().search(query).stream().map(h -> h.item().id().value()).toList();
  }

  @Property
  void anyInsertedAccentFindsTheSame(@ForAll("words") String word, @ForAll("marks") char mark,
                                     @ForAll Random random) {
    String accented = decorate(word, mark, random);

    assertThat(ids(accented)).isEqualTo(ids(word));
    // The same accents composed into single characters, where Unicode has them.
    assertThat(ids(Normalizer.normalize(accented, Normalizer.Form.NFC))).isEqualTo(ids(word));
  }

  @Property
  void caseDoesNotMatter(@ForAll("words") String word) {
    assertThat(ids(word.toUpperCase(Locale.ROOT))).isEqualTo(ids(word));
  }

  @Property
  void everyHitIsAnAnswerOfTheQueryWithAField(@ForAll("words") String word) {
    List<SearchHit<FaqEntry>> hits = content.faq().search(word);

    assertThat(hits).allSatisfy(h -> assertThat(h.fields()).isNotEmpty());
    assertThat(hits.stream().map(SearchHit::item).toList()).isEqualTo(content.faq().matching(word).list());
  }
}
