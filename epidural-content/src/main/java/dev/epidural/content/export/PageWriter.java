package dev.epidural.content.export;

import dev.epidural.content.ProcedureMedication;
import dev.epidural.content.ProcedureView;
import dev.epidural.content.internal.meta.ItemVisitor;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.model.AftercareInstruction;
import dev.epidural.model.Alternative;
import dev.epidural.model.AnatomyFact;
import dev.epidural.model.ApproachInfo;
import dev.epidural.model.Audience;
import dev.epidural.model.Complication;
import dev.epidural.model.Consideration;
import dev.epidural.model.ConsiderationKind;
import dev.epidural.model.Contraindication;
import dev.epidural.model.EpidurographyFinding;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.GuidanceInfo;
import dev.epidural.model.Indication;
import dev.epidural.model.IntentInfo;
import dev.epidural.model.Item;
import dev.epidural.model.LongevityFactor;
import dev.epidural.model.Medication;
import dev.epidural.model.PreparationInstruction;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import dev.epidural.model.Purpose;
import dev.epidural.model.RegionInfo;
import dev.epidural.model.ReviewStatus;
import dev.epidural.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One page being written, in HTML ({@link HtmlPage}) or Markdown ({@link MarkdownPage}): what the
 * two formats share is here, once. That is what a page shows and in which order (a procedure
 * overview, a FAQ page, one item of each kind through the exhaustive {@link ItemVisitor}, the
 * review notice); each format writes the parts (headings, paragraphs, lists, facts, sources) its
 * own way. Everything goes into one {@link StringBuilder}, escaped as it is appended. One writer
 * per page; not thread-safe.
 */
abstract class PageWriter implements ItemVisitor<Void> {

  final ExportContent content;
  final ExportOptions options;
  final StringBuilder out;

  PageWriter(ExportContent content, ExportOptions options, int capacity) {
    this.content = content;
    this.options = options;
    this.out = new StringBuilder(capacity);
  }

  /** The page written so far. */
  final String page() {
    return out.toString();
  }

  // ---------------------------------------------------------------- the layouts

  /**
   * A procedure overview: its name as the level-1 heading, summary, regions, approaches and
   * guidance, the steps in order, preparation, medications, indications, contraindications,
   * complications, aftercare, the sources of everything shown, and the review notice.
   *
   * @throws IllegalArgumentException if {@code procedure} is not part of the content
   */
  final void overview(Procedure procedure) {
    ProcedureView view = content.view(procedure);
    List<Item> shown = PageFacts.shown(content, view);
    List<PageFacts.CitedSource> cited = PageFacts.listed(content, options, shown);
    beginArticle("epidural-procedure", procedure);
    heading(1, options.resolve(procedure.name()));
    paragraphs("summary", options.resolve(procedure.summary()));
    List<String> regions = PageFacts.regionNames(content, procedure, options);
    List<String> approaches = PageFacts.approachNames(view, options);
    List<String> guidance = PageFacts.guidanceNames(content, procedure, options);
    if (!regions.isEmpty() || !approaches.isEmpty() || !guidance.isEmpty()) {
      beginFacts();
      fact(Label.REGIONS, regions);
      fact(Label.APPROACHES, approaches);
      fact(Label.GUIDANCE, guidance);
      endFacts();
    }
    section("steps", Label.STEPS, true, view.steps(), s -> named(s.name(), Optional.of(s.description())));
    section("preparation", Label.PREPARATION, false, view.preparation(), p -> inline(p.text()));
    section("medications", Label.MEDICATIONS, false, view.medications(), this::medication);
    section("indications", Label.INDICATIONS, false, view.indications(), i -> named(i.name(), i.note()));
    section("contraindications", Label.CONTRAINDICATIONS, false, view.contraindications(),
        c -> named(c.name(), c.note()));
    section("complications", Label.COMPLICATIONS, false, view.complications(), c -> named(c.name(), c.description()));
    section("aftercare", Label.AFTERCARE, false, view.aftercare(), a -> inline(a.text()));
    sources(cited);
    review(shown);
    endArticle();
  }

  /**
   * A FAQ page: a level-1 heading, each question as a level-2 heading with its answer and the
   * numbers of the sources it cites, the sources, and the review notice.
   *
   * @throws IllegalArgumentException if an entry is not part of the content
   */
  final void faq(List<FaqEntry> entries) {
    entries.forEach(content::own);
    List<PageFacts.CitedSource> cited = PageFacts.listed(content, options, entries);
    beginFaq();
    heading(1, options.label(Label.FAQ));
    for (FaqEntry entry : entries) {
      beginFaqEntry(entry);
      heading(2, options.resolve(entry.question()));
      paragraphs("answer", options.resolve(entry.answer()));
      List<Integer> numbers = PageFacts.numbersCitedBy(entry, cited);
      if (!numbers.isEmpty()) {
        cites(numbers, cited);
      }
      endFaqEntry();
    }
    sources(cited);
    review(entries);
    endFaq();
  }

  /**
   * One item: its name or question as a level-2 heading, its texts, its sources and its review
   * notice; a procedure gives its {@link #overview(Procedure) overview}.
   *
   * @throws IllegalArgumentException if {@code item} is not part of the content
   */
  final void item(Item item) {
    content.own(item);
    if (item instanceof Procedure procedure) {
      overview(procedure);
      return;
    }
    List<Item> one = List.of(item);
    beginItem(item);
    Kind.of(item).accept(item, this);
    sources(PageFacts.listed(content, options, one));
    review(one);
    endItem();
  }

  private <T> void section(String cssClass, Label heading, boolean numbered, List<T> items, Consumer<T> item) {
    if (items.isEmpty()) {
      return;
    }
    beginSection(cssClass, options.label(heading));
    beginList(numbered, cssClass);
    for (int i = 0; i < items.size(); i++) {
      beginListItem(i);
      item.accept(items.get(i));
      endListItem();
    }
    endList(numbered);
    endSection();
  }

  /**
   * What a reader may trust about {@code items} together: the words for the weakest status among
   * them, the date of the oldest check when every item has one (never for a draft), and who
   * reviewed them when a sign-off backs every one.
   */
  final void review(List<? extends Item> items) {
    Optional<PageFacts.PageReview> review = PageFacts.review(items);
    if (review.isEmpty()) {
      return;
    }
    ReviewStatus status = review.get().status();
    beginReview(status);
    text(options.label(noticeLabel(status, options.audience())));
    if (review.get().lastReviewed().isPresent()) {
      out.append(' ');
      text(options.label(status == ReviewStatus.CLINICALLY_REVIEWED ? Label.LAST_REVIEWED : Label.LAST_CHECKED));
      out.append(' ');
      date(review.get().lastReviewed().get());
      out.append('.');
    }
    Optional<PageFacts.Approval> approval = PageFacts.approval(content, items);
    if (approval.isPresent()) {
      out.append(' ');
      text(options.label(Label.REVIEWED_BY));
      out.append(' ');
      text(PageFacts.reviewers(approval.get()));
      out.append(' ');
      text(options.label(Label.REVIEWED_ON));
      out.append(' ');
      date(approval.get().date());
      out.append('.');
    }
    endReview();
  }

  /**
   * The words of the review notice: plain words on a patient page, the precise status for clinicians.
   * Never claims more checking than {@code status} records.
   */
  static Label noticeLabel(ReviewStatus status, Audience audience) {
    boolean patient = audience == Audience.PATIENT;
    return switch (status) {
      case DRAFT -> patient ? Label.REVIEW_DRAFT_PATIENT : Label.REVIEW_DRAFT;
      case SOURCED -> patient ? Label.REVIEW_SOURCED_PATIENT : Label.REVIEW_SOURCED;
      case CLINICALLY_REVIEWED -> Label.REVIEW_CLINICAL;
    };
  }

  // ---------------------------------------------------------------- one item, per kind

  private void titled(Text title, Text body) {
    heading(2, options.resolve(title));
    paragraphs("text", options.resolve(body));
  }

  private void titled(Text title, Optional<Text> body) {
    heading(2, options.resolve(title));
    if (body.isPresent()) {
      paragraphs("text", options.resolve(body.get()));
    }
  }

  /** An item without a title of its own: its section's label heads it. */
  private void labelled(Label label, Text body) {
    heading(2, options.label(label));
    paragraphs("text", options.resolve(body));
  }

  @Override
  public final Void anatomy(AnatomyFact a) {
    titled(a.title(), a.text());
    if (!a.items().isEmpty()) {
      beginList(false, "list");
      for (int i = 0; i < a.items().size(); i++) {
        beginListItem(i);
        inline(a.items().get(i));
        endListItem();
      }
      endList(false);
    }
    return null;
  }

  @Override
  public final Void region(RegionInfo r) {
    titled(r.name(), r.use());
    return null;
  }

  @Override
  public final Void approach(ApproachInfo a) {
    titled(a.name(), a.description());
    return null;
  }

  @Override
  public final Void intent(IntentInfo i) {
    titled(i.name(), i.description());
    return null;
  }

  @Override
  public final Void purpose(Purpose p) {
    titled(p.name(), p.description());
    return null;
  }

  @Override
  public final Void guidance(GuidanceInfo g) {
    titled(g.name(), g.description());
    return null;
  }

  @Override
  public final Void medication(Medication m) {
    titled(m.name(), m.action());
    if (m.onset().isPresent() || m.duration().isPresent() || m.reversibility().isPresent()) {
      beginFacts();
      optionalFact(Label.ONSET, m.onset());
      optionalFact(Label.DURATION, m.duration());
      optionalFact(Label.REVERSIBILITY, m.reversibility());
      endFacts();
    }
    return null;
  }

  private void optionalFact(Label label, Optional<Text> value) {
    if (value.isPresent()) {
      fact(label, List.of(options.resolve(value.get())));
    }
  }

  @Override
  public final Void procedure(Procedure unused) {
    throw new IllegalStateException("a procedure renders as its overview, before the per-kind body");
  }

  @Override
  public final Void indication(Indication i) {
    titled(i.name(), i.note());
    return null;
  }

  @Override
  public final Void contraindication(Contraindication c) {
    titled(c.name(), c.note());
    return null;
  }

  @Override
  public final Void step(ProcedureStep s) {
    titled(s.name(), s.description());
    return null;
  }

  @Override
  public final Void preparation(PreparationInstruction p) {
    labelled(Label.PREPARATION, p.text());
    return null;
  }

  @Override
  public final Void epidurography(EpidurographyFinding e) {
    titled(e.name(), e.meaning());
    return null;
  }

  @Override
  public final Void complication(Complication c) {
    titled(c.name(), c.description());
    return null;
  }

  @Override
  public final Void aftercare(AftercareInstruction a) {
    labelled(Label.AFTERCARE, a.text());
    return null;
  }

  @Override
  public final Void longevityFactor(LongevityFactor l) {
    titled(l.name(), l.description());
    return null;
  }

  @Override
  public final Void consideration(Consideration c) {
    labelled(c.kind() == ConsiderationKind.BENEFIT ? Label.BENEFIT : Label.LIMITATION, c.text());
    return null;
  }

  @Override
  public final Void alternative(Alternative a) {
    titled(a.name(), a.description());
    return null;
  }

  @Override
  public final Void faq(FaqEntry f) {
    titled(f.question(), f.answer());
    return null;
  }

  // ---------------------------------------------------------------- what each format writes

  /** Opens the article of a procedure overview. */
  abstract void beginArticle(String cssClass, Item item);

  abstract void endArticle();

  /** Opens the article of one item. */
  abstract void beginItem(Item item);

  abstract void endItem();

  abstract void beginFaq();

  abstract void endFaq();

  abstract void beginFaqEntry(FaqEntry entry);

  abstract void endFaqEntry();

  /** A heading of level 1 or 2 showing {@code text}. */
  abstract void heading(int level, String text);

  /** {@code text} as paragraphs: blank lines separate them, other line breaks stay. */
  abstract void paragraphs(String cssClass, String text);

  /** A text inside a line of the page, such as a list item. */
  abstract void inline(Text text);

  /** Plain text, escaped for where it stands. */
  abstract void text(String text);

  /** A date in a sentence. */
  abstract void date(LocalDate date);

  /** A list item: the name, and the detail after it when there is one. */
  abstract void named(Text name, Optional<Text> detail);

  /**
   * A list item: a medication as the procedure uses it, led by its name in bold; the volume in
   * brackets, then the note.
   */
  final void medication(ProcedureMedication used) {
    Medication medication = used.medication();
    lead(medication.name());
    inline(medication.action());
    if (used.volume().isPresent()) {
      out.append(" (");
      text(Numbers.range(used.volume().get()));
      out.append(')');
    }
    if (used.note().isPresent()) {
      out.append(' ');
      inline(used.note().get());
    }
  }

  /** A name in bold, then a colon and a space, as a list item leads with it. */
  abstract void lead(Text name);

  /** Opens a list of facts, each a label and values; at least one follows. */
  abstract void beginFacts();

  /** One fact: nothing when {@code values} is empty. */
  abstract void fact(Label label, List<String> values);

  abstract void endFacts();

  /** Opens a section under a level-2 heading. */
  abstract void beginSection(String cssClass, String heading);

  abstract void endSection();

  /** Opens a list, numbered in order or bulleted; HTML gives a numbered list the CSS class {@code cssClass}. */
  abstract void beginList(boolean numbered, String cssClass);

  /** Opens item {@code index} (from 0) of the list. */
  abstract void beginListItem(int index);

  abstract void endListItem();

  abstract void endList(boolean numbered);

  /** The numbers of the sources an entry cites, linked to the page's sources. */
  abstract void cites(List<Integer> numbers, List<PageFacts.CitedSource> cited);

  /** The page's sources as a numbered list, or nothing when it cites none. */
  abstract void sources(List<PageFacts.CitedSource> cited);

  /** Opens the review notice of a page whose weakest status is {@code status}. */
  abstract void beginReview(ReviewStatus status);

  abstract void endReview();
}
