package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.read.FileTree;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Id;
import dev.epidural.model.Item;

/**
 * One bound item, as binding hands it to the check stages: the item and its kind, where it stands
 * (its file, its place in the file, the layer), and, as one immutable value, what the binder
 * already found about it ({@link Noted}), so that a stage skips what is known to pass.
 *
 * @param kind the item's kind
 * @param item the bound record
 * @param file the item's file, as problems name it
 * @param kindPointer the pointer of its kind's array in the file
 * @param index its position in that array
 * @param tree the located tree of its file, for placing problems
 * @param layer the layer it came from, 0 for the base
 * @param reviewGiven whether the item as written states its own {@code review} (rather than taking
 *     the default); every path reads this from the file. {@code ReviewStage} judges an item's own
 *     review dates only when given, and then points an unbacked claim at {@code /review/status}
 * @param noted what the binder already checked; {@link Noted#NOTHING} when the item was bound
 *     without the fast path
 */
public record Entry(Kind kind, Item item, String file, String kindPointer, int index, FileTree tree, int layer,
                    boolean reviewGiven, Noted noted) {

  /** The item's pointer, built when a problem or a walk needs it. */
  public String pointer() {
    return Pointers.child(kindPointer, index);
  }

  /** The root of the item's file. */
  public Node root() {
    return tree.root();
  }

  /**
   * What the fast path ({@link StreamBinder}) found about an item while it bound it, for the check
   * stages that would otherwise walk the item again. Each finding only ever lets a stage skip work:
   * "if the binder already checked this, skip it", and otherwise check as if nothing were noted.
   * Items bound without the fast path (the reporting path, a snapshot) carry {@link #NOTHING}.
   *
   * <p>Shared where it can be: an item with no reference noted, or whose references were not noted,
   * gets one of a few canonical instances, and an item with references gets one value in place of
   * the reference list it needs anyway; so noting costs no allocation beyond the ids.
   *
   * @param textClean true when every text of the item passes the text rules; read by
   *     {@code check.TextSafetyStage}, which walks the item's located tree only when false
   * @param shapePassed true when {@code ShapeCheck} already passed the item; read by the Bean
   *     Validation of items ({@code BundleReader}), which asks {@code ShapeCheck} and then Hibernate
   *     Validator only when false
   * @param referenceIds the ids the item refers to, in the order read, or null when they were not
   *     noted; read by {@code check.IntegrityStage}, which resolves these instead of walking the
   *     record, and walks it when null
   * @param referenceTargets for each of {@code referenceIds}, the kind of item it must name
   *     ({@code Source} for a citation); null exactly when {@code referenceIds} is null
   */
  // Arrays on purpose: no list per item on the load path; never compared, hashed or exposed.
  @SuppressWarnings("ArrayRecordComponent")
  public record Noted(boolean textClean, boolean shapePassed, Id<?>[] referenceIds, Class<?>[] referenceTargets) {

    /** Each combination of the two flags, with the references not noted. */
    private static final Noted[] REFERENCES_NOT_NOTED = flags(null, null);
    /** Each combination of the two flags, with no reference noted. */
    private static final Noted[] NO_REFERENCE = flags(new Id<?>[0], new Class<?>[0]);

    /** Nothing noted: every stage checks the item itself. */
    public static final Noted NOTHING = REFERENCES_NOT_NOTED[0];

    /** Checks that the references are both noted or both not. */
    public Noted {
      if (referenceIds == null ? referenceTargets != null
          : referenceTargets == null || referenceTargets.length != referenceIds.length) {
        throw new IllegalArgumentException("reference ids and targets do not match");
      }
    }

    /** The shared value of these flags, with the references not noted. */
    static Noted withoutReferences(boolean textClean, boolean shapePassed) {
      return REFERENCES_NOT_NOTED[index(textClean, shapePassed)];
    }

    /** The shared value of these flags, for an item noted to refer to nothing. */
    static Noted referringToNothing(boolean textClean, boolean shapePassed) {
      return NO_REFERENCE[index(textClean, shapePassed)];
    }

    /** Whether the binder noted the item's references, so that {@link #referenceIds()} is not null. */
    public boolean referencesNoted() {
      return referenceIds != null;
    }

    private static int index(boolean textClean, boolean shapePassed) {
      return (textClean ? 2 : 0) + (shapePassed ? 1 : 0);
    }

    private static Noted[] flags(Id<?>[] ids, Class<?>[] targets) {
      Noted[] all = new Noted[4];
      for (int i = 0; i < all.length; i++) {
        all[i] = new Noted((i & 2) != 0, (i & 1) != 0, ids, targets);
      }
      return all;
    }
  }
}
