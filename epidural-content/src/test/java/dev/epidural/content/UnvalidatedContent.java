package dev.epidural.content;

import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.model.Item;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Content made of records without the loader: none of its checks runs, so the items may hold what
 * no bundle could (markup and script in every text, a {@code javascript:} source URL, a clinical
 * review that no sign-off backs). Only for tests: those that hold the exporters' escaping to its
 * promise whatever text reaches them, and those of a rendering case a valid bundle cannot show.
 * References between the items must still resolve, as the views of loaded content expect.
 */
public final class UnvalidatedContent {

  private UnvalidatedContent() {}

  /**
   * {@code items}, in this order, citing the sources of {@code bundle}.
   *
   * @param bundle the bundle information, with every source the items cite
   * @param items the items, which the content copies
   * @return the content, with an empty report
   */
  public static EpiduralContent of(BundleInfo bundle, List<? extends Item> items) {
    return new EpiduralContent(bundle, new Catalogue(Collections.unmodifiableList(items)),
        new ValidationReport("records", Optional.of(bundle), List.of()));
  }
}
