package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.rules.Fingerprint;
import dev.epidural.model.Audience;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a translation file, as read: the translated text of one text of one item.
 *
 * @param id the item whose text is translated
 * @param field the text's path within the item, such as {@code summary} or {@code items/0}
 * @param audience the audience variant translated; absent for the general text
 * @param sourceFingerprint the SHA-256 of the source text translated, 64 lowercase hex digits
 * @param text the translation
 */
public record TranslationEntry(
    Id<Item> id,
    @NotBlank @Size(max = 200) String field,
    Optional<Audience> audience,
    @Pattern(regexp = Fingerprint.FORMAT, message = "must be the SHA-256 of the source text, as 64 lowercase hex digits")
    String sourceFingerprint,
    @NotBlank @Size(max = Text.MAX_LENGTH) String text) {

  /** Checks that no component is null. */
  public TranslationEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(sourceFingerprint, "sourceFingerprint");
    Objects.requireNonNull(text, "text");
  }
}
