package dev.epidural.content.export;

import dev.epidural.content.ProcedureMedication;
import dev.epidural.content.ProcedureView;
import dev.epidural.model.Audience;
import dev.epidural.model.Citation;
import dev.epidural.model.Coding;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Id;
import dev.epidural.model.ImagingGuidance;
import dev.epidural.model.Item;
import dev.epidural.model.Medication;
import dev.epidural.model.Procedure;
import dev.epidural.model.RegionInfo;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Reviewer;
import dev.epidural.model.SignOff;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a page that shows several items can honestly say about all of them together: the weakest
 * review status among them, the oldest check date (only when every item has one and none is a
 * draft), and the sources they cite, numbered in order of first citation; and which items a page
 * about a procedure shows. Everything is read from the validated content: its procedure views,
 * its per-kind lists and the sources it resolves.
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
  record Approval(List<Reviewer> reviewers, LocalDate date) {}

  /** The approval of a page of {@code items}, or empty unless every one of them has one. */
  static Optional<Approval> approval(ExportContent content, List<? extends Item> items) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Reviewer> reviewers = new ArrayList<>();
    LocalDate earliest = null;
    for (Item item : items) {
      Optional<SignOff> signOff = content.approval(item);
      if (signOff.isEmpty()) {
        return Optional.empty();
      }
      if (!reviewers.contains(signOff.get().reviewer())) {
        reviewers.add(signOff.get().reviewer());
      }
      if (earliest == null || signOff.get().date().isBefore(earliest)) {
        earliest = signOff.get().date();
      }
    }
    return Optional.of(new Approval(List.copyOf(reviewers), earliest));
  }

  /** "NAME (ROLE), NAME (ROLE)": the reviewers as a page shows them. */
  static String reviewers(Approval approval) {
    StringBuilder out = new StringBuilder();
    for (Reviewer reviewer : approval.reviewers()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(reviewer);
    }
    return out.toString();
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
    ReviewStatus weakest = null;
    LocalDate earliest = null;
    boolean allDated = true;
    for (Item item : items) {
      ReviewStatus status = item.review().status();
      if (weakest == null || rank(status) < rank(weakest)) {
        weakest = status;
      }
      Optional<LocalDate> date = item.review().lastReviewed();
      if (date.isEmpty()) {
        allDated = false;
      } else if (earliest == null || date.get().isBefore(earliest)) {
        earliest = date.get();
      }
    }
    return Optional.of(new PageReview(weakest, weakest != ReviewStatus.DRAFT && allDated
        ? Optional.of(earliest) : Optional.empty()));
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
    Map<String, Set<String>> locators = new LinkedHashMap<>();
    List<Source> sources = new ArrayList<>();
    for (Item item : items) {
      for (Citation citation : item.sources()) {
        Set<String> at = locators.get(citation.source().value());
        if (at == null) {
          at = new LinkedHashSet<>();
          locators.put(citation.source().value(), at);
          sources.add(content.source(citation.source()));
        }
        at.add(citation.locator());
      }
    }
    List<CitedSource> cited = new ArrayList<>(sources.size());
    for (Source source : sources) {
      cited.add(new CitedSource(cited.size() + 1, source, List.copyOf(locators.get(source.id().value()))));
    }
    return cited;
  }

  /** The sources {@code items} cite, each once, in order of first citation. */
  static List<Source> sourcesCited(ExportContent content, List<? extends Item> items) {
    Set<String> seen = new HashSet<>();
    List<Source> sources = new ArrayList<>();
    for (Item item : items) {
      for (Citation citation : item.sources()) {
        if (seen.add(citation.source().value())) {
          sources.add(content.source(citation.source()));
        }
      }
    }
    return sources;
  }

  /**
   * The sources a page of {@code items} lists: for patients the documents behind the texts, as a
   * reader expects a citation (no locators, no terminology tables); for clinicians every source,
   * with the places cited.
   */
  static List<CitedSource> listed(ExportContent content, ExportOptions options, List<? extends Item> items) {
    return options.audience() == Audience.PATIENT
        ? citedDocuments(content, items, content.documentSources())
        : citedSources(content, items);
  }

  /**
   * The sources {@code items} cite that a patient page lists: documents a reader can look up, not
   * terminology tables. Numbered from 1 in order of first citation, without locators.
   *
   * @param documents the ids of the content's document sources, from {@link #documentSources}
   */
  static List<CitedSource> citedDocuments(ExportContent content, List<? extends Item> items,
                                          Set<Id<Source>> documents) {
    List<CitedSource> cited = new ArrayList<>();
    for (Source source : sourcesCited(content, items)) {
      if (documents.contains(source.id())) {
        cited.add(new CitedSource(cited.size() + 1, source, List.of()));
      }
    }
    return cited;
  }

  /**
   * The sources that stand behind the texts of {@code items}, as opposed to those that only back
   * their terminology codes (a value set, a code table, a drug data file). The model does not say
   * which citation supports a coding, so this is read from where sources are cited: a source is a
   * document when some item that carries no coding cites it, or when it is the only source of some
   * item. A source cited only by items that carry codings, each of which also cites another source,
   * backs codes only: it stays in JSON, JSON-LD and clinician pages, and off patient pages.
   */
  static Set<Id<Source>> documentSources(List<Item> items) {
    Set<Id<Source>> documents = new HashSet<>();
    for (Item item : items) {
      Set<Id<Source>> cites = new LinkedHashSet<>();
      item.sources().forEach(c -> cites.add(c.source()));
      if (cites.size() == 1 || codings(item).isEmpty()) {
        documents.addAll(cites);
      }
    }
    return Collections.unmodifiableSet(documents);
  }

  private static List<Coding> codings(Item item) {
    if (item instanceof Procedure p) {
      return p.codings();
    }
    if (item instanceof Medication m) {
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

  /**
   * The URL a source can be linked with: its own http(s) URL, else its DOI's, else none. Worked out
   * once per source: {@link ExportContent#link} keeps it.
   */
  static Optional<String> linkOf(Source source) {
    Optional<String> own = source.url().flatMap(Escape::httpUrl);
    if (own.isPresent()) {
      return own;
    }
    return source.doi().map(Escape::doiUrl).flatMap(Escape::httpUrl);
  }

  // ---------------------------------------------------------------- a procedure's page

  /**
   * Every item whose text a page about the procedure shows, each once, in this order: the
   * procedure, the region, approach and guidance facts that name its regions, approaches and
   * guidance, then the items it references.
   */
  static List<Item> shown(ExportContent content, ProcedureView view) {
    Procedure procedure = view.procedure();
    Items shown = new Items();
    shown.add(procedure);
    for (SpinalRegion region : procedure.regions()) {
      regionInfo(content, region).ifPresent(shown::add);
    }
    view.approaches().forEach(shown::add);
    for (ImagingGuidance guidance : procedure.guidance()) {
      guidanceInfo(content, guidance).ifPresent(shown::add);
    }
    addReferenced(view, shown);
    return shown.list;
  }

  /** The items the procedure references, without the procedure itself, each once, in reference order. */
  static List<Item> referenced(ProcedureView view) {
    Items referenced = new Items();
    referenced.ids.add(view.id());
    addReferenced(view, referenced);
    return referenced.list;
  }

  private static void addReferenced(ProcedureView view, Items into) {
    view.steps().forEach(into::add);
    view.preparation().forEach(into::add);
    for (ProcedureMedication used : view.medications()) {
      into.add(used.medication());
    }
    view.indications().forEach(into::add);
    view.contraindications().forEach(into::add);
    view.complications().forEach(into::add);
    view.aftercare().forEach(into::add);
  }

  /** Items in order, each once: an id names one item in validated content. */
  private static final class Items {
    final List<Item> list = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

    void add(Item item) {
      if (ids.add(item.id().value())) {
        list.add(item);
      }
    }
  }

  /** The display name of each of the procedure's regions: its region fact's name, else its code. */
  static List<String> regionNames(ExportContent content, Procedure procedure, ExportOptions options) {
    List<String> names = new ArrayList<>(procedure.regions().size());
    for (SpinalRegion region : procedure.regions()) {
      Optional<RegionInfo> info = regionInfo(content, region);
      names.add(info.isPresent() ? options.resolve(info.get().name()) : region.code());
    }
    return names;
  }

  /** The display name of each of the procedure's approaches: its approach fact's name. */
  static List<String> approachNames(ProcedureView view, ExportOptions options) {
    List<String> names = new ArrayList<>(view.approaches().size());
    view.approaches().forEach(a -> names.add(options.resolve(a.name())));
    return names;
  }

  /** The display name of each of the procedure's guidance options: its guidance fact's name, else its code. */
  static List<String> guidanceNames(ExportContent content, Procedure procedure, ExportOptions options) {
    List<String> names = new ArrayList<>(procedure.guidance().size());
    for (ImagingGuidance guidance : procedure.guidance()) {
      Optional<GuidanceInfo> info = guidanceInfo(content, guidance);
      names.add(info.isPresent() ? options.resolve(info.get().name()) : guidance.code());
    }
    return names;
  }

  /** The region fact that names {@code region}, if the content has one: the first, in bundle order. */
  private static Optional<RegionInfo> regionInfo(ExportContent content, SpinalRegion region) {
    for (RegionInfo info : content.all(RegionInfo.class)) {
      if (info.region() == region) {
        return Optional.of(info);
      }
    }
    return Optional.empty();
  }

  /** The guidance fact that names {@code guidance}, if the content has one: the first, in bundle order. */
  private static Optional<GuidanceInfo> guidanceInfo(ExportContent content, ImagingGuidance guidance) {
    for (GuidanceInfo info : content.all(GuidanceInfo.class)) {
      if (info.guidance() == guidance) {
        return Optional.of(info);
      }
    }
    return Optional.empty();
  }
}
