package dev.epidural.content;

import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.rules.Fingerprint;
import dev.epidural.model.Audience;
import dev.epidural.model.Item;
import dev.epidural.model.LocalizedText;
import dev.epidural.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The texts of one {@link EpiduralContent} in a locale and, optionally, for an audience. Each text
 * comes back as a {@link LocalizedText} that says which locale served it, so a caller can show when
 * a fallback was used. Immutable and thread-safe.
 *
 * <p>A text is looked up along the {@linkplain #fallbacks() fallback chain}: the requested locale,
 * then its more general forms ({@code es-MX}, then {@code es}), then the bundle's own locale, whose
 * texts are the content files' own. In each translated locale the translation for the audience is
 * preferred, then the general translation; in the bundle's locale the audience variant is preferred
 * ({@link Text#forAudience}), then the general text. A translation is used only while the source
 * text it was made from is unchanged: a stale translation is never shown.
 *
 * <pre>{@code
 * LocalizedContent patient = content.in(Locale.forLanguageTag("es-MX")).forAudience(Audience.PATIENT);
 * Procedure procedure = content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
 * LocalizedText name = patient.name(procedure);                          // es, or en when untranslated
 * LocalizedText summary = patient.text(procedure, "summary").orElseThrow();
 * System.out.println(summary.text() + " [" + summary.locale().toLanguageTag() + "]");
 * }</pre>
 */
public final class LocalizedContent {

  private final EpiduralContent content;
  private final Locale locale;
  private final Optional<Audience> audience;
  private final List<Locale> fallbacks;

  LocalizedContent(EpiduralContent content, Locale locale, Optional<Audience> audience) {
    this.content = content;
    this.locale = locale;
    this.audience = audience;
    this.fallbacks = chain(locale, content.bundle().locale());
  }

  /** The locale and its more general forms, down to the bundle's own locale, which ends the chain. */
  private static List<Locale> chain(Locale requested, Locale bundleLocale) {
    List<Locale> chain = new ArrayList<>();
    for (Locale candidate : ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)
        .getCandidateLocales("", requested)) {
      if (candidate.equals(bundleLocale)) {
        break;
      }
      if (!candidate.equals(Locale.ROOT) && !chain.contains(candidate)) {
        chain.add(candidate);
      }
    }
    chain.add(bundleLocale);
    return List.copyOf(chain);
  }

  /**
   * The fingerprint a translation entry gives of the source text it translates, as
   * {@code sourceFingerprint}: the SHA-256 of the text's UTF-8 bytes in lowercase hex. The same as
   * {@code printf '%s' "$text" | sha256sum}.
   *
   * <pre>{@code
   * String fingerprint = LocalizedContent.fingerprint(procedure.summary().text());
   * }</pre>
   *
   * @param sourceText the text translated, exactly as the bundle has it
   * @return 64 lowercase hex digits
   * @throws NullPointerException if {@code sourceText} is null
   */
  public static String fingerprint(String sourceText) {
    return Fingerprint.of(Objects.requireNonNull(sourceText, "sourceText"));
  }

  /**
   * The content these texts come from.
   *
   * @return the content
   */
  public EpiduralContent content() {
    return content;
  }

  /**
   * The locale asked for.
   *
   * @return the requested locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The audience texts are chosen for, if one was chosen.
   *
   * @return the audience, or empty for the general texts
   */
  public Optional<Audience> audience() {
    return audience;
  }

  /**
   * The locales a text is looked up in, in order: the requested locale, its more general forms,
   * and last the bundle's own locale.
   *
   * <pre>{@code
   * content.in(Locale.forLanguageTag("es-MX")).fallbacks(); // [es_MX, es, en] for an English bundle
   * }</pre>
   *
   * @return the chain, never empty, as an immutable list
   */
  public List<Locale> fallbacks() {
    return fallbacks;
  }

  /**
   * The same texts in another locale, for the same audience.
   *
   * @param newLocale the locale to look texts up in
   * @return a new view
   * @throws NullPointerException if {@code newLocale} is null
   */
  public LocalizedContent in(Locale newLocale) {
    return new LocalizedContent(content, Objects.requireNonNull(newLocale, "newLocale"), audience);
  }

  /**
   * The same texts for an audience: its variant where there is one, the general text otherwise.
   *
   * <pre>{@code
   * LocalizedContent patient = content.in(Locale.forLanguageTag("es")).forAudience(Audience.PATIENT);
   * }</pre>
   *
   * @param newAudience who will read the texts
   * @return a new view
   * @throws NullPointerException if {@code newAudience} is null
   */
  public LocalizedContent forAudience(Audience newAudience) {
    return new LocalizedContent(content, locale, Optional.of(Objects.requireNonNull(newAudience, "newAudience")));
  }

  /**
   * The item's heading: its name; or, for kinds without one, its title (anatomy), question (FAQ)
   * or text (instructions and considerations).
   *
   * <pre>{@code
   * LocalizedText question = content.in(Locale.forLanguageTag("es")).name(faqEntry);
   * }</pre>
   *
   * @param item an item
   * @return the heading, in the first locale of the chain that has it
   * @throws NullPointerException if {@code item} is null
   */
  public LocalizedText name(Item item) {
    Objects.requireNonNull(item, "item");
    return text(item, TextFields.heading(item.getClass())).orElseThrow();
  }

  /**
   * One text of an item, by its field: the record component's name, such as {@code summary},
   * {@code question} or {@code note}; for texts deeper in the item, the path to it, such as
   * {@code items/0} or {@code medications/1/note}.
   *
   * <pre>{@code
   * content.in(Locale.forLanguageTag("es")).text(procedure, "summary")
   *     .ifPresent(summary -> System.out.println(summary.text() + " [" + summary.locale() + "]"));
   * }</pre>
   *
   * @param item an item
   * @param field the text's field
   * @return the text, in the first locale of the chain that has it; empty when the item has no
   *     text there (an absent note, say)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code field} names no component of the item's kind that
   *     holds texts
   */
  public Optional<LocalizedText> text(Item item, String field) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(field, "field");
    Map<String, Text> texts = content.index().texts(item);
    Text source = texts.get(field);
    if (source == null) {
      if (!TextFields.canHoldText(item.getClass(), field)) {
        throw new IllegalArgumentException("'" + field + "' is not a text field of " + Kind.of(item.getClass())
            .property() + " item '" + item.id() + "'; its texts are " + texts.keySet());
      }
      return Optional.empty();
    }
    return Optional.of(resolve(item.id().value(), field, source));
  }

  /**
   * Every text of an item, by field, in the item's field order.
   *
   * <pre>{@code
   * patient.texts(faqEntry).forEach((field, text) -> System.out.println(field + ": " + text));
   * }</pre>
   *
   * @param item an item
   * @return the item's texts, as an immutable map
   * @throws NullPointerException if {@code item} is null
   */
  public Map<String, LocalizedText> texts(Item item) {
    Objects.requireNonNull(item, "item");
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    content.index().texts(item).forEach((field, source) -> out.put(field, resolve(item.id().value(), field, source)));
    return Collections.unmodifiableMap(out);
  }

  private LocalizedText resolve(String id, String field, Text source) {
    Translations translations = content.catalogue().translations();
    for (Locale candidate : fallbacks.subList(0, fallbacks.size() - 1)) {
      if (audience.isPresent()) {
        Optional<String> own = translations.find(id, field, audience, candidate, source.forAudience(audience.get()));
        if (own.isPresent()) {
          return LocalizedText.of(own.get(), candidate);
        }
      }
      Optional<String> general = translations.find(id, field, Optional.empty(), candidate, source.text());
      if (general.isPresent()) {
        return LocalizedText.of(general.get(), candidate);
      }
    }
    return LocalizedText.of(audience.map(source::forAudience).orElse(source.text()), fallbacks.get(fallbacks.size() - 1));
  }

  /**
   * Whether {@code other} gives the texts of the same content in the same locale for the same
   * audience.
   *
   * @param other the object to compare with
   * @return true if both views give the same texts
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedContent l && l.content == content && l.locale.equals(locale)
        && l.audience.equals(audience);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(content), locale, audience);
  }

  /** The locale chain and audience, as {@code LocalizedContent[es-MX > es > en, patient]}. */
  @Override
  public String toString() {
    return "LocalizedContent[" + fallbacks.stream().map(Locale::toLanguageTag).collect(Collectors.joining(" > "))
        + ", " + audience.map(Audience::code).orElse("general") + "]";
  }
}
