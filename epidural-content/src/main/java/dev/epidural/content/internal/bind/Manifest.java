package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.read.Limits;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The manifest, {@code bundle.json}, as read. See {@code docs/bundle-format.md}.
 *
 * @param schemaVersion the format version, {@code 1}
 * @param id the bundle's id
 * @param version the bundle's own version
 * @param title a display title
 * @param locale the language of the content texts, a BCP 47 tag
 * @param publisher who publishes the bundle
 * @param license the content licence
 * @param defaultReview the review of items that give none
 * @param sources the documents items cite
 * @param files the content files, relative to the bundle root
 * @param translations the translation files, relative to the bundle root
 * @param replace in an overlay, the ids of base items that items of the overlay replace
 * @param withdraw in an overlay, the ids of base items the overlay removes
 * @param reviews the sign-off files, relative to the bundle root; absent in older manifests, read as none
 */
public record Manifest(
    int schemaVersion,
    Id<Manifest> id,
    @NotBlank @Size(max = 64) String version,
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 35) String locale,
    @NotBlank @Size(max = 300) String publisher,
    @NotBlank @Size(max = 100) String license,
    Optional<@Valid Review> defaultReview,
    @NotEmpty List<@Valid Source> sources,
    @NotEmpty @Size(max = Limits.MAX_FILES) List<@NotBlank @Size(max = 500) String> files,
    @Size(max = Limits.MAX_FILES) List<@NotBlank @Size(max = 500) String> translations,
    List<Id<Item>> replace,
    List<Id<Item>> withdraw,
    @Size(max = Limits.MAX_FILES) List<@NotBlank @Size(max = 500) String> reviews) {

  /** The only format version this release reads. */
  public static final int SCHEMA_VERSION = 1;

  /** Copies the lists. */
  public Manifest {
    sources = List.copyOf(sources);
    files = List.copyOf(files);
    translations = List.copyOf(translations);
    replace = List.copyOf(replace);
    withdraw = List.copyOf(withdraw);
    reviews = List.copyOf(reviews);
  }

  /** A manifest that lists no sign-off files, as every manifest did before they existed. */
  public Manifest(int schemaVersion, Id<Manifest> id, String version, String title, String locale, String publisher,
                  String license, Optional<Review> defaultReview, List<Source> sources, List<String> files,
                  List<String> translations, List<Id<Item>> replace, List<Id<Item>> withdraw) {
    this(schemaVersion, id, version, title, locale, publisher, license, defaultReview, sources, files, translations,
        replace, withdraw, List.of());
  }
}
