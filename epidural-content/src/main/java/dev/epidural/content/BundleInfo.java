package dev.epidural.content;

import dev.epidural.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bundle's manifest says about the bundle. Immutable and thread-safe.
 *
 * @param id the bundle's id
 * @param version the bundle's own version
 * @param title its display title
 * @param locale the language of its texts
 * @param publisher who publishes it
 * @param license the content licence, an SPDX id where one exists
 * @param sources the documents its items cite
 * @param files the content files the manifest lists, in its order and as written, relative to the
 *     bundle's root: a path listed twice is here twice, and a list that breaks a rule of the model
 *     is here as given (its files are not read, and the report says why). For content read as
 *     layers, those of the top layer's manifest, the bundle named last; each layer's are in
 *     {@link EpiduralContent#layers()}
 */
public record BundleInfo(String id, String version, String title, Locale locale, String publisher,
                         String license, List<Source> sources, List<String> files) {

  /**
   * Checks that no component is null and copies the sources and the files.
   *
   * @throws NullPointerException if a component is null, or a file is
   */
  public BundleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(license, "license");
    sources = List.copyOf(sources);
    files = List.copyOf(files);
  }

  /**
   * A description that lists no content files: {@link #files()} is empty.
   *
   * @param id the bundle's id
   * @param version the bundle's own version
   * @param title its display title
   * @param locale the language of its texts
   * @param publisher who publishes it
   * @param license the content licence, an SPDX id where one exists
   * @param sources the documents its items cite
   * @throws NullPointerException if an argument is null
   */
  public BundleInfo(String id, String version, String title, Locale locale, String publisher, String license,
                    List<Source> sources) {
    this(id, version, title, locale, publisher, license, sources, List.of());
  }

  /**
   * The source with this id.
   *
   * @param sourceId the source's id
   * @return the source, or empty if the bundle has none by that id
   */
  public Optional<Source> source(String sourceId) {
    return sources.stream().filter(s -> s.id().value().equals(sourceId)).findFirst();
  }
}
