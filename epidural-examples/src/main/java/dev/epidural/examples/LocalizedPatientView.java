package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.LocalizedContent;
import dev.epidural.content.TranslationCoverage;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.LocalizedText;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The content as a patient in Mexico would read it: Spanish where it is translated (Mexican
 * Spanish first, then Spanish), the bundle's language otherwise, and the patient version of each
 * text where there is one. Every text says which locale it came from.
 *
 * <pre>{@code
 * ./mvnw -q -pl epidural-examples -am compile exec:java -Dexample=LocalizedPatientView
 * }</pre>
 */
public final class LocalizedPatientView {

  private LocalizedPatientView() {}

  /**
   * Runs the example on the built-in bundle.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(EpiduralContent.builtIn(), System.out);
  }

  /**
   * Prints the first lumbar procedure and every question and answer for a patient in es-MX, then
   * the translation coverage.
   *
   * @param content the content to show
   * @param out where to print
   */
  public static void run(EpiduralContent content, PrintStream out) {
    LocalizedContent patient = content.in(Locale.forLanguageTag("es-MX")).forAudience(Audience.PATIENT);
    out.println("Looking texts up in: " + patient.fallbacks().stream().map(Locale::toLanguageTag).toList());
    out.println();

    content.procedures().inRegion(SpinalRegion.LUMBAR).first().ifPresent((Procedure procedure) -> {
      out.println(shown(patient.name(procedure)));
      patient.text(procedure, "summary").ifPresent(summary -> out.println("  " + shown(summary)));
      out.println();
    });

    for (FaqEntry entry : content.faq().list()) {
      out.println("Q: " + shown(patient.name(entry)));
      patient.text(entry, "answer").ifPresent(answer -> out.println("A: " + shown(answer)));
    }
    out.println();

    if (content.translationCoverage().isEmpty()) {
      out.println("This bundle has no translations.");
    }
    for (TranslationCoverage c : content.translationCoverage().values()) {
      out.printf(Locale.ROOT, "%s: %d of %d texts translated (%.0f%%), %d stale%n", c.locale().toLanguageTag(),
          c.translated(), c.total(), c.ratio() * 100, c.stale());
    }
  }

  /** A text with the locale that served it, as {@code "text [es]"}. */
  private static String shown(LocalizedText text) {
    return text.text() + " [" + text.locale().toLanguageTag() + "]";
  }
}
