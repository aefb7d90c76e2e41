package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.read.FileTree;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Item;

/**
 * One bound item, where it came from, and the layer it came from.
 *
 * @param kindPointer the pointer of its kind's array in the file
 * @param index its position in that array
 * @param tree the located tree of its file, for placing problems
 * @param textClean true when the binder found that every text of the item passes the text-safety
 *     rules, so that stage need not walk it
 * @param reviewGiven whether the item states its own {@code review} (rather than the default)
 * @param shapePassed true when {@code ShapeCheck} already passed the item
 * @param references the ids the item refers to, as the binder noted them; null when not noted
 */
public record Entry(Kind kind, Item item, String file, String kindPointer, int index, FileTree tree, int layer,
             boolean textClean, boolean reviewGiven, boolean shapePassed, StreamBinder.References references) {
  /** The item's pointer, built when a problem or a walk needs it. */
  public String pointer() {
    return Pointers.child(kindPointer, index);
  }

  /** The root of the item's file. */
  public Node root() {
    return tree.root();
  }
}
