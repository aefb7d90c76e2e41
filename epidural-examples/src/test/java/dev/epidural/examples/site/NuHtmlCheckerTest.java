package dev.epidural.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every exported HTML page passes the W3C Nu HTML Checker (the validator behind validator.w3.org/nu)
 * with no error and no warning: the checker runs in-process, on the pages as written, with the
 * schema and checks its command-line form uses.
 */
class NuHtmlCheckerTest {

  /** The checker's default HTML schema, with its assertions and RDFa Lite: what the online checker applies. */
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  @TempDir
  static Path dir;

  private static final List<String> messages = new ArrayList<>();
  private static String page = "";
  private static SimpleDocumentValidator checker;

  private static final ErrorHandler COLLECT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      messages.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  };

  @BeforeAll
  static void setUpTheChecker() throws Exception {
    checker = new SimpleDocumentValidator(true, false, true);
    checker.setUpMainSchema(SCHEMA, COLLECT);
    checker.setUpValidatorAndParsers(COLLECT, true, false);
  }

  @Test
  void everyExportedHtmlPageHasNoErrorAndNoWarning() throws Exception {
    List<PublishedPages.Page> pages = PublishedPages.html(dir);
    for (PublishedPages.Page p : pages) {
      page = p.name();
      InputSource in = new InputSource(new StringReader(p.text()));
      in.setSystemId("file:///" + p.name());
      in.setEncoding("UTF-8");
      checker.checkHtmlInputSource(in);
    }

    assertThat(pages).hasSizeGreaterThan(400);
    assertThat(messages).as("Nu HTML Checker messages over %d pages", pages.size()).isEmpty();
  }

  /** The checker is live: a page with an untitled article and a stray element is reported. */
  @Test
  void theCheckerReportsWhatItShould() throws Exception {
    int before = messages.size();
    page = "broken";
    checker.checkHtmlInputSource(new InputSource(new StringReader("<!DOCTYPE html><html lang=\"en\"><head><meta "
        + "charset=\"utf-8\"><title>t</title></head><body><article><p>No heading here.</p></article><blink>x</blink>"
        + "</body></html>")));
    List<String> found = new ArrayList<>(messages.subList(before, messages.size()));
    messages.subList(before, messages.size()).clear();

    assertThat(found).anyMatch(m -> m.contains("warning") && m.contains("Article lacks heading"))
        .anyMatch(m -> m.contains("error") && m.contains("blink"));
  }
}
