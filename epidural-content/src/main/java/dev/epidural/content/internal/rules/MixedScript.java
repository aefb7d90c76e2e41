package dev.epidural.content.internal.rules;

import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.model.Coding;
import dev.epidural.model.Item;
import dev.epidural.model.Text;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Mixed-script words, the way look-alike names are faked ("lidoc&#x430;ine" with a Cyrillic
 * {@code а}). The rule, after Unicode TR 39's "highly restrictive" level:
 *
 * <ol>
 *   <li>a word is a maximal run of letters, digits and combining marks;
 *   <li>each of its code points has a script ({@link Character.UnicodeScript}); {@code COMMON},
 *       {@code INHERITED} and {@code UNKNOWN} are ignored, so digits, punctuation and accents
 *       count for nothing;
 *   <li>the word is flagged when the scripts left are more than one, unless they all fall in one
 *       of the sets TR 39 allows together: Latin + Han + Hiragana + Katakana (Japanese),
 *       Latin + Han + Bopomofo (Chinese), Latin + Han + Hangul (Korean).
 * </ol>
 *
 * A whole text may mix scripts ("Lidocaine (лидокаин)"); a single word may not.
 */
public final class MixedScript {

  private static final List<Set<UnicodeScript>> ALLOWED = List.of(
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

  /** The text components checked on each item: its name, whatever the item calls it. */
  private static final Set<String> NAMES = Set.of("name", "title", "question");

  /** One checked component of an item record: how to read it, and its pointer below the item. */
  private record Checked(Component component, String at) {}

  /**
   * Per item record, its name components and its codings component, found once, each with its
   * pointer suffix: reading one is a field read, and a valid item allocates nothing here.
   */
  private static final ClassValue<List<Checked>> CHECKED = new ClassValue<>() {
    @Override
    protected List<Checked> computeValue(Class<?> type) {
      List<Checked> checked = new ArrayList<>();
      for (Component c : RecordType.of(type).components()) {
        if ((NAMES.contains(c.name()) && c.javaClass() == Text.class)
            || (c.name().equals("codings") && c.javaClass() == List.class)) {
          checked.add(new Checked(c, "/" + c.name()));
        }
      }
      return List.copyOf(checked);
    }
  };

  private MixedScript() {}

  /**
   * Checks an item's name (each of its texts) and the code and display of each of its codings;
   * each finding goes to {@code found} with the JSON pointer suffix below the item and a message.
   */
  public static void check(Item item, BiConsumer<String, String> found) {
    for (Checked c : CHECKED.get(item.getClass())) {
      Object value;
      try {
        value = c.component().get(item);
      } catch (IllegalStateException e) {
        continue;
      }
      String at = c.at();
      if (value instanceof Text t) {
        report(check(t.text()), at, "/text", found);
        if (t.patient().isPresent()) {
          report(check(t.patient().get()), at, "/patient", found);
        }
        if (t.clinician().isPresent()) {
          report(check(t.clinician().get()), at, "/clinician", found);
        }
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Coding coding) {
            Optional<String> code = check(coding.code());
            Optional<String> display = check(coding.display());
            if (code.isPresent() || display.isPresent()) {
              String coded = at + "/" + i;
              report(code, coded, "/code", found);
              report(display, coded, "/display", found);
            }
          }
        }
      }
    }
  }

  /** A finding, if any, at {@code at} and {@code suffix}: the pointer is built only for one. */
  private static void report(Optional<String> finding, String at, String suffix, BiConsumer<String, String> found) {
    if (finding.isPresent()) {
      found.accept(at + suffix, finding.get());
    }
  }

  /** The first word of {@code text} that mixes scripts, with its scripts, as a message; empty if none does. */
  public static Optional<String> check(String text) {
    int n = text.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return Optional.empty();
    }
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordPart(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
      while (i < n) {
        cp = text.codePointAt(i);
        if (!isWordPart(cp)) {
          break;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && script != UnicodeScript.UNKNOWN) {
          scripts.add(script);
        }
        i += Character.charCount(cp);
      }
      if (scripts.size() > 1 && ALLOWED.stream().noneMatch(a -> a.containsAll(scripts))) {
        return Optional.of("word '" + Messages.clip(text.substring(start, i)) + "' at index " + start
            + " mixes the scripts " + names(scripts) + "; a look-alike letter from another script can fake a name");
      }
    }
    return Optional.empty();
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String names(Set<UnicodeScript> scripts) {
    StringBuilder sb = new StringBuilder();
    for (UnicodeScript s : scripts) {
      if (sb.length() > 0) {
        sb.append(" and ");
      }
      String name = s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      sb.append(Character.toUpperCase(name.charAt(0))).append(name.substring(1));
    }
    return sb.toString();
  }
}
