package dev.epidural.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.epidural.content.EpiduralContent;
import dev.epidural.examples.StaticSite;
import dev.epidural.model.Audience;
import dev.epidural.model.FaqEntry;
import dev.epidural.model.Procedure;
import dev.epidural.model.ProcedureStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The static site as a person sees it: Debian's Chromium, headless, opens the written pages from
 * {@code file://} URLs. One browser session serves every check. Without Chromium or chromedriver the
 * tests are skipped, unless the environment variable {@code CI} is {@code true}: then they fail.
 */
class StaticSiteBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;

  private static ChromeDriver browser;
  private static EpiduralContent content;
  private static Path site;
  private static Path hostileSite;
  private static Path builtInSite;
  private static List<Path> builtInPages;
  private static List<Path> fixturePages;
  private static String skipReason;

  /** The widths every page is photographed at: a phone's (390 CSS pixels) and a desktop's. */
  static final List<Integer> WIDTHS = List.of(390, 1280);

  /** The axe-core rule tags the test enforces: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** Where the screenshots go, under the module's {@code target/}: one folder per site. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void startBrowser() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        missing.add(binary.toString());
      }
    }
    if (!missing.isEmpty()) {
      String message = "the browser test needs Debian's Chromium and its driver, but " + String.join(" and ", missing)
          + (missing.size() == 1 ? " is" : " are") + " missing: apt-get install -y chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true, so this fails instead of skipping)");
      }
      skipReason = message + " (skipped because CI is not set)";
      return;
    }
    content = SiteFixtures.bundle();
    site = dir.resolve("site");
    hostileSite = dir.resolve("hostile");
    fixturePages = StaticSite.write(content, site);
    StaticSite.write(SiteFixtures.hostile(), hostileSite);
    builtInSite = dir.resolve("builtin");
    builtInPages = StaticSite.write(EpiduralContent.builtIn(), builtInSite);

    // Never let Selenium Manager look for (or download) a driver or a browser: both are given here.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(dir.resolve("chromedriver.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1100,2200", "--hide-scrollbars");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(skipReason == null, () -> skipReason);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(Path page) {
    browser.get(page.toUri().toString());
  }

  private static Procedure esi() {
    return content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  }

  @Test
  void theProcedurePageShowsTheNameAndTheStepsInOrder() throws IOException {
    Procedure procedure = esi();
    open(site.resolve(StaticSite.pageName(procedure)));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(procedure.name().forAudience(Audience.PATIENT));

    List<String> expectedSteps = procedure.steps().stream()
        .map(id -> content.item(ProcedureStep.class, id.value()).orElseThrow().name().forAudience(Audience.PATIENT))
        .toList();
    List<WebElement> shown = browser.findElements(By.cssSelector("ol.steps > li"));
    assertThat(shown).hasSize(expectedSteps.size());
    for (int i = 0; i < shown.size(); i++) {
      assertThat(shown.get(i).getText()).startsWith(expectedSteps.get(i) + ":");
    }
    String review = browser.findElement(By.cssSelector("p.review")).getText();
    assertThat(review).contains("We wrote this from the sources", "not clinically reviewed", "2026-11-21");
    assertThat(browser.findElement(By.cssSelector("section.sources")).getText())
        .contains(content.bundle().sources().get(0).title());
    assertThat(browser.getTitle()).startsWith(procedure.name().forAudience(Audience.PATIENT));

    screenshot("procedure.png");
  }

  @Test
  void theFaqPageShowsItsQuestionsInOrder() throws IOException {
    open(site.resolve("faq.html"));
    List<String> questions = content.all(FaqEntry.class).stream()
        .map(f -> f.question().forAudience(Audience.PATIENT)).toList();
    assertThat(browser.findElements(By.cssSelector(".faq-entry h2"))).extracting(WebElement::getText)
        .containsExactlyElementsOf(questions);
    assertThat(browser.findElement(By.cssSelector("p.review")).getText()).contains("not clinically reviewed");
    screenshot("faq.png");
  }

  @Test
  void theIndexLinksToEachProcedurePage() {
    open(site.resolve("index.html"));
    List<WebElement> links = browser.findElements(By.cssSelector("ul.procedures a"));
    assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(
        content.all(Procedure.class).stream().map(p -> p.name().forAudience(Audience.PATIENT)).toList());
    links.get(0).click();
    assertThat(browser.getCurrentUrl()).endsWith(StaticSite.pageName(content.all(Procedure.class).get(0)));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(content.all(Procedure.class).get(0).name().forAudience(Audience.PATIENT));
  }

  @Test
  void everyPageCarriesJsonLdThatParsesAndNamesSchemaOrgTypes() {
    assertJsonLdTypes(site.resolve("index.html"), "MedicalWebPage", "TherapeuticProcedure", "DiagnosticProcedure");
    assertJsonLdTypes(site.resolve(StaticSite.pageName(esi())), "MedicalWebPage", "TherapeuticProcedure",
        "MedicalAudience", "MedicalContraindication", "MedicalIndication", "MedicalEntity", "Drug", "MedicalCode",
        "CreativeWork");
    assertJsonLdTypes(site.resolve("faq.html"), "MedicalWebPage", "FAQPage", "Question", "Answer");
  }

  private static void assertJsonLdTypes(Path page, String... types) {
    open(page);
    List<WebElement> blocks = browser.findElements(By.cssSelector("script[type='application/ld+json']"));
    assertThat(blocks).as("JSON-LD blocks of %s", page.getFileName()).hasSize(1);
    String json = (String) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelector(\"script[type='application/ld+json']\").textContent;");
    assertThat(typesIn(json)).as("@type values of %s", page.getFileName()).contains(types);
  }

  /** Parses {@code json} completely (failing on any error) and returns every {@code @type} string in it. */
  private static List<String> typesIn(String json) {
    List<String> types = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("@type")) {
          JsonToken value = parser.nextToken();
          if (value == JsonToken.VALUE_STRING) {
            types.add(parser.getString());
          } else if (value == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
              types.add(parser.getString());
            }
          }
        }
      }
    }
    return types;
  }

  @Test
  void hostileContentRendersAsInertVisibleText() throws IOException {
    Procedure evil = SiteFixtures.hostile().item(Procedure.class, "evil-procedure").orElseThrow();
    for (Path page : List.of(hostileSite.resolve("index.html"), hostileSite.resolve(StaticSite.pageName(evil)),
        hostileSite.resolve("faq.html"))) {
      open(page);
      String name = page.getFileName().toString();
      JavascriptExecutor js = browser;
      assertThat(js.executeScript("return typeof window.__pwned;")).as(name).isEqualTo("undefined");
      assertThat(browser.findElements(By.tagName("img"))).as(name).isEmpty();
      List<WebElement> scripts = browser.findElements(By.tagName("script"));
      assertThat(scripts).as(name).hasSize(1);
      assertThat(scripts.get(0).getDomAttribute("type")).isEqualTo("application/ld+json");
      for (WebElement link : browser.findElements(By.tagName("a"))) {
        assertThat(link.getDomProperty("href")).as("a link on %s", name).matches("(file|https?):.*");
      }
      String text = browser.findElement(By.tagName("body")).getText();
      assertThat(text).as(name).contains(SiteFixtures.SCRIPT_BREAKOUT);
      if (!name.equals("faq.html")) {
        assertThat(text).as(name).contains(SiteFixtures.IMG_ONERROR);
      }
      assertThat(typesIn((String) js.executeScript(
          "return document.querySelector(\"script[type='application/ld+json']\").textContent;")))
          .contains("MedicalWebPage");
    }
    open(hostileSite.resolve(StaticSite.pageName(evil)));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Procedure " + SiteFixtures.SCRIPT_BREAKOUT);
    assertThat(browser.findElement(By.cssSelector("section.sources cite")).getText())
        .isEqualTo("Source " + SiteFixtures.SCRIPT_BREAKOUT);
    assertThat(browser.findElements(By.cssSelector("section.sources a"))).isEmpty();
    assertThat(browser.getTitle()).startsWith("Procedure " + SiteFixtures.SCRIPT_BREAKOUT);
    screenshot("hostile-procedure.png");
  }

  /**
   * Every page of the built-in site and of the fixture site has no axe-core violation of WCAG 2.x
   * level A or AA, at a phone's width and at a desktop's, and is photographed at both widths under
   * {@code target/screenshots/<site>/<page>-<width>.png} so anyone can see what patients see.
   */
  @Test
  void everyPageHasNoWcagViolationAndIsPhotographedAtPhoneAndDesktopWidths() throws IOException {
    List<String> violations = new ArrayList<>();
    int photographed = 0;
    for (Map.Entry<String, List<Path>> siteEntry : Map.of("builtin", builtInPages, "fixture", fixturePages).entrySet()) {
      Path shots = Files.createDirectories(SCREENSHOTS.resolve(siteEntry.getKey()));
      for (Path page : siteEntry.getValue()) {
        for (int width : WIDTHS) {
          browser.manage().window().setSize(new Dimension(width, 900));
          open(page);
          Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
          assertThat(results.isErrored()).as("axe-core failed on %s: %s", page, results.getErrorMessage()).isFalse();
          for (Rule rule : results.getViolations()) {
            violations.add(siteEntry.getKey() + "/" + page.getFileName() + " at " + width + " px: " + rule.getId()
                + " " + rule.getTags() + ": " + rule.getHelp() + " (" + rule.getNodes().size() + " elements, e.g. "
                + rule.getNodes().get(0).getTarget() + ")");
          }
          // The whole page, not only the first screen: the window grows to the page's height.
          long height = (Long) ((JavascriptExecutor) browser).executeScript(
              "return Math.ceil(document.documentElement.scrollHeight);");
          browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 16000)));
          String name = page.getFileName().toString().replaceFirst("\\.html$", "") + "-" + width + ".png";
          Path png = shots.resolve(name);
          Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
          assertThat(Files.size(png)).isPositive();
          photographed++;
        }
      }
    }
    browser.manage().window().setSize(new Dimension(1100, 2200));

    assertThat(photographed).isEqualTo(WIDTHS.size() * (builtInPages.size() + fixturePages.size()));
    assertThat(violations).as("axe-core WCAG 2.x A/AA violations").isEmpty();
  }

  /** axe-core is live in these pages: a page with an image without text and an unlabeled field is reported. */
  @Test
  void axeFindsAViolationWhenThereIsOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html><head><title>x</title></head><body>"
        + "<main><img src=\"x.png\"><input type=\"text\"></main></body></html>");
    open(bad);
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
    assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt", "html-has-lang");
  }

  private static void screenshot(String name) throws IOException {
    Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
    Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isPositive();
  }
}
