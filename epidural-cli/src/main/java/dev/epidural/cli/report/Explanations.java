package dev.epidural.cli.report;

import dev.epidural.content.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each problem code means, how it looks and how to fix it, read from {@code docs/problems.md}
 * (the build copies it into the jar, so the documentation is the one source). In that file each
 * code has a heading {@code ### EPI-XXX-NNN} (its anchor, {@code #epi-xxx-nnn}, is stable), one or
 * more paragraphs that explain it, a fenced block with an example and a paragraph starting
 * {@code **Fix:**}.
 */
public final class Explanations {

  /** Where {@code docs/problems.md} is published; a code's entry is this with {@code #epi-xxx-nnn}. */
  public static final String DOCS = "https://epidural.dev/git/epidural-sdk/blob/main/docs/problems.md";

  /** The copy of {@code docs/problems.md} on the class path. */
  public static final String RESOURCE = "dev/epidural/cli/problems.md";

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*$");
  private static final Pattern CODE = Pattern.compile("EPI-[A-Z0-9]+-[0-9]{3}");
  private static final String FIX = "**Fix:**";

  /**
   * One code's entry.
   *
   * @param code the code, such as {@code EPI-REF-002}
   * @param description what it means and when it is raised (Markdown paragraphs)
   * @param example the example block's lines, as the CLI prints such problems
   * @param fix how to fix it (Markdown)
   */
  public record Explanation(String code, String description, String example, String fix) {

    /** The entry's anchor in {@code docs/problems.md}: the code in lowercase. */
    public String anchor() {
      return code.toLowerCase(Locale.ROOT);
    }

    /** The entry's address. */
    public String uri() {
      return DOCS + "#" + anchor();
    }

    /** The code's meaning and default severity, when it is a known code. */
    public Optional<ProblemCode> problemCode() {
      return ProblemCode.of(code);
    }
  }

  private static volatile Map<String, Explanation> builtIn;

  private Explanations() {}

  /** Every entry of the bundled {@code docs/problems.md}, by code, in document order. */
  public static Map<String, Explanation> all() {
    Map<String, Explanation> all = builtIn;
    if (all == null) {
      // Through the class, not its loader: on the module path only the module itself reads its
      // packages' resources.
      try (InputStream in = Explanations.class.getResourceAsStream("/" + RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path (the build copies docs/problems.md)");
        }
        all = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      builtIn = all;
    }
    return all;
  }

  /** The entry of a code, exactly as written (uppercase). */
  public static Optional<Explanation> of(String code) {
    return Optional.ofNullable(all().get(code));
  }

  /**
   * Reads the entries of a problems document.
   *
   * @param markdown the text of {@code docs/problems.md}
   * @return the entries by code, in document order; a code's entry may lack parts (tests check it)
   */
  public static Map<String, Explanation> parse(String markdown) {
    Map<String, Explanation> entries = new LinkedHashMap<>();
    String code = null;
    List<String> description = new ArrayList<>();
    List<String> example = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    StringBuilder fix = new StringBuilder();
    boolean fence = false;
    boolean inExample = false;
    for (String line : (markdown + "\n# end").split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("```")) {
        fence = !fence;
        if (code != null) {
          flush(paragraph, description, fix);
          inExample = fence && example.isEmpty();
        }
        continue;
      }
      if (fence) {
        if (code != null && inExample) {
          example.add(line);
        }
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        flush(paragraph, description, fix);
        if (code != null) {
          entries.put(code, new Explanation(code, String.join("\n\n", description), String.join("\n", example),
              fix.toString().strip()));
        }
        String title = heading.group(1).replace("`", "");
        code = CODE.matcher(title).matches() ? title : null;
        description = new ArrayList<>();
        example = new ArrayList<>();
        fix = new StringBuilder();
        continue;
      }
      if (code == null) {
        continue;
      }
      if (trimmed.isEmpty()) {
        flush(paragraph, description, fix);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line);
      }
    }
    return Collections.unmodifiableMap(entries);
  }

  private static void flush(StringBuilder paragraph, List<String> description, StringBuilder fix) {
    if (paragraph.length() == 0) {
      return;
    }
    String text = paragraph.toString();
    if (text.startsWith(FIX)) {
      fix.append(text.substring(FIX.length()).strip());
    } else if (fix.length() > 0) {
      fix.append("\n\n").append(text);
    } else {
      description.add(text);
    }
    paragraph.setLength(0);
  }

  /**
   * Markdown with its relative links made absolute, for readers outside the repository (SARIF
   * viewers): {@code (#anchor)} points into {@link #DOCS}, {@code (file.md)} next to it.
   *
   * @param markdown a paragraph or several
   * @return the same Markdown with absolute link targets
   */
  public static String absoluteLinks(String markdown) {
    String folder = DOCS.substring(0, DOCS.lastIndexOf('/') + 1);
    return markdown.replace("](#", "](" + DOCS + "#")
        .replaceAll("\\]\\((?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!#)([^)\\s]+)\\)",
            Matcher.quoteReplacement("](" + folder) + "$1)");
  }

  /**
   * Markdown as plain text: inline code, emphasis and link markup removed, link targets dropped.
   *
   * @param markdown a paragraph or several
   * @return the text
   */
  public static String plain(String markdown) {
    return markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "").replace("**", "");
  }
}
