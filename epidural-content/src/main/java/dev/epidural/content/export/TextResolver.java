package dev.epidural.content.export;

import dev.epidural.model.Audience;
import dev.epidural.model.Text;

/**
 * Turns a model {@link Text} into the one string an export shows. The default,
 * {@link #byAudience()}, picks the variant written for the audience from the bundle's own texts; a
 * locale-aware resolver (a translation overlay, say) can be plugged in through
 * {@link ExportOptions#withTextResolver(TextResolver)} without any change to the exporters.
 *
 * <pre>{@code
 * TextResolver shouting = (text, audience) -> text.forAudience(audience).toUpperCase(Locale.ROOT);
 * ExportOptions options = ExportOptions.of(Audience.PATIENT).withTextResolver(shouting);
 * }</pre>
 *
 * <p>Whatever a resolver returns is still plain text: every exporter escapes it for its output.
 */
@FunctionalInterface
public interface TextResolver {

  /**
   * The string to show for {@code text}.
   *
   * @param text a text of the content
   * @param audience who will read it
   * @return the string to show; never null
   */
  String resolve(Text text, Audience audience);

  /**
   * The default resolver: {@link Text#forAudience(Audience)}, the bundle's own text in its default
   * locale.
   *
   * @return the resolver
   */
  static TextResolver byAudience() {
    return Text::forAudience;
  }
}
