package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.paged.IdTable;
import dev.epidural.model.Approach;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Citation;
import dev.epidural.model.Coding;
import dev.epidural.model.Intent;
import dev.epidural.model.Medication;
import dev.epidural.model.MedicationUse;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checks of the later stages that can still be judged on items that could not be bound
 * ({@link UnboundItem}): each reads only the properties it needs, and is left out when one of them
 * does not bind on its own. So a mistyped code in a procedure's intent does not hide a mistyped
 * reference or a missing citation in the same procedure.
 */
public final class UnboundChecks {

  private UnboundChecks() {}

  /** How an unbound item is named in messages. */
  public static String what(UnboundItem u) {
    return u.id().map(id -> "item '" + id + "'").orElse("the item at " + u.pointer());
  }

  /**
   * Reports each unbound item whose id is already used: by a bound item, or by an unbound item
   * before it in bundle order.
   */
  public static void duplicateIds(List<UnboundItem> unbound, IdTable<Entry> byId,
                           BiConsumer<UnboundItem, String> report) {
    Map<String, UnboundItem> seen = new HashMap<>();
    for (UnboundItem u : unbound) {
      Optional<String> id = u.id();
      if (id.isEmpty()) {
        continue;
      }
      Entry bound = byId.get(id.get());
      UnboundItem before = seen.putIfAbsent(id.get(), u);
      String other = bound != null ? bound.file() + "#" + bound.pointer()
          : before != null ? before.file() + "#" + before.pointer() : null;
      if (other != null) {
        report.accept(u, "id '" + id.get() + "' is also used by the item at " + other
            + "; ids are unique across the bundle");
      }
    }
  }

  /** The approaches that unbound approach items may describe. */
  public static final class Facts {
    private final Set<Approach> approaches = EnumSet.noneOf(Approach.class);
    private boolean any;

    /** Whether an item that could not be bound may describe {@code a}. */
    public boolean mayDescribe(Approach a) {
      return any || approaches.contains(a);
    }
  }

  /** The approaches described by unbound approach items; any, when one's approach is unreadable. */
  public static Facts unknownFacts(List<UnboundItem> unbound) {
    Facts facts = new Facts();
    for (UnboundItem u : unbound) {
      if (u.kind().type() == ApproachInfo.class) {
        Optional<Object> a = u.component("approach");
        if (a.isPresent()) {
          facts.approaches.add((Approach) a.get());
        } else {
          facts.any = true;
        }
      }
    }
    return facts;
  }

  /** Where the clinical rules of unbound items report. */
  public interface Clinical {
    void unsourced(UnboundItem u, String what);

    void coding(UnboundItem u, Coding c, int index);

    void caudalFact(UnboundItem u, Set<SpinalRegion> regions);

    void procedure(UnboundItem u, Set<Approach> approaches, Set<SpinalRegion> regions, Optional<Intent> intent,
                   Optional<List<MedicationUse>> uses);
  }

  /** Runs the clinical rules each unbound item can still be judged by. */
  @SuppressWarnings("unchecked")
  public static void clinical(List<UnboundItem> unbound, Clinical rules) {
    for (UnboundItem u : unbound) {
      u.component("sources").ifPresent(s -> {
        if (((List<Citation>) s).isEmpty()) {
          rules.unsourced(u, what(u));
        }
      });
      Class<?> type = u.kind().type();
      if (type == Procedure.class || type == Medication.class) {
        u.elements("codings", Coding.class, (c, i) -> rules.coding(u, c, i));
      }
      if (type == ApproachInfo.class) {
        Optional<Object> approach = u.component("approach");
        Optional<Object> regions = u.component("regions");
        if (approach.isPresent() && approach.get() == Approach.CAUDAL && regions.isPresent()
            && !EnumSet.of(SpinalRegion.LUMBAR, SpinalRegion.SACRAL).containsAll((Set<SpinalRegion>) regions.get())) {
          rules.caudalFact(u, (Set<SpinalRegion>) regions.get());
        }
      }
      if (type == Procedure.class) {
        Optional<Object> approaches = u.component("approaches");
        Optional<Object> regions = u.component("regions");
        if (approaches.isPresent() && regions.isPresent()) {
          rules.procedure(u, (Set<Approach>) approaches.get(), (Set<SpinalRegion>) regions.get(),
              u.component("intent").map(Intent.class::cast),
              u.component("medications").map(m -> (List<MedicationUse>) m));
        } else {
          rules.procedure(u, Set.of(), Set.of(), u.component("intent").map(Intent.class::cast),
              u.component("medications").map(m -> (List<MedicationUse>) m));
        }
      }
    }
  }
}
