package dev.epidural.cli;

import dev.epidural.cli.report.Explanations;
import dev.epidural.cli.report.Explanations.Explanation;
import dev.epidural.content.ProblemCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epidural explain CODE}: what a problem code means, an example and how to fix it, from the
 * code's entry in {@code docs/problems.md} (see {@link Explanations}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Explains a problem code: what it means, an example and how to fix it.",
        "CODE is case-insensitive, and EPI- may be left out (ref-002)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained", "2:usage error: an unknown CODE"})
public final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "CODE", arity = "1", description = "A problem code, such as EPI-REF-002.")
  String code;

  @Override
  public Integer call() {
    String wanted = normalize(code);
    Explanation e = Explanations.of(wanted).filter(x -> x.problemCode().isPresent())
        .orElseThrow(() -> new CliException(unknown(code, wanted)));
    ProblemCode known = e.problemCode().orElseThrow();
    PrintWriter out = spec.commandLine().getOut();
    out.println(known.code() + " (" + known.severity().code() + "): " + known.meaning());
    out.println();
    out.println(Explanations.plain(e.description()));
    out.println();
    out.println("Example:");
    e.example().lines().forEach(l -> out.println("  " + l));
    out.println();
    out.println("Fix: " + Explanations.plain(e.fix()));
    out.println();
    out.println("See " + e.uri());
    out.flush();
    return ExitCode.OK;
  }

  /** The code in upper case, with {@code EPI-} in front when it was left out. */
  static String normalize(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return upper.startsWith("EPI-") ? upper : "EPI-" + upper;
  }

  /** The message for an unknown code, with the nearest known codes when they are near. */
  static String unknown(String given, String normalized) {
    List<String> codes = new ArrayList<>();
    for (ProblemCode c : ProblemCode.values()) {
      codes.add(c.code());
    }
    int best = codes.stream().mapToInt(c -> distance(c, normalized)).min().orElse(Integer.MAX_VALUE);
    StringBuilder sb = new StringBuilder("unknown problem code '").append(given.strip()).append('\'');
    if (best <= 2) {
      List<String> near = codes.stream().filter(c -> distance(c, normalized) == best)
          .sorted(Comparator.naturalOrder()).limit(3).toList();
      sb.append("; did you mean ").append(String.join(" or ", near)).append('?');
    } else {
      sb.append("; codes look like EPI-REF-002, and docs/problems.md lists them all");
    }
    return sb.toString();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
