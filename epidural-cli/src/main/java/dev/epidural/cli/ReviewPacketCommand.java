package dev.epidural.cli;

import dev.epidural.content.BundleValidationException;
import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.model.Citation;
import dev.epidural.model.Item;
import dev.epidural.model.SignOff;
import dev.epidural.model.Source;
import dev.epidural.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code epidural review-packet}: what a clinician needs to review items: every text variant, the
 * cited sources with their locators, a word diff against an older bundle, and a sign-off form; as
 * printable HTML ({@code review-packet.html}) and Markdown ({@code review-packet.md}).
 */
@Command(name = "review-packet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Writes review-packet.html (printable) and review-packet.md into OUT for a clinical review.",
        "Per item: every text variant, the cited sources with locators, the changes since OLD_BUNDLE",
        "(a word diff, with --since) and a sign-off form. Record the completed form with 'review-record'.",
        "Exit codes:", "0:written", "1:a bundle is not valid", "2:usage error"})
public final class ReviewPacketCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle to review.")
  String bundlePath;

  @Parameters(index = "1", paramLabel = "OUT", description = "The folder to write the packet into.")
  Path out;

  @Option(names = "--items", split = ",", paramLabel = "ID", description = "Only these items (default: all).")
  List<String> items;

  @Option(names = "--since", paramLabel = "OLD_BUNDLE", description = "Show each text's changes since this bundle.")
  String since;

  /** One paragraph of the packet: a label and a text, with its word diff when there is an older text. */
  private record Variant(String label, String text, Optional<List<Word>> diff) {}

  /** One word of a diff: kept, removed or added. */
  record Word(char op, String word) {}

  @Override
  public Integer call() {
    EpiduralContent content = load(bundlePath);
    EpiduralContent oldContent = since == null ? null : load(since);
    if (content == null || (since != null && oldContent == null)) {
      return ExitCode.INVALID;
    }
    Optional<EpiduralContent> old = Optional.ofNullable(oldContent);
    List<Item> chosen = new ArrayList<>();
    if (items == null) {
      chosen.addAll(content.items());
    } else {
      for (String id : items) {
        chosen.add(content.item(id.strip()).orElseThrow(() -> new CliException("--items: '" + id
            + "' is not an item of " + bundlePath)));
      }
    }
    StringBuilder md = new StringBuilder();
    StringBuilder html = new StringBuilder();
    String title = "Review packet: " + content.bundle().title() + " " + content.bundle().version();
    md.append("# ").append(md(title)).append("\n\n");
    html.append("<!DOCTYPE html>\n<html lang=\"").append(h(content.bundle().locale().toLanguageTag()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(h(title)).append("</title>\n<style>")
        .append("body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}")
        .append("ins{background:#dafbe1;text-decoration:none}del{background:#ffebe9}")
        .append("section{border-top:1px solid #999;margin-top:2rem;break-inside:avoid-page}")
        .append("td,th{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}")
        .append("table{border-collapse:collapse;width:100%}td.blank{height:2.2rem}")
        .append("@media print{section{break-before:page}}</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(h(title)).append("</h1>\n");
    md.append(md("Review every text variant against the cited sources, then complete the sign-off form."))
        .append("\n");
    html.append("<p>Review every text variant against the cited sources, then complete the sign-off form.</p>\n");
    for (Item item : chosen) {
      Optional<Item> before = old.flatMap(o -> o.item(item.id().value()));
      String heading = item.id().value();
      md.append("\n## ").append(md(heading)).append("\n\n");
      html.append("<section>\n<h2>").append(h(heading)).append("</h2>\n");
      Optional<SignOff> approval = content.approval(item);
      String status = approval.map(s -> "Approved by " + s.reviewer() + " on " + s.date() + "; fingerprint unchanged.")
          .orElse("Not clinically reviewed (" + item.review().status().code() + ").");
      String fingerprint = "Fingerprint: " + content.reviewFingerprint(item);
      md.append(md(status)).append("\n\n").append(md(fingerprint)).append("\n");
      html.append("<p>").append(h(status)).append("</p>\n<p><code>").append(h(fingerprint)).append("</code></p>\n");
      if (old.isPresent()) {
        String state = before.isEmpty() ? "New since " + since + "." : before.get().equals(item)
            ? "Unchanged since " + since + "." : "Changed since " + since + ": removed words are marked [-so-], added ones {+so+}.";
        md.append("\n").append(md(state)).append("\n");
        html.append("<p>").append(h(state).replace("[-so-]", "<del>so</del>").replace("{+so+}", "<ins>so</ins>"))
            .append("</p>\n");
      }
      Map<String, Text> oldTexts = before.map(TextFields::of).orElse(Map.of());
      for (Map.Entry<String, Text> t : TextFields.of(item).entrySet()) {
        md.append("\n### ").append(md(t.getKey())).append("\n\n");
        html.append("<h3>").append(h(t.getKey())).append("</h3>\n<dl>\n");
        for (Variant v : variants(t.getValue(), Optional.ofNullable(oldTexts.get(t.getKey())), old.isPresent())) {
          md.append("- **").append(md(v.label())).append("**: ").append(v.diff().map(ReviewPacketCommand::mdDiff)
              .orElse(md(v.text()))).append("\n");
          html.append("<dt>").append(h(v.label())).append("</dt><dd>").append(v.diff()
              .map(ReviewPacketCommand::htmlDiff).orElse(h(v.text()))).append("</dd>\n");
        }
        html.append("</dl>\n");
      }
      md.append("\n### Sources\n\n");
      html.append("<h3>Sources</h3>\n<ul>\n");
      for (Citation c : item.sources()) {
        String line = sourceLine(content, c);
        md.append("- ").append(md(line)).append("\n");
        html.append("<li>").append(h(line)).append("</li>\n");
      }
      if (item.sources().isEmpty()) {
        md.append(md("(none)")).append("\n");
        html.append("<li>(none)</li>\n");
      }
      html.append("</ul>\n</section>\n");
    }
    form(md, html, chosen);
    html.append("</main>\n</body>\n</html>\n");
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("review-packet.md"), md, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("review-packet.html"), html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot write the packet into " + out + ": " + e.getMessage());
    }
    spec.commandLine().getOut().println("wrote " + out.resolve("review-packet.html") + " and "
        + out.resolve("review-packet.md") + " (" + chosen.size() + " items)");
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private EpiduralContent load(String path) {
    try {
      return main.withClock(BundleArg.parse(path).loader()).load();
    } catch (BundleValidationException e) {
      spec.commandLine().getErr().println(path + " is not valid: " + e.report().problems().size()
          + " problem(s); run 'epidural validate " + path + "'");
      spec.commandLine().getErr().flush();
      return null;
    }
  }

  private static List<Variant> variants(Text now, Optional<Text> before, boolean diffing) {
    List<Variant> out = new ArrayList<>();
    String[][] all = {{"General", now.text(), before.map(Text::text).orElse(null)},
        {"Patient", now.patient().orElse(null), before.flatMap(Text::patient).orElse(null)},
        {"Clinician", now.clinician().orElse(null), before.flatMap(Text::clinician).orElse(null)}};
    for (String[] v : all) {
      if (v[1] != null) {
        Optional<List<Word>> diff = diffing && !v[1].equals(v[2])
            ? Optional.of(wordDiff(v[2] == null ? "" : v[2], v[1])) : Optional.empty();
        out.add(new Variant(v[0], v[1], diff));
      }
    }
    return out;
  }

  /** A word diff by longest common subsequence over whitespace-separated words. */
  static List<Word> wordDiff(String before, String after) {
    String[] a = before.isBlank() ? new String[0] : before.strip().split("\\s+");
    String[] b = after.isBlank() ? new String[0] : after.strip().split("\\s+");
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Word> words = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        words.add(new Word('=', a[i++]));
        j++;
      } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        words.add(new Word('+', b[j++]));
      } else {
        words.add(new Word('-', a[i++]));
      }
    }
    return words;
  }

  private static String mdDiff(List<Word> words) {
    List<String> out = new ArrayList<>();
    for (Word w : words) {
      out.add(switch (w.op()) {
        case '+' -> "\\{\\+" + md(w.word()) + "\\+\\}";
        case '-' -> "\\[\\-" + md(w.word()) + "\\-\\]";
        default -> md(w.word());
      });
    }
    return String.join(" ", out);
  }

  private static String htmlDiff(List<Word> words) {
    List<String> out = new ArrayList<>();
    for (Word w : words) {
      out.add(switch (w.op()) {
        case '+' -> "<ins>" + h(w.word()) + "</ins>";
        case '-' -> "<del>" + h(w.word()) + "</del>";
        default -> h(w.word());
      });
    }
    return String.join(" ", out);
  }

  private static String sourceLine(EpiduralContent content, Citation c) {
    Optional<Source> source = content.bundle().sources().stream().filter(s -> s.id().equals(c.source())).findFirst();
    return source.map(s -> s.title() + " (" + s.publisher() + s.published().map(d -> ", " + d).orElse("") + ")"
        + s.doi().map(d -> ", doi:" + d).orElse("") + s.url().map(u -> ", " + u).orElse(""))
        .orElse(c.source().value()) + "; at: " + c.locator();
  }

  private void form(StringBuilder md, StringBuilder html, List<Item> chosen) {
    md.append("\n## Sign-off\n\n");
    html.append("<section>\n<h2>Sign-off</h2>\n<table>\n");
    for (String field : List.of("Reviewer name", "Role or qualification", "Date of review (YYYY-MM-DD)",
        "Decision (approved / changes requested)", "Next review (YYYY-MM-DD, optional)", "Note (optional)",
        "Signature")) {
      md.append("- ").append(md(field)).append(": \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n");
      html.append("<tr><th scope=\"row\">").append(h(field)).append("</th><td class=\"blank\"></td></tr>\n");
    }
    html.append("</table>\n");
    String ids = String.join(",", chosen.stream().map(i -> i.id().value()).toList());
    String record = "epidural review-record --id ID --reviewer NAME --role ROLE --date DATE --decision DECISION"
        + " --items " + ids + " -o reviews-ID.json " + bundlePath;
    md.append("\n").append(md("To record the completed form, run on this same bundle:")).append("\n\n    ")
        .append(record).append("\n");
    html.append("<p>To record the completed form, run on this same bundle:</p>\n<pre>").append(h(record))
        .append("</pre>\n</section>\n");
  }

  /** Markdown text: every ASCII punctuation character escaped, so no markup or HTML can come from content. */
  static String md(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
      if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String h(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
