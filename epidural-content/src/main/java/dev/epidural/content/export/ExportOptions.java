package dev.epidural.content.export;

import dev.epidural.model.Audience;
import dev.epidural.model.Text;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an export renders content: for which audience, through which {@link TextResolver}, in which
 * language, with which {@link Label} wording, compact or indented. Immutable and thread-safe: each
 * {@code withX} method returns a new instance, and {@code x()} reads the option back.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.of(Audience.PATIENT)
 *     .withPretty(true)
 *     .withLabel(Label.STEPS, "What happens");
 * }</pre>
 *
 * <p>A locale-aware resolver plugs in without changing an exporter: pass it with
 * {@link #withTextResolver(TextResolver)} and name its language with {@link #withLanguage(Locale)} so the
 * JSON-LD {@code inLanguage} and the HTML {@code lang} follow.
 */
public final class ExportOptions {

  private final Audience audience;
  private final TextResolver textResolver;
  private final Optional<Locale> language;
  private final boolean pretty;
  private final Map<Label, String> labels;

  private ExportOptions(Audience audience, TextResolver textResolver, Optional<Locale> language, boolean pretty,
                        Map<Label, String> labels) {
    this.audience = audience;
    this.textResolver = textResolver;
    this.language = language;
    this.pretty = pretty;
    this.labels = labels;
  }

  /**
   * Options for {@code audience}, with the default resolver ({@link TextResolver#byAudience()}), the
   * bundle's language, compact JSON and the English labels.
   *
   * <pre>{@code
   * ExportOptions forPatients = ExportOptions.of(Audience.PATIENT);
   * }</pre>
   *
   * @param audience who will read the export
   * @return the options
   * @throws NullPointerException if {@code audience} is null
   */
  public static ExportOptions of(Audience audience) {
    return new ExportOptions(Objects.requireNonNull(audience, "audience"), TextResolver.byAudience(),
        Optional.empty(), false, new EnumMap<>(Label.class));
  }

  /**
   * A copy for another audience.
   *
   * @param newAudience who will read the export
   * @return new options
   * @throws NullPointerException if {@code newAudience} is null
   */
  public ExportOptions withAudience(Audience newAudience) {
    return new ExportOptions(Objects.requireNonNull(newAudience, "newAudience"), textResolver, language, pretty,
        labels);
  }

  /**
   * A copy that resolves texts with {@code resolver}.
   *
   * @param resolver turns each text into the string to show
   * @return new options
   * @throws NullPointerException if {@code resolver} is null
   */
  public ExportOptions withTextResolver(TextResolver resolver) {
    return new ExportOptions(audience, Objects.requireNonNull(resolver, "resolver"), language, pretty, labels);
  }

  /**
   * A copy that declares the texts to be in {@code locale}, for a resolver that serves another
   * language than the bundle's. Without it, exports declare the bundle's locale.
   *
   * @param locale the language of the resolved texts
   * @return new options
   * @throws NullPointerException if {@code locale} is null
   */
  public ExportOptions withLanguage(Locale locale) {
    return new ExportOptions(audience, textResolver, Optional.of(Objects.requireNonNull(locale, "locale")), pretty,
        labels);
  }

  /**
   * A copy that indents JSON and JSON-LD (two spaces, {@code \n} line ends) or writes it compact.
   *
   * @param indented true to indent
   * @return new options
   */
  public ExportOptions withPretty(boolean indented) {
    return new ExportOptions(audience, textResolver, language, indented, labels);
  }

  /**
   * A copy with {@code label} worded as {@code text} in HTML and Markdown.
   *
   * @param label the label to replace
   * @param text its wording; plain text, escaped like content
   * @return new options
   * @throws NullPointerException if an argument is null
   */
  public ExportOptions withLabel(Label label, String text) {
    Map<Label, String> copy = new EnumMap<>(Label.class);
    copy.putAll(labels);
    copy.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(text, "text"));
    return new ExportOptions(audience, textResolver, language, pretty, copy);
  }

  /**
   * Who the export is for.
   *
   * @return the audience
   */
  public Audience audience() {
    return audience;
  }

  /**
   * The resolver that turns texts into strings.
   *
   * @return the resolver
   */
  public TextResolver textResolver() {
    return textResolver;
  }

  /**
   * The language declared for the texts, when it was set.
   *
   * @return the language, or empty to use the bundle's locale
   */
  public Optional<Locale> language() {
    return language;
  }

  /**
   * Whether JSON and JSON-LD are indented.
   *
   * @return true if indented
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * The wording of {@code label}: the one set with {@link #withLabel(Label, String)}, else English.
   *
   * @param label the label
   * @return its wording
   */
  public String label(Label label) {
    return labels.getOrDefault(Objects.requireNonNull(label, "label"), label.english());
  }

  /**
   * The string to show for {@code text}: the resolver's answer for the audience.
   *
   * <pre>{@code
   * String title = options.resolve(procedure.name());
   * }</pre>
   *
   * @param text a text of the content
   * @return the resolved string
   * @throws NullPointerException if {@code text} is null or the resolver returns null
   */
  public String resolve(Text text) {
    Objects.requireNonNull(text, "text");
    return Objects.requireNonNull(textResolver.resolve(text, audience),
        () -> "the text resolver returned null for '" + text.text() + "'");
  }

  /** The language tag of the export: the one set, else {@code bundleLocale}. */
  String languageTag(Locale bundleLocale) {
    return language.orElse(bundleLocale).toLanguageTag();
  }
}
