package dev.epidural.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document that content items cite. Immutable and thread-safe.
 *
 * @param id the identifier citations use
 * @param title the document's title
 * @param publisher who published it
 * @param url where it can be read, if known
 * @param doi its DOI, if it has one
 * @param published when it was published, if known
 */
public record Source(
    Id<Source> id,
    @NotBlank @Size(max = 500) String title,
    @NotBlank @Size(max = 300) String publisher,
    Optional<@Pattern(regexp = "https?://\\S+") @Size(max = 2000) String> url,
    Optional<@Pattern(regexp = "10\\.\\d{4,9}/\\S+") String> doi,
    Optional<LocalDate> published) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(doi, "doi");
    Objects.requireNonNull(published, "published");
  }
}
