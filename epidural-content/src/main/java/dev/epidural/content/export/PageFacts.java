package dev.epidural.content.export;

import dev.epidural.model.Citation;
import dev.epidural.model.Item;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page that shows several items can honestly say about all of them together: the weakest
 * review status among them, the oldest check date (only when every item has one and none is a
 * draft), and the sources they cite, numbered in order of first citation.
 */
final class PageFacts {

  private PageFacts() {}

  /** The combined review of a page's items. */
  record PageReview(ReviewStatus status, Optional<LocalDate> lastReviewed) {}

  /**
   * A page's clinical review as its sign-offs back it: who reviewed and the earliest review date.
   * Present only when every item shown has a matching approval: that is when a page may say
   * "reviewed by" and JSON-LD may write {@code lastReviewed} and {@code reviewedBy}.
   */
  record Approval(List<dev.epidural.model.Reviewer> reviewers, LocalDate date) {}

  /** The approval of a page of {@code items}, or empty unless every one of them has one. */
  static Optional<Approval> approval(ExportContent content, List<? extends Item> items) {
    if (items.isEmpty() || !items.stream().allMatch(i -> content.approval(i).isPresent())) {
      return Optional.empty();
    }
    List<dev.epidural.model.SignOff> signOffs = items.stream().map(i -> content.approval(i).orElseThrow()).toList();
    return Optional.of(new Approval(signOffs.stream().map(dev.epidural.model.SignOff::reviewer).distinct().toList(),
        signOffs.stream().map(dev.epidural.model.SignOff::date).min(Comparator.naturalOrder()).orElseThrow()));
  }

  /** "NAME (ROLE), NAME (ROLE)": the reviewers as a page shows them. */
  static String reviewers(Approval approval) {
    return approval.reviewers().stream().map(dev.epidural.model.Reviewer::toString)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** A source a page cites, its number on the page, and every locator the page's items cite it at. */
  record CitedSource(int number, Source source, List<String> locators) {}

  /**
   * The combined review of {@code items}: the weakest status; and the earliest last-review date
   * when the status is not draft and every item has a date. Empty when there are no items.
   */
  static Optional<PageReview> review(List<? extends Item> items) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    ReviewStatus weakest = items.stream().map(i -> i.review().status())
        .min(Comparator.comparingInt(PageFacts::rank)).orElseThrow();
    Optional<LocalDate> date = Optional.empty();
    boolean allDated = items.stream().allMatch(i -> i.review().lastReviewed().isPresent());
    if (weakest != ReviewStatus.DRAFT && allDated) {
      date = items.stream().map(i -> i.review().lastReviewed().orElseThrow()).min(Comparator.naturalOrder());
    }
    return Optional.of(new PageReview(weakest, date));
  }

  /** How much checking a status claims: draft lowest. */
  static int rank(ReviewStatus status) {
    return switch (status) {
      case DRAFT -> 0;
      case SOURCED -> 1;
      case CLINICALLY_REVIEWED -> 2;
    };
  }

  /** The sources {@code items} cite, numbered from 1 in order of first citation, locators deduplicated. */
  static List<CitedSource> citedSources(ExportContent content, List<? extends Item> items) {
    Map<String, List<String>> locators = new LinkedHashMap<>();
    for (Item item : items) {
      for (Citation citation : item.sources()) {
        List<String> list = locators.computeIfAbsent(citation.source().value(), k -> new ArrayList<>());
        if (!list.contains(citation.locator())) {
          list.add(citation.locator());
        }
      }
    }
    List<CitedSource> cited = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : locators.entrySet()) {
      Source source = content.source(dev.epidural.model.Id.of(entry.getKey()));
      cited.add(new CitedSource(cited.size() + 1, source, List.copyOf(entry.getValue())));
    }
    return cited;
  }

  /**
   * The sources {@code items} cite that a patient page lists: documents a reader can look up, not
   * terminology tables. Numbered from 1 in order of first citation, without locators.
   *
   * @param documents the ids of the content's document sources, from {@link #documentSources}
   */
  static List<CitedSource> citedDocuments(ExportContent content, List<? extends Item> items,
                                          java.util.Set<dev.epidural.model.Id<Source>> documents) {
    List<CitedSource> cited = new ArrayList<>();
    for (CitedSource source : citedSources(content, items)) {
      if (documents.contains(source.source().id())) {
        cited.add(new CitedSource(cited.size() + 1, source.source(), List.of()));
      }
    }
    return cited;
  }

  /**
   * The sources of {@code content} that stand behind its texts, as opposed to those that only back
   * its terminology codes (a value set, a code table, a drug data file). The model does not say
   * which citation supports a coding, so this is read from where sources are cited: a source is a
   * document when some item that carries no coding cites it, or when it is the only source of some
   * item. A source cited only by items that carry codings, each of which also cites another source,
   * backs codes only: it stays in JSON, JSON-LD and clinician pages, and off patient pages.
   */
  static java.util.Set<dev.epidural.model.Id<Source>> documentSources(ExportContent content) {
    java.util.Set<dev.epidural.model.Id<Source>> documents = new java.util.HashSet<>();
    for (Item item : content.items()) {
      java.util.Set<dev.epidural.model.Id<Source>> cites = new java.util.LinkedHashSet<>();
      item.sources().forEach(c -> cites.add(c.source()));
      if (cites.size() == 1 || codings(item).isEmpty()) {
        documents.addAll(cites);
      }
    }
    return documents;
  }

  private static List<dev.epidural.model.Coding> codings(Item item) {
    if (item instanceof dev.epidural.model.Procedure p) {
      return p.codings();
    }
    if (item instanceof dev.epidural.model.Medication m) {
      return m.codings();
    }
    return List.of();
  }

  /** The numbers, on a page citing {@code cited}, of the sources {@code item} cites. */
  static List<Integer> numbersCitedBy(Item item, List<CitedSource> cited) {
    List<Integer> numbers = new ArrayList<>();
    for (Citation citation : item.sources()) {
      for (CitedSource source : cited) {
        if (source.source().id().equals(citation.source()) && !numbers.contains(source.number())) {
          numbers.add(source.number());
        }
      }
    }
    return numbers;
  }

  /** The URL a source can be linked with: its own http(s) URL, else its DOI's, else none. */
  static Optional<String> linkOf(Source source) {
    Optional<String> own = source.url().flatMap(Escape::httpUrl);
    if (own.isPresent()) {
      return own;
    }
    return source.doi().map(Escape::doiUrl).flatMap(Escape::httpUrl);
  }
}
