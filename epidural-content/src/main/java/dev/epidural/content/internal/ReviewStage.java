package dev.epidural.content.internal;

import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.ReviewedItem;
import dev.epidural.model.SignOff;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 */
final class ReviewStage {

  /** One sign-off as read, with where it stands. */
  record Read(SignOff signOff, String file, Node root, String pointer) {}

  /**
   * What the stage decided.
   *
   * @param items the items with their effective reviews, in bundle order
   * @param approvals for each clinically reviewed item's id, the approval that backs it
   */
  record Outcome(List<Item> items, Map<String, SignOff> approvals) {}

  private ReviewStage() {}

  static Outcome run(List<Read> signOffs, List<BundleReader.Entry> entries, Locale locale, Translations translations,
                     LocalDate today, Problems problems, Set<String> unjudged) {
    Map<String, BundleReader.Entry> byId = new HashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.item().id().value(), e));
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
        if (!byId.containsKey(ri.item().value())) {
          // An item that failed its own checks, or may sit in an unreadable file, is reported there.
          if (!unjudged.contains(ri.item().value())) {
            Located.add(problems, ProblemCode.REVIEW_UNKNOWN_ITEM, "sign-off '" + s.id() + "' names item '"
              + Binder.clip(ri.item().value()) + "', which the bundle does not have", r.file(), r.root(), at + "/item");
          }
          valid = false;
        }
        if (!ri.hasWellFormedFingerprint()) {
          Located.add(problems, ProblemCode.REVIEW_FINGERPRINT, "fingerprint '" + Binder.clip(ri.fingerprint())
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
    for (BundleReader.Entry e : entries) {
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

  /** What the content supports without a clinical review. */
  private static ReviewStatus fallback(Item item) {
    return item.sources().isEmpty() ? ReviewStatus.DRAFT : ReviewStatus.SOURCED;
  }

  /** A copy of {@code item} with another review; items are records with a {@code review} component. */
  static Item withReview(Item item, Review review) {
    try {
      RecordComponent[] rcs = item.getClass().getRecordComponents();
      Object[] args = new Object[rcs.length];
      Class<?>[] types = new Class<?>[rcs.length];
      for (int i = 0; i < rcs.length; i++) {
        types[i] = rcs[i].getType();
        args[i] = rcs[i].getName().equals("review") ? review : rcs[i].getAccessor().invoke(item);
      }
      return (Item) item.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + item.getClass().getSimpleName(), e);
    }
  }
}
