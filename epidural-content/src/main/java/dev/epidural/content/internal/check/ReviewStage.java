package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.bind.Translations;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.paged.PagedList;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.ReviewedItem;
import dev.epidural.model.SignOff;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The review stage: checks the bundle's sign-offs and decides each item's effective review.
 *
 * <p>An item is clinically reviewed only while an approval's fingerprint matches its current
 * content ({@link ReviewFingerprint}). An approval that no longer matches is reported at the item
 * ({@code EPI-REV-003}, a warning, an error in strict mode) with the sign-off's date and reviewer;
 * a claim of a clinical review with no matching approval is reported too ({@code EPI-REV-007}).
 * Either way the item's effective status falls back to what the content supports: sourced when it
 * cites sources, draft otherwise. A sign-off naming an unknown item, dated after today or carrying
 * a malformed fingerprint is an error. Effective reviews replace the declared ones in the catalogue,
 * so queries and exports see them.
 *
 * <p>It also judges the declared review dates against today: a default review or an item's own
 * review (an unbound item's too, {@link #judgeUnbound}) whose next review date has passed
 * ({@code EPI-REV-001}), or that claims a clinical review without a date ({@code EPI-REV-002}).
 * Everything here depends on today, so it runs at every load, on every path: full validation, the
 * trusted path and the snapshot of the built-in bundle.
 *
 * <p>Of each entry it reads the item, its place, and whether the item states its own review
 * ({@link Entry#reviewGiven()}, known on every path); nothing of what a binder noted
 * ({@link Entry.Noted}), which is only ever a check already done.
 */
public final class ReviewStage {

  /** One sign-off as read, with where it stands. */
  public record Read(SignOff signOff, String file, Node root, String pointer) {}

  /**
   * What the stage decided.
   *
   * @param items the items with their effective reviews, in bundle order
   * @param approvals for each clinically reviewed item's id, the approval that backs it
   */
  public record Outcome(List<Item> items, Map<String, SignOff> approvals) {}

  /**
   * A layer's default review, from its manifest.
   *
   * @param review the default review
   * @param file the manifest as problems name it
   * @param root the manifest's located tree, asked for only to place a problem
   */
  public record DefaultReview(Review review, String file, Supplier<Node> root) {}

  private ReviewStage() {}

  public static Outcome run(List<Read> signOffs, List<DefaultReview> defaults, List<Entry> entries,
                            Locale locale, Translations translations, LocalDate today, Problems problems,
                            Set<String> unjudged) {
    judgeDates(defaults, entries, today, problems);
    // The ids of the bound items, for the sign-offs to name: none to build when there is no sign-off.
    Set<String> byId = new HashSet<>(signOffs.isEmpty() ? 0 : entries.size() * 4 / 3 + 1);
    if (!signOffs.isEmpty()) {
      for (Entry e : entries) {
        byId.add(e.item().id().value());
      }
    }
    Set<String> ids = new HashSet<>();
    // The latest valid approval and the latest sign-off of any kind that names each item.
    Map<String, Read> approvals = new HashMap<>();
    for (Read r : signOffs) {
      SignOff s = r.signOff();
      boolean valid = true;
      if (!ids.add(s.id().value())) {
        Located.add(problems, ProblemCode.REVIEW_DUPLICATE_ID, "sign-off id '" + s.id() + "' is used twice",
            r.file(), r.root(), r.pointer() + "/id");
      }
      if (s.date().isAfter(today)) {
        Located.add(problems, ProblemCode.REVIEW_FUTURE, "sign-off '" + s.id() + "' is dated " + s.date()
            + ", after today (" + today + "); record a review once it is done", r.file(), r.root(), r.pointer() + "/date");
        valid = false;
      }
      if (s.nextReview().isPresent() && s.nextReview().get().isBefore(s.date())) {
        Located.add(problems, ProblemCode.REVIEW_NEXT_BEFORE, "sign-off '" + s.id() + "' plans its next review on "
            + s.nextReview().get() + ", before its review date " + s.date(), r.file(), r.root(),
            r.pointer() + "/nextReview");
        valid = false;
      }
      for (int i = 0; i < s.items().size(); i++) {
        ReviewedItem ri = s.items().get(i);
        String at = r.pointer() + "/items/" + i;
        if (!byId.contains(ri.item().value())) {
          // An item that failed its own checks, or may sit in an unreadable file, is reported there.
          if (!unjudged.contains(ri.item().value())) {
            Located.add(problems, ProblemCode.REVIEW_UNKNOWN_ITEM, "sign-off '" + s.id() + "' names item '"
              + Messages.clip(ri.item().value()) + "', which the bundle does not have", r.file(), r.root(), at + "/item");
          }
          valid = false;
        }
        if (!ri.hasWellFormedFingerprint()) {
          Located.add(problems, ProblemCode.REVIEW_FINGERPRINT, "fingerprint '" + Messages.clip(ri.fingerprint())
              + "' is not 'sha256:' and 64 lowercase hex digits; let 'epidural review-record' compute it",
              r.file(), r.root(), at + "/fingerprint");
          valid = false;
        }
      }
      if (valid && s.decision().isApproval()) {
        for (ReviewedItem ri : s.items()) {
          Read before = approvals.get(ri.item().value());
          if (before == null || !before.signOff().date().isAfter(s.date())) {
            approvals.put(ri.item().value(), r);
          }
        }
      }
    }
    Map<String, SignOff> matching = new HashMap<>();
    PagedList.Builder<Item> items = new PagedList.Builder<>();
    Map<Translations.Key, Translations.Entry> table = translations.entries();
    for (Entry e : entries) {
      Item item = e.item();
      Read approval = approvals.get(item.id().value());
      Review declared = item.review();
      if (approval != null) {
        SignOff s = approval.signOff();
        String now = ReviewFingerprint.of(item, locale, table);
        if (s.fingerprintOf(item.id()).orElseThrow().equals(now)) {
          matching.put(item.id().value(), s);
          items.add(withReview(item, new Review(ReviewStatus.CLINICALLY_REVIEWED, Optional.of(s.date()),
              s.nextReview().isPresent() ? s.nextReview() : declared.nextReview().filter(d -> !d.isBefore(s.date())))));
          continue;
        }
        Located.add(problems, ProblemCode.REVIEW_STALE, "item '" + item.id() + "' was approved by " + s.reviewer() + " on "
            + s.date() + " (sign-off '" + s.id() + "'), but its text, sources or translations changed since; it is "
            + "not clinically reviewed until it is reviewed again", e.file(), e.root(), e.pointer());
      } else if (declared.status().isClinicallyReviewed()) {
        Located.add(problems, ProblemCode.REVIEW_UNBACKED, "item '" + item.id() + "' claims a clinical review, but no "
            + "sign-off approves its current content; it is shown as " + fallback(item).code(), e.file(),
            e.root(), e.pointer() + (e.reviewGiven() ? "/review/status" : ""));
      }
      items.add(declared.status().isClinicallyReviewed()
          ? withReview(item, new Review(fallback(item), declared.lastReviewed(), declared.nextReview()))
          : item);
    }
    return new Outcome(items.build(), Map.copyOf(matching));
  }

  /** The review dates: default reviews, and the reviews items state themselves. */
  public static void judgeDates(List<DefaultReview> defaults, List<Entry> entries, LocalDate today,
                                 Problems problems) {
    for (DefaultReview d : defaults) {
      reviewRules(d.review(), d.file(), d.root(), "/defaultReview", "defaultReview", today, problems);
    }
    for (Entry e : entries) {
      if (e.reviewGiven() && breaksReviewRules(e.item().review(), today)) {
        reviewRules(e.item().review(), e.file(), e::root, e.pointer() + "/review", "item '" + e.item().id() + "'",
            today, problems);
      }
    }
  }

  /**
   * The review rules on items that could not be bound, each read from its tree as far as its
   * {@code review} binds on its own; {@link #judgeDates} judges the defaults and the bound items.
   */
  public static void judgeUnbound(List<UnboundItem> unbound, LocalDate today, Problems problems) {
    for (UnboundItem u : unbound) {
      if (u.node() instanceof Node.Obj obj && obj.get("review") != null) {
        u.component("review").map(Review.class::cast).filter(r -> breaksReviewRules(r, today)).ifPresent(r ->
            reviewRules(r, u.file(), u::root, u.pointer() + "/review", UnboundChecks.what(u), today, problems));
      }
    }
  }

  private static boolean breaksReviewRules(Review r, LocalDate today) {
    return r.isOverdue(today) || (r.status().isClinicallyReviewed() && r.lastReviewed().isEmpty());
  }

  /** The review rules; {@code root} is parsed only if one is broken. */
  private static void reviewRules(Review r, String file, Supplier<Node> root, String pointer, String what,
                                  LocalDate today, Problems problems) {
    if (r.isOverdue(today)) {
      Located.add(problems, ProblemCode.REVIEW_OVERDUE, what + " was due for review on " + r.nextReview().orElseThrow()
          + "; today is " + today, file, root.get(), pointer + "/nextReview");
    }
    if (r.status().isClinicallyReviewed() && r.lastReviewed().isEmpty()) {
      Located.add(problems, ProblemCode.REVIEW_UNDATED, what + " claims a clinical review but gives no lastReviewed date",
          file, root.get(), pointer + "/status");
    }
  }

  /** What the content supports without a clinical review. */
  private static ReviewStatus fallback(Item item) {
    return item.sources().isEmpty() ? ReviewStatus.DRAFT : ReviewStatus.SOURCED;
  }

  /** A copy of {@code item} with another review; items are records with a {@code review} component. */
  public static Item withReview(Item item, Review review) {
    RecordType type = RecordType.of(item.getClass());
    Object[] args = new Object[type.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = i == type.reviewIndex() ? review : type.component(i).get(item);
    }
    try {
      return (Item) type.construct(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalStateException("cannot copy " + item.getClass().getSimpleName(), e.getCause());
    }
  }
}
