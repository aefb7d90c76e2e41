package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.problem.Located;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the read and bind stages gave for a whole bundle, its layers merged: the input of every
 * check stage. Nothing here changes once it is made; the stages report into {@code Problems} and
 * hand nothing back.
 *
 * @param layers each layer as read, bottom first
 * @param entries the bound items of every layer, merged (overlays laid over their base), in bundle
 *     order
 * @param unbound the items that could not be bound, every layer's, in bundle order: the stages still
 *     check them where they can ({@link UnboundChecks})
 * @param withdrawn the ids an overlay withdrew from its base, with the place of each withdrawal
 * @param declaredIds every id declared in the files, bound or not: a reference to one of them that
 *     does not resolve is reported where the item is, not again at the reference. Built on first use
 *     (see {@link #declared()}): a bundle whose references all resolve and that has no translation or
 *     sign-off never needs it
 * @param someFileUnread whether a content file, or the list of them, could not be read, so that any
 *     id may be declared where no stage can see it
 * @param sourcesUnknown whether a manifest's sources could not be read, so that citations cannot be
 *     judged
 */
public record BoundBundle(List<LayerRead> layers, List<Entry> entries, List<UnboundItem> unbound,
                          Map<String, Located.Place> withdrawn, Supplier<Set<String>> declaredIds,
                          boolean someFileUnread, boolean sourcesUnknown) {

  /** Every id declared in the files, bound or not; the same set at each call. */
  public Set<String> declared() {
    return declaredIds.get();
  }

  /**
   * Ids a translation or a sign-off may name that are not reported as missing when no bound item
   * has them: ids an overlay withdrew, ids declared in the files (of items that could not be
   * bound, too), and, when a content file could not be read, every id named, since that file may
   * hold it. A new set at each call.
   */
  public Set<String> unjudgedIds() {
    Set<String> ids = new HashSet<>(withdrawn.keySet());
    ids.addAll(declared());
    if (someFileUnread) {
      for (LayerRead r : layers) {
        r.translations().forEach(f -> f.entries().forEach(b -> ids.add(b.entry().id().value())));
        r.signOffs().forEach(s -> s.signOff().items().forEach(i -> ids.add(i.item().value())));
      }
    }
    return ids;
  }
}
