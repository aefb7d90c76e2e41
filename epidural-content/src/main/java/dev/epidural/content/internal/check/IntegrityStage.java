package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.paged.IdTable;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.problem.Suggestions;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Id;
import dev.epidural.model.Source;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The integrity stage: ids and the references between items. Each source id is declared once per
 * manifest, and alike by every layer that declares it ({@code EPI-OVL-…}); each item id is used
 * once across the bundle; every id an item holds names a declared source, or a bound item of the
 * kind it must name, and not one an overlay withdrew; every declared source is cited.
 *
 * <p>Reads {@link BoundBundle}: the layers' manifests for their sources, the merged entries, the
 * items that could not be bound, the withdrawn and declared ids. Of each entry it reads the item
 * and, of what the binder noted ({@link Entry.Noted}), the ids it refers to
 * ({@link Entry.Noted#referenceIds()}): when the binder already noted them, a sound item is checked
 * without walking it; when nothing is noted, the record is walked ({@link ReferenceWalk}). Entries
 * are checked in parallel; the walk that builds pointers runs only for an item with a reference
 * that does not resolve.
 */
public final class IntegrityStage {

  /** Where a source is first declared: the layer and its index in that manifest's sources. */
  private record SourceDecl(LayerRead layer, int index) {
    Source source() {
      return layer.manifest().sources().get(index);
    }
  }

  private final BoundBundle bundle;
  private final Problems problems;
  /** Every declared source id, first declaration first. */
  private final Map<String, SourceDecl> sourceIndex = new LinkedHashMap<>();
  /** The first bound item of each id. */
  private final IdTable<Entry> byId;
  /** The source ids some item cites; filled in parallel. */
  private final Set<String> cited = ConcurrentHashMap.newKeySet();
  /** Per kind of item, the ids of its bound items, for suggestions; built when a reference is reported. */
  private final Map<Class<?>, Set<String>> idsByType = new ConcurrentHashMap<>();
  /** Resolves without a pointer, the first walk over an item: one visitor for the whole stage. */
  private final ReferenceWalk.Visitor resolver = (id, target, at) -> resolves(id, target);

  private IntegrityStage(BoundBundle bundle, Problems problems) {
    this.bundle = bundle;
    this.problems = problems;
    this.byId = new IdTable<>(bundle.entries().size(), e -> e.item().id().value());
  }

  /** Runs the stage over {@code bundle}, reporting into {@code problems}. */
  public static void run(BoundBundle bundle, Problems problems) {
    new IntegrityStage(bundle, problems).run();
  }

  private void run() {
    for (LayerRead r : bundle.layers()) {
      Set<String> inLayer = new HashSet<>();
      for (int i = 0; i < r.manifest().sources().size(); i++) {
        Source source = r.manifest().sources().get(i);
        String id = source.id().value();
        if (!inLayer.add(id)) {
          Located.add(problems, ProblemCode.REF_DUPLICATE_SOURCE, "source id '" + id + "' is used by two sources",
              r.manifestName(), r.mroot(), "/sources/" + i + "/id");
          continue;
        }
        SourceDecl first = sourceIndex.putIfAbsent(id, new SourceDecl(r, i));
        if (first != null && !first.source().equals(source)) {
          Located.conflict(problems, ProblemCode.OVL_SOURCE_CONFLICT,
              new Located.Place(r.manifestName(), r.mroot(), "/sources/" + i),
              new Located.Place(first.layer().manifestName(), first.layer().mroot(), "/sources/" + first.index()),
              "source '" + id + "' is declared differently by the base at %s; give the same details, or another id");
        }
      }
    }
    for (Entry e : bundle.entries()) {
      Entry first = byId.putIfAbsent(e);
      if (first != null) {
        Located.add(problems, ProblemCode.REF_DUPLICATE_ID, "id '" + e.item().id() + "' is already used by the item at "
            + first.file() + "#" + first.pointer() + "; ids are unique across the bundle", e.file(), e.root(),
            e.pointer() + "/id");
      }
    }
    UnboundChecks.duplicateIds(bundle.unbound(), byId, (u, message) ->
        Located.add(problems, ProblemCode.REF_DUPLICATE_ID, message, u.file(), u.root(), u.pointer() + "/id"));
    for (UnboundItem u : bundle.unbound()) {
      u.references((id, targetType, at) -> reference(id, targetType, at, u.file(), u.root()));
    }
    bundle.entries().parallelStream().forEach(e -> {
      // Most items are fine: check them without building a pointer, and walk again with pointers
      // only to report.
      if (e.noted().referencesNoted() ? referencesResolve(e.noted())
          : ReferenceWalk.references(e.item(), null, resolver)) {
        return;
      }
      // This walk reports each id that does not resolve, so it accepts every one.
      ReferenceWalk.references(e.item(), e.pointer(), (id, targetType, at) -> {
        reference(id, targetType, at, e.file(), e.root());
        return true;
      });
    });
    if (!bundle.someFileUnread() && !bundle.sourcesUnknown()) {
      sourceIndex.forEach((id, decl) -> {
        if (!cited.contains(id)) {
          Located.add(problems, ProblemCode.REF_UNUSED_SOURCE, "source '" + id + "' is cited by no item; remove it or "
              + "cite it", decl.layer().manifestName(), decl.layer().mroot(), "/sources/" + decl.index() + "/id");
        }
      });
    }
  }

  /** Reports the reference {@code id} at {@code at} if it names no source or item of the right kind. */
  private void reference(Id<?> id, Class<?> targetType, String at, String file, Node root) {
    String target = id.value();
    if (targetType == Source.class) {
      cited.add(target);
      if (!sourceIndex.containsKey(target) && !bundle.sourcesUnknown()) {
        Located.add(problems, ProblemCode.REF_UNKNOWN_SOURCE, "source '" + target + "' is not in the manifest; "
            + Suggestions.forValue(target, sourceIndex.keySet(), "known sources: "), file, root, at);
      }
      return;
    }
    Entry hit = byId.get(target);
    if (hit == null) {
      Located.Place withdrawal = bundle.withdrawn().get(target);
      if (withdrawal != null) {
        Located.conflict(problems, ProblemCode.OVL_WITHDRAWN_REFERENCED,
            new Located.Place(file, root, at), withdrawal,
            "'" + target + "' is withdrawn by the overlay at %s; replace or withdraw this item too",
            "withdrawing '" + target + "' leaves a reference to it at %s; replace or withdraw that item too");
        return;
      }
      // An item that exists but failed its own checks, or sits in an unreadable file, is
      // already reported; a second problem here would only be noise.
      if (!bundle.declared().contains(target) && !bundle.someFileUnread()) {
        Located.add(problems, ProblemCode.REF_UNRESOLVED, "'" + target + "' names no " + kindName(targetType)
            + " in the bundle" + Suggestions.didYouMean(target, idsOf(targetType)), file, root, at);
      }
    } else if (!targetType.isInstance(hit.item())) {
      Located.add(problems, ProblemCode.REF_UNRESOLVED, "'" + target + "' is a " + kindName(hit.item().getClass())
          + ", not a " + kindName(targetType) + Suggestions.didYouMean(target, idsOf(targetType)),
          file, root, at);
    }
  }

  /** The ids of the items of kind {@code type}, for suggestions: built only when a reference is reported. */
  private Set<String> idsOf(Class<?> type) {
    return idsByType.computeIfAbsent(type, t -> {
      Set<String> ids = new LinkedHashSet<>();
      for (Entry e : bundle.entries()) {
        if (t.isInstance(e.item())) {
          ids.add(e.item().id().value());
        }
      }
      return ids;
    });
  }

  /**
   * Whether every id the fast path noted in an item names a declared source or an item of the
   * right kind; records the sources cited. Builds no pointer: the walk with pointers reports.
   */
  private boolean referencesResolve(Entry.Noted noted) {
    boolean ok = true;
    for (int i = 0; i < noted.referenceIds().length; i++) {
      ok &= resolves(noted.referenceIds()[i], noted.referenceTargets()[i]);
    }
    return ok;
  }

  private boolean resolves(Id<?> id, Class<?> target) {
    if (target == Source.class) {
      if (!cited.contains(id.value())) {
        cited.add(id.value());
      }
      return sourceIndex.containsKey(id.value());
    }
    Entry hit = byId.get(id.value());
    return hit != null && target.isInstance(hit.item());
  }

  private static String kindName(Class<?> type) {
    return Kind.of(type).property().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
        .replaceAll("s$", "") + " item";
  }
}
