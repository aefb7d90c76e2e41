package dev.epidural.content.internal.bind;

import dev.epidural.model.SignOff;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A sign-off file, as listed by the manifest's {@code reviews}. See {@code docs/bundle-format.md}.
 *
 * @param reviews the sign-offs it records
 */
public record ReviewFile(@NotEmpty @Size(max = 10_000) List<@Valid SignOff> reviews) {

  /** Copies the list. */
  public ReviewFile {
    reviews = List.copyOf(reviews);
  }
}
