package dev.epidural.content.internal.check;

import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.problem.Located;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.rules.MixedScript;
import dev.epidural.content.internal.rules.TextRules;
import dev.epidural.content.internal.tree.JsonPath;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Audience;
import java.util.Optional;

/**
 * The text-safety stage: every string of each manifest and of every item, bound or not, passes the
 * text rules ({@link TextRules}); names and codes do not mix scripts within a word
 * ({@link MixedScript}); patient texts, of items and translations, read at or below the grade limit
 * ({@link ReadabilityRule}). Translation files had their strings checked when they were read.
 *
 * <p>Reads {@link BoundBundle}: each layer's manifest tree and translation files, the top layer's
 * locale, the merged entries and the items that could not be bound. Of each entry it reads the
 * item and, of what the binder noted ({@link Entry.Noted}), whether it already found the item's
 * texts clean ({@link Entry.Noted#textClean()}): those are skipped, and only the others are
 * walked as written in their file. Entries are checked in parallel.
 */
public final class TextSafetyStage {

  private final BoundBundle bundle;
  private final Problems problems;

  private TextSafetyStage(BoundBundle bundle, Problems problems) {
    this.bundle = bundle;
    this.problems = problems;
  }

  /**
   * Runs the stage over {@code bundle}, reporting into {@code problems}.
   *
   * @param maxGrade the highest Flesch-Kincaid grade a patient text may read at;
   *     {@link Double#POSITIVE_INFINITY} turns the readability rule off
   */
  public static void run(BoundBundle bundle, double maxGrade, Problems problems) {
    TextSafetyStage stage = new TextSafetyStage(bundle, problems);
    stage.textRules();
    stage.mixedScript();
    stage.readability(maxGrade);
  }

  /**
   * Checks every string of every item, and of each manifest, as written in the file: the located
   * tree gives each string its exact pointer, rendered only when a rule is broken. Items whose
   * texts the binder already found clean are not walked again.
   */
  private void textRules() {
    for (LayerRead layer : bundle.layers()) {
      strings(layer.mroot(), null, layer.manifestName());
    }
    bundle.entries().parallelStream().filter(e -> !e.noted().textClean()).forEach(e ->
        strings(Pointers.resolve(e.root(), e.pointer()).node(), JsonPath.at(e.pointer()), e.file()));
    for (UnboundItem u : bundle.unbound()) {
      strings(u.node(), JsonPath.at(u.pointer()), u.file());
    }
  }

  /** Names and codes whose words mix scripts: see {@link MixedScript}. */
  private void mixedScript() {
    bundle.entries().parallelStream().forEach(e -> MixedScript.check(e.item(),
        (suffix, message) -> Located.add(problems, ProblemCode.TEXT_MIXED_SCRIPT, message, e.file(), e.root(),
            e.pointer() + suffix)));
  }

  /** The readability rule ({@link ReadabilityRule}) over every patient text, items and translations. */
  private void readability(double maxGrade) {
    ReadabilityRule rule = new ReadabilityRule(maxGrade, problems);
    if (!rule.isOn()) {
      return;
    }
    LayerRead top = bundle.layers().get(bundle.layers().size() - 1);
    top.info().ifPresent(info -> {
      // Overlays share their base's locale (EPI-OVL-007), so the top manifest names it for all.
      var place = new ReadabilityRule.LocalePlace(top.manifestName(), top::mroot, "/locale");
      bundle.entries().parallelStream().forEach(e ->
          rule.item(e.item(), info.locale(), e.file(), e::root, e::pointer, place));
    });
    for (LayerRead layer : bundle.layers()) {
      for (TranslationReader.File file : layer.translations()) {
        var place = new ReadabilityRule.LocalePlace(file.name(), file::root, "/locale");
        for (TranslationReader.Bound bound : file.entries()) {
          if (bound.entry().audience().filter(a -> a == Audience.PATIENT).isPresent()) {
            rule.text(bound.entry().text(), file.locale(), file.name(), file::root, bound.pointer() + "/text", place);
          }
        }
      }
    }
    rule.notice();
  }

  private void strings(Node node, JsonPath path, String file) {
    if (node instanceof Node.Str s) {
      Optional<TextRules.Breach> breach = TextRules.check(s.value());
      if (breach.isPresent()) {
        problems.add(breach.get().code(), breach.get().message(), file, path == null ? "" : path.pointer(), node);
      }
    } else if (node instanceof Node.Obj obj) {
      JsonPath here = path == null ? JsonPath.at("") : path;
      for (Node.Member m : obj.members()) {
        strings(m.value(), here.child(m.name()), file);
      }
    } else if (node instanceof Node.Arr arr) {
      JsonPath here = path == null ? JsonPath.at("") : path;
      for (int i = 0; i < arr.elements().size(); i++) {
        strings(arr.elements().get(i), here.child(i), file);
      }
    }
  }
}
