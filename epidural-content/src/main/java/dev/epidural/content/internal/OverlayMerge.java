package dev.epidural.content.internal;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.check.LayerRead;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.internal.problem.Located.Place;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.tree.Pointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays one overlay over the items of its base. An overlay item with a new id is added at the end;
 * one whose id the manifest lists in {@code replace} takes the base item's place; an id listed in
 * {@code withdraw} removes the base item. Every conflict is reported in each file it involves, each
 * problem naming the other location. Stateless.
 */
public final class OverlayMerge {

  private OverlayMerge() {}

  /** Whether a manifest violation is only the emptiness of {@code files} or {@code sources}, which an overlay may have. */
  static boolean mayBeEmptyInOverlay(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    return v.getConstraintDescriptor().getAnnotation() instanceof NotEmpty
        && (path.equals("files") || path.equals("sources"));
  }

  /** An overlay's texts must be in its base's language. */
  static void locale(LayerRead base, LayerRead overlay, Problems problems) {
    if (base.info().isPresent() && overlay.info().isPresent()
        && !base.info().get().locale().equals(overlay.info().get().locale())) {
      Located.conflict(problems, ProblemCode.OVL_LOCALE, new Place(overlay.manifestName(), overlay.mroot(), "/locale"),
          new Place(base.manifestName(), base.mroot(), "/locale"),
          "the overlay's locale '" + overlay.manifest().locale() + "' differs from the base's locale '"
              + base.manifest().locale() + "' at %s; an overlay's texts are in its base's language "
              + "(translations go in translation files)",
          "the base's locale '" + base.manifest().locale() + "' differs from the overlay's locale '"
              + overlay.manifest().locale() + "' at %s");
    }
  }

  /**
   * The entries of {@code base} with {@code overlay} laid over them, in base order with additions
   * last. Withdrawn ids are recorded in {@code withdrawn}, each with the place it is withdrawn
   * in the overlay's manifest.
   */
  static List<Entry> merge(List<Entry> base, LayerRead overlay,
                                        Problems problems, Map<String, Place> withdrawn) {
    Map<String, Entry> baseById = firstById(base);
    Map<String, Entry> overlayById = firstById(overlay.entries());
    Map<String, Place> replace = listed(overlay, "replace", overlay.manifest().replace().stream()
        .map(id -> id.value()).toList(), problems);
    Map<String, Place> withdraw = listed(overlay, "withdraw", overlay.manifest().withdraw().stream()
        .map(id -> id.value()).toList(), problems);
    Set<String> refused = new HashSet<>();

    withdraw.forEach((id, place) -> {
      if (!baseById.containsKey(id)) {
        Located.add(problems, ProblemCode.OVL_WITHDRAW_MISSING, "withdraws '" + id + "', which the base does not "
            + "have", place.file(), place.root(), place.pointer());
      } else {
        withdrawn.put(id, place);
      }
      if (replace.containsKey(id)) {
        Located.conflict(problems, ProblemCode.OVL_WITHDRAW_CONFLICT, place, replace.get(id),
            "'" + id + "' is withdrawn here and replaced at %s; list it in only one of them");
        refused.add(id);
      } else if (overlayById.containsKey(id)) {
        Located.conflict(problems, ProblemCode.OVL_WITHDRAW_CONFLICT, place, idPlace(overlayById.get(id)),
            "'" + id + "' is withdrawn here, and the overlay gives an item with this id at %s; to change the "
                + "item, list it in 'replace' instead",
            "the overlay gives an item with id '" + id + "', which it withdraws at %s; to change the item, "
                + "list it in 'replace' instead");
        refused.add(id);
      }
    });
    replace.forEach((id, place) -> {
      Entry item = overlayById.get(id);
      if (item == null) {
        Located.add(problems, ProblemCode.OVL_REPLACE_WITHOUT_ITEM, "replaces '" + id + "', but the overlay gives "
            + "no item with this id", place.file(), place.root(), place.pointer());
      } else if (!baseById.containsKey(id)) {
        Located.conflict(problems, ProblemCode.OVL_REPLACE_MISSING, place, idPlace(item),
            "replaces '" + id + "', which the base does not have; the item at %s is new, so remove it from 'replace'",
            "the item '" + id + "' is listed in 'replace' at %s, but the base has no item with this id; remove it "
                + "from 'replace'");
        refused.add(id);
      }
    });
    for (Entry o : overlayById.values()) {
      String id = o.item().id().value();
      Entry original = baseById.get(id);
      if (original != null && !replace.containsKey(id) && !withdraw.containsKey(id)) {
        Located.conflict(problems, ProblemCode.OVL_ADDED_TWICE, idPlace(o), idPlace(original),
            "id '" + id + "' is already used by the base's item at %s; to replace that item, list '" + id
                + "' in the overlay manifest's 'replace'",
            "id '" + id + "' is used again by the overlay's item at %s, which does not list it in 'replace'");
        refused.add(id);
      }
    }

    List<Entry> merged = new ArrayList<>(base.size() + overlay.entries().size());
    Set<String> placed = new HashSet<>();
    for (Entry b : base) {
      String id = b.item().id().value();
      if (withdrawn.containsKey(id) && withdraw.containsKey(id)) {
        continue;
      }
      Entry replacement = overlayById.get(id);
      if (replace.containsKey(id) && replacement != null && placed.add(id)) {
        merged.add(replacement);
      } else {
        merged.add(b);
      }
    }
    for (Entry o : overlay.entries()) {
      String id = o.item().id().value();
      // Identity on purpose: is this very entry the one kept for its id (a later duplicate is not)?
      @SuppressWarnings("ReferenceEquality")
      boolean used = placed.contains(id) && overlayById.get(id) == o;
      if (!used && !refused.contains(id)) {
        merged.add(o);
      }
    }
    return merged;
  }

  private static Place idPlace(Entry e) {
    return new Place(e.file(), e.root(), e.pointer() + "/id");
  }

  private static Map<String, Entry> firstById(List<Entry> entries) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.item().id().value(), e));
    return byId;
  }

  /** The ids of a manifest list with their places; an id listed twice is reported. */
  private static Map<String, Place> listed(LayerRead overlay, String list, List<String> ids,
                                           Problems problems) {
    Map<String, Place> places = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Place place = new Place(overlay.manifestName(), overlay.mroot(), Pointers.child("/" + list, i));
      if (places.putIfAbsent(ids.get(i), place) != null) {
        Located.add(problems, ProblemCode.SHAPE_DUPLICATE_ELEMENT, "'" + ids.get(i) + "' is listed twice; each "
            + "value may appear once", place.file(), place.root(), place.pointer());
      }
    }
    return places;
  }
}
