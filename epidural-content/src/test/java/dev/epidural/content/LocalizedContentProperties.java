package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the locale asked for, every text comes from a locale of its fallback chain. */
class LocalizedContentProperties {

  private final EpiduralContent content = ApiFixtures.clinic();

  @Provide
  Arbitrary<Locale> locales() {
    // Every locale the platform knows except the root locale (a unit test covers that one).
    return Arbitraries.oneOf(Arbitraries.of(Locale.getAvailableLocales()).filter(l -> !l.equals(Locale.ROOT)),
        Arbitraries.of(Locale.forLanguageTag("es-MX"), Locale.forLanguageTag("es"), Locale.forLanguageTag("es-419")));
  }

  @Provide
  Arbitrary<Item> items() {
    return Arbitraries.of(content.items());
  }

  /** Every locale the platform knows, so no random draw can miss one. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void theChainEndsWithTheBundlesLocaleAndHoldsItOnce(@ForAll("locales") Locale locale) {
    List<Locale> chain = content.in(locale).fallbacks();

    assertThat(chain).endsWith(Locale.ENGLISH).doesNotHaveDuplicates();
    // Its most general form, the bare language, is always on the way.
    assertThat(chain).contains(Locale.forLanguageTag(locale.getLanguage()));
  }

  @Property
  void everyTextComesFromTheChain(@ForAll("locales") Locale locale, @ForAll("items") Item item,
                                  @ForAll Optional<Audience> audience) {
    LocalizedContent view = audience.map(a -> content.in(locale).forAudience(a)).orElse(content.in(locale));

    assertThat(view.texts(item).values()).extracting(LocalizedText::locale)
        .allSatisfy(l -> assertThat(view.fallbacks()).contains(l));
    assertThat(view.fallbacks()).contains(view.name(item).locale());
  }
}
