package dev.epidural.examples;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.export.ExportContent;
import dev.epidural.content.export.ExportOptions;
import dev.epidural.content.export.SiteExporter;
import dev.epidural.model.Audience;
import dev.epidural.model.Procedure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a small static patient-education site from the built-in bundle: an {@code index.html}
 * listing the procedures, a page per procedure and a {@code faq.html}. Every page shows its sources
 * and how far its content was checked (for {@code sourced} content: written from the cited sources,
 * not clinically reviewed, with the date of the last check), and embeds its schema.org JSON-LD.
 * Plain HTML with a little inline CSS; no script.
 *
 * <pre>{@code
 * ./mvnw -pl epidural-examples -am exec:java -Dexample=StaticSite -Dexec.args=target/site
 * }</pre>
 */
public final class StaticSite {

  private StaticSite() {}

  /**
   * Writes the site of the built-in bundle.
   *
   * @param args the output folder, {@code target/site} when none is given
   * @throws IOException if a page cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/site");
    for (Path page : write(EpiduralContent.builtIn(), out)) {
      System.out.println("wrote " + page);
    }
  }

  /**
   * Writes the site of {@code content} into {@code outDir}, creating it if needed.
   *
   * <pre>{@code
   * List<Path> pages = StaticSite.write(EpiduralContent.builtIn(), Path.of("site"));
   * }</pre>
   *
   * @param content validated content
   * @param outDir the folder to write into
   * @return the pages written: the index, one per procedure, then the FAQ
   * @throws IOException if a page cannot be written
   */
  public static List<Path> write(EpiduralContent content, Path outDir) throws IOException {
    return write(ExportContent.from(Objects.requireNonNull(content, "content")), outDir);
  }

  /**
   * Writes the site of export content, which {@link ExportContent#from} made of loaded content.
   *
   * @param content the content
   * @param outDir the folder to write into
   * @return the pages written: the index, one per procedure, then the FAQ
   * @throws IOException if a page cannot be written
   */
  public static List<Path> write(ExportContent content, Path outDir) throws IOException {
    Objects.requireNonNull(content, "content");
    Files.createDirectories(Objects.requireNonNull(outDir, "outDir"));
    // The pages come from SiteExporter, which `epidural export --format html` writes too.
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> page : SiteExporter.of(content, ExportOptions.of(Audience.PATIENT)).html()
        .entrySet()) {
      Path file = outDir.resolve(page.getKey());
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  /**
   * The file name of a procedure's page: {@code procedure-<id>.html}. Ids are lowercase kebab-case,
   * so the name is safe in a file system and in a URL.
   *
   * @param procedure the procedure
   * @return the file name
   */
  public static String pageName(Procedure procedure) {
    return SiteExporter.pageName(procedure, "html");
  }
}
